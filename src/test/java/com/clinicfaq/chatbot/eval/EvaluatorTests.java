package com.clinicfaq.chatbot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.IntentModelTrainer;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Evaluator}'s fold split and classification step.
 */
class EvaluatorTests {

	@Test
	void splitWhenIntentsHaveManyExamplesStratifiesEveryFold() {
		List<LabeledText> examples = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			examples.add(new LabeledText("a" + i, "a"));
			examples.add(new LabeledText("b" + i, "b"));
		}
		List<List<LabeledText>> folds = Evaluator.split(examples, 5, 42);
		assertThat(folds).hasSize(5).allSatisfy((fold) -> {
			Map<String, Long> counts = fold.stream()
				.collect(Collectors.groupingBy(LabeledText::intent, Collectors.counting()));
			assertThat(counts).containsEntry("a", 2L).containsEntry("b", 2L);
		});
		assertThat(folds.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(examples);
	}

	@Test
	void classifyWhenClassifierRanksKeepsBestIntentAndConfidence() {
		Map<String, Prediction> answers = Map.of("hello", Prediction.of(new ScoredIntent("greeting", 0.7),
				new ScoredIntent("goodbye", 0.2)), "weather", Prediction.of(new ScoredIntent("goodbye", 0.1)));
		IntentClassifier classifier = answers::get;
		List<ClassifiedExample> results = Evaluator.classify(classifier,
				List.of(new LabeledText("hello", "greeting"), new LabeledText("weather", "out_of_scope")));
		assertThat(results).containsExactly(new ClassifiedExample("greeting", "greeting", 0.7),
				new ClassifiedExample("oos", "goodbye", 0.1));
		assertThat(results.stream().map((result) -> result.predicted(0.2))).containsExactly("greeting", "oos");
	}

	@Test
	void examplesByIntentLearnsOutOfScopeUnderTheServicesNameAndReportsItAsOos() {
		Evaluator evaluator = new Evaluator(null, true);
		Map<String, List<String>> byIntent = evaluator.examplesByIntent(
				List.of(new LabeledText("hello", "greeting"), new LabeledText("weather", "oos")));
		assertThat(byIntent).containsOnlyKeys("greeting", IntentModelTrainer.OUT_OF_SCOPE);
		IntentClassifier classifier = (text) -> Prediction.of(new ScoredIntent(IntentModelTrainer.OUT_OF_SCOPE, 0.9));
		assertThat(Evaluator.classify(classifier, List.of(new LabeledText("weather", "oos"))))
			.containsExactly(new ClassifiedExample("oos", "oos", 0.9));
	}

	@Test
	void rankingLineWritesTheMessageItsIntentAndTheFirstFiveOfItsRanking() throws Exception {
		Prediction prediction = Prediction.of(new ScoredIntent("onset", 0.5), new ScoredIntent("iv_infusion", 0.2),
				new ScoredIntent("dosing", 0.1), new ScoredIntent("duration", 0.08), new ScoredIntent("safety", 0.07),
				new ScoredIntent("history", 0.05));
		JsonNode line = new ObjectMapper()
			.readTree(EvalCommand.rankingLine(new LabeledText("how fast does the IV work", "onset"), prediction));
		assertThat(line.get("text").asText()).isEqualTo("how fast does the IV work");
		assertThat(line.get("intent").asText()).isEqualTo("onset");
		assertThat(line.get("ranking")).hasSize(5);
		assertThat(line.get("ranking").get(0).get(0).asText()).isEqualTo("onset");
		assertThat(line.get("ranking").get(0).get(1).asDouble()).isEqualTo(0.5);
	}

}
