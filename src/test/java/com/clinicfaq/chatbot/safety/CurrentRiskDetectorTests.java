package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CurrentRiskDetector}: a phrase staff teach reaches the detector without a restart. The detectors
 * here are tiny ones trained in memory on a word-hashing embedding, so the test is about the swap, not the model.
 */
class CurrentRiskDetectorTests {

	private static final List<RiskExample> BASE = List.of(
			new RiskExample("i want to end my life tonight", Urgency.CRISIS, "test", true),
			new RiskExample("my friend is not breathing", Urgency.EMERGENCY, "test", true),
			new RiskExample("what are your opening hours", Urgency.NONE, "test", true),
			new RiskExample("do you take insurance", Urgency.NONE, "test", true));

	private final SafetyScreen rules = new SafetyScreen(SafetyRules.load(TestChatbot.safety().rules()));

	@Test
	void catalogChangedWhenStaffTeachAPhraseSwapsInADetectorThatKnowsIt() {
		IntentCatalog catalog = TestChatbot.catalog();
		IntentCatalog taught = catalog.withExample("crisis", "zorbling the quimby tonight for good");
		CurrentRiskDetector current = new CurrentRiskDetector(train(catalog), this::train, Runnable::run);
		SafetyScreen screen = this.rules.withDetector(current, DetectorThresholds.DEFAULT);
		RiskDetector before = screen.detector();

		current.catalogChanged(taught);

		assertThat(current.swaps()).isEqualTo(1);
		assertThat(screen.detector()).isNotSameAs(before);
		assertThat(screen.detector().examples()).isEqualTo(before.examples() + 1);
	}

	@Test
	void catalogChangedWhenTrainingFailsKeepsThePreviousDetector() {
		RiskDetector initial = train(TestChatbot.catalog());
		CurrentRiskDetector current = new CurrentRiskDetector(initial, (catalog) -> {
			throw new IllegalStateException("no embedder today");
		}, Runnable::run);

		current.catalogChanged(TestChatbot.catalog().withExample("crisis", "zorbling the quimby tonight for good"));

		assertThat(current.get()).isSameAs(initial);
		assertThat(current.swaps()).isZero();
	}

	@Test
	void catalogChangedWhenSeveralPhrasesArriveBeforeTrainingStartsTrainsOnceOnTheNewest() {
		List<Runnable> queued = new ArrayList<>();
		Executor later = queued::add;
		List<IntentCatalog> trainedOn = new ArrayList<>();
		Function<IntentCatalog, RiskDetector> trainer = (catalog) -> {
			trainedOn.add(catalog);
			return train(catalog);
		};
		CurrentRiskDetector current = new CurrentRiskDetector(train(TestChatbot.catalog()), trainer, later);
		IntentCatalog first = TestChatbot.catalog().withExample("crisis", "zorbling the quimby tonight");
		IntentCatalog second = first.withExample("emergency", "my quimby went purple and flat");

		current.catalogChanged(first);
		current.catalogChanged(second);
		queued.forEach(Runnable::run);

		assertThat(queued).hasSize(1);
		assertThat(trainedOn).containsExactly(second);
	}

	private RiskDetector train(IntentCatalog catalog) {
		List<RiskExample> examples = new ArrayList<>(BASE);
		examples.addAll(RiskDetectors.examplesOf(catalog));
		return RiskDetector.train(examples, this.rules::prepared, CurrentRiskDetectorTests::embed,
				(texts) -> texts.stream().map(CurrentRiskDetectorTests::embed).toList());
	}

	/** A unit vector of hashed words: enough for a detector to train on, not to generalize. */
	private static float[] embed(String text) {
		float[] vector = new float[32];
		for (String word : text.split("\\W+")) {
			vector[Math.floorMod(word.hashCode(), vector.length)] += 1;
		}
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) ((norm == 0) ? 0 : vector[i] / Math.sqrt(norm));
		}
		return vector;
	}

}
