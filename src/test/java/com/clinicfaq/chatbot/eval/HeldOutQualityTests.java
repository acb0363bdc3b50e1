package com.clinicfaq.chatbot.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.chat.RoutingProperties;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.IntentModelTrainer;
import com.clinicfaq.chatbot.nlu.NluProperties;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.SafetyRules;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality floor: the classifier trained on {@code intents/} with the service's defaults, measured on held-out
 * visitor messages that were never used for training (typos, long stories, paraphrases, out-of-scope questions).
 * The floors are the product's bars: 93% accuracy and 90% of out-of-scope messages handed off at the service's
 * fallback threshold (measured figures, with their date and commit: docs/measurements.md).
 */
class HeldOutQualityTests {

	private static final Binder DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()));

	private static TextNormalizer normalizer;

	private static IntentClassifier classifier;

	private static List<LabeledText> heldOut;

	@BeforeAll
	static void train() throws URISyntaxException {
		normalizer = new TextNormalizer();
		NluProperties properties = DEFAULTS.bindOrCreate("chatbot.nlu", NluProperties.class);
		classifier = new IntentModelTrainer(normalizer, properties).train(IntentCatalog.load(Path.of("intents")));
		heldOut = LabeledTextFiles
			.read(Path.of(HeldOutQualityTests.class.getResource("/com/clinicfaq/chatbot/nlu/heldout.jsonl").toURI()));
	}

	@Test
	void classifyWhenHeldOutMessagesMeetsAccuracyFloorAtServiceThreshold() {
		double threshold = DEFAULTS.bindOrCreate("chatbot.routing", RoutingProperties.class).fallbackThreshold();
		EvaluationReport report = EvaluationReport.of(Evaluator.classify(classifier, heldOut), threshold, 0, 0);
		assertThat(report.examples()).isGreaterThanOrEqualTo(150);
		assertThat(report.accuracy()).as("held-out accuracy, out of scope counted when handed off")
			.isGreaterThanOrEqualTo(0.93);
		assertThat(report.oosRecall()).as("out-of-scope messages handed off").isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void classifyWhenCrisisOrEmergencyMessageRoutesItUrgently() {
		SafetyScreen safety = new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
		List<LabeledText> urgent = heldOut.stream()
			.filter((example) -> List.of("crisis", "emergency").contains(example.intent()))
			.toList();
		assertThat(urgent).isNotEmpty().allSatisfy((example) -> {
			String best = classifier.classify(example.text()).best().orElseThrow().name();
			boolean ranked = List.of("crisis", "emergency").contains(best);
			assertThat(ranked || safety.screen(example.text()).urgent()).as(example.text()).isTrue();
		});
	}

}
