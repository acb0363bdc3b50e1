package com.clinicfaq.chatbot.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachingIntentClassifierTests {

	@Test
	void aRepeatedMessageGetsTheSameRankingWithoutBeingClassifiedAgain() {
		List<String> classified = new ArrayList<>();
		IntentClassifier counting = (text) -> {
			classified.add(text);
			// ties keep their order: the ranking must come back exactly as first computed
			return Prediction.of(new ScoredIntent("side_effects", 0.5), new ScoredIntent("cost", 0.2),
					new ScoredIntent("duration", 0.2), new ScoredIntent("greeting", 0.1));
		};
		CachingIntentClassifier cache = new CachingIntentClassifier(counting, new TextNormalizer(), 100,
				Duration.ofHours(1));

		Prediction first = cache.classify("What side effects can it cause?");
		Prediction again = cache.classify("what side effects can it cause");

		assertThat(classified).containsExactly("What side effects can it cause?");
		assertThat(again).isEqualTo(first);
		assertThat(again.ranking()).extracting(ScoredIntent::name)
			.containsExactly("side_effects", "cost", "duration", "greeting");
		assertThat(again.ranking()).extracting(ScoredIntent::confidence).containsExactly(0.5, 0.2, 0.2, 0.1);
		assertThat(cache.stats().hitCount()).isEqualTo(1);
	}

}
