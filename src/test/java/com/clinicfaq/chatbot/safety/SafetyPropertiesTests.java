package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link SafetyProperties}.
 */
class SafetyPropertiesTests {

	@Test
	void bindWhenNothingIsSetGivesUsCrisisLines() {
		SafetyProperties properties = bind(Map.of("chatbot.safety.rules", "intents/safety"));
		assertThat(properties.crisisLines()).extracting(CrisisLine::contact)
			.containsExactly("Call or text 988", "Call 911", "Call 1-800-222-1222");
	}

	@Test
	void bindWhenNothingIsSetLetsAWeakDetectorScoreSupportTheClassifiersUrgentIntent() {
		// 0.15 since session 9 (docs/safety.md, seventh pass): with the train-s9 sentences in training, an urgent
		// message of a held-out half caught by the classifier with the detector's support fell below 0.2
		SafetyProperties properties = bind(Map.of("chatbot.safety.rules", "intents/safety"));
		assertThat(properties.detector().thresholds().supporting()).isEqualTo(0.15);
		assertThat(DetectorThresholds.DEFAULT).isEqualTo(properties.detector().thresholds());
	}

	@Test
	void bindWhenNothingIsSetLetsAClauseCountFromALowerScoreThanASentence() {
		// session 15 (docs/safety.md, thirteenth pass): ordinary story sentences scored 0.4-0.45 made long visitor
		// messages urgent, while a plan said in one clause of a run-on sentence scores low as part of its sentence
		DetectorThresholds thresholds = bind(Map.of()).detector().thresholds();
		assertThat(thresholds).isEqualTo(new DetectorThresholds(0.45, 0.15, 0.4));
		assertThat(thresholds.urgent(SafetyScreen.UnitKind.SENTENCE)).isEqualTo(0.45);
		assertThat(thresholds.urgent(SafetyScreen.UnitKind.PAIR)).isEqualTo(0.45);
		assertThat(thresholds.urgent(SafetyScreen.UnitKind.MESSAGE)).isEqualTo(0.45);
		assertThat(thresholds.urgent(SafetyScreen.UnitKind.CLAUSE)).isEqualTo(0.4);
	}

	@Test
	void bindWhenOnlyTheThresholdIsSetKeepsTheClauseThreshold() {
		DetectorThresholds thresholds = bind(Map.of("chatbot.safety.detector.threshold", "0.5")).detector()
			.thresholds();
		assertThat(thresholds.urgent(SafetyScreen.UnitKind.SENTENCE)).isEqualTo(0.5);
		assertThat(thresholds.urgent(SafetyScreen.UnitKind.CLAUSE)).isEqualTo(0.4);
	}

	@Test
	void bindWhenNothingIsSetTrainsToTheOptimumWithoutASecondOpinion() {
		// the second opinion was measured in session 13 and not adopted: it lost two urgent messages of one unseen set
		SafetyProperties.Detector detector = bind(Map.of("chatbot.safety.rules", "intents/safety")).detector();
		assertThat(detector.trainedToOptimum()).isTrue();
		assertThat(detector.secondOpinion()).isFalse();
		assertThat(detector.secondOpinionFrom()).isEqualTo(0.1);
		assertThat(bind(Map.of()).detector().secondOpinion()).isFalse();
		// on since session 15: a small change of the training data no longer moves the stopping point
		assertThat(bind(Map.of()).detector().trainedToOptimum()).isTrue();
	}

	@Test
	void bindWhenTheSecondOpinionIsTurnedOnKeepsTheRestOfTheDetector() {
		SafetyProperties.Detector detector = bind(Map.of("chatbot.safety.detector.second-opinion", "true",
				"chatbot.safety.detector.trained-to-optimum", "true", "chatbot.safety.detector.threshold", "0.45"))
			.detector();
		assertThat(detector.secondOpinion()).isTrue();
		assertThat(detector.trainedToOptimum()).isTrue();
		assertThat(detector.threshold()).isEqualTo(0.45);
		assertThat(detector.supporting()).isEqualTo(0.15);
		assertThat(detector.data()).isEqualTo(Path.of("intents/safety/detector"));
	}

	@Test
	void bindWhenHiddenUnitsAreSetKeepsThemWithTheRulesFolderData() {
		SafetyProperties.Detector detector = bind(Map.of("chatbot.safety.detector.hidden-units", "128")).detector();
		assertThat(detector.hiddenUnits()).isEqualTo(128);
		assertThat(detector.data()).isEqualTo(Path.of("intents/safety/detector"));
		assertThatThrownBy(() -> bind(Map.of("chatbot.safety.detector.hidden-units", "-1")))
			.hasRootCauseMessage("hidden-units must be 0 (a linear model) or more, was -1");
	}

	@Test
	void bindWhenClinicSetsItsOwnLinesUsesOnlyThose() {
		SafetyProperties properties = bind(Map.of("chatbot.safety.crisis-lines[0].name", "Samaritans",
				"chatbot.safety.crisis-lines[0].contact", "Call 116 123", "chatbot.safety.crisis-lines[0].when",
				"Any time, day or night", "chatbot.safety.crisis-lines[1].name", "Emergency services",
				"chatbot.safety.crisis-lines[1].contact", "Call 999", "chatbot.safety.crisis-lines[1].when",
				"For a medical emergency"));
		assertThat(properties.crisisLines()).extracting(CrisisLine::contact).containsExactly("Call 116 123", "Call 999");
	}

	@Test
	void bindWhenOnlyTheRulesFolderIsSetReadsTheDetectorSentencesFromIt() {
		SafetyProperties properties = bind(Map.of("chatbot.safety.rules", "/etc/clinic/safety",
				"chatbot.safety.detector.threshold", "0.5"));
		assertThat(properties.detector().data()).isEqualTo(Path.of("/etc/clinic/safety/detector"));
		assertThat(properties.detector().threshold()).isEqualTo(0.5);
		assertThat(bind(Map.of()).detector().data()).isEqualTo(Path.of("intents/safety/detector"));
	}

	@Test
	void bindWhenTheDetectorFolderIsSetUsesIt() {
		SafetyProperties properties = bind(Map.of("chatbot.safety.rules", "/etc/clinic/safety",
				"chatbot.safety.detector.data", "/srv/detector"));
		assertThat(properties.detector().data()).isEqualTo(Path.of("/srv/detector"));
	}

	private static SafetyProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("chatbot.safety",
				SafetyProperties.class);
	}

}
