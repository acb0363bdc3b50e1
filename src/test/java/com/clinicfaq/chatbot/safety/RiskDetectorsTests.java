package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.SentenceEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for how {@link RiskDetectors} turns the intent catalog into detector training sentences and loads the
 * detector in the background.
 */
class RiskDetectorsTests {

	@Test
	void examplesOfCountsEveryInformationPhraseOnceAndSafetyPhrasesAsUrgent() {
		List<RiskExample> examples = RiskDetectors.examplesOf(TestChatbot.catalog());
		int phrases = TestChatbot.catalog().all().stream().mapToInt((intent) -> intent.examples().size()).sum();
		assertThat(examples).hasSize(phrases);
		assertThat(examples).filteredOn((example) -> example.category().equals("intent:crisis"))
			.isNotEmpty()
			.allMatch((example) -> example.urgency() == Urgency.CRISIS && example.written());
		assertThat(examples).filteredOn((example) -> example.category().equals("intent:emergency"))
			.isNotEmpty()
			.allMatch((example) -> example.urgency() == Urgency.EMERGENCY);
		assertThat(examples).filteredOn((example) -> example.category().equals("intent:preparation"))
			.isNotEmpty()
			.allMatch((example) -> example.urgency() == Urgency.NONE && !example.written());
	}

	@Test
	void examplesOfLeavesOutEveryVisitorExample() {
		IntentCatalog catalog = IntentCatalog.of(List.of(
				new IntentDefinition("driving", Route.ANSWER, null, List.of("can i drive after"), "No.", List.of(), null,
						List.of("this drive is killing me", "can i uber after")),
				new IntentDefinition("crisis", Route.HANDOFF, HandoffReason.URGENT, List.of("i want to die"), "", List.of(),
						null, List.of("i dont want to be here anymore"))));
		assertThat(RiskDetectors.examplesOf(catalog)).extracting(RiskExample::text)
			.containsExactlyInAnyOrder("can i drive after", "i want to die");

		IntentCatalog curated = TestChatbot.catalog();
		java.util.Set<String> detectorSentences = RiskDetectors.examplesOf(curated).stream().map(RiskExample::text)
			.collect(java.util.stream.Collectors.toSet());
		List<String> visitorExamples = curated.all().stream().flatMap((intent) -> intent.visitorExamples().stream())
			.toList();
		assertThat(visitorExamples).hasSizeGreaterThan(1000).noneMatch(detectorSentences::contains);
	}

	@Test
	void screenLoadingInBackgroundWhenASentenceLineIsBrokenFailsTheWaitNamingFileAndLine(@TempDir Path data)
			throws IOException {
		Files.writeString(data.resolve("mine.jsonl"), """
				{"text": "i want to die", "label": "crisis"}
				{"text": "hello", "label": "maybe"}
				""");
		SafetyProperties properties = new SafetyProperties(Path.of("intents/safety"), null,
				new SafetyProperties.Detector(true, data, 0.4, 0.2));
		List<Runnable> background = new ArrayList<>();
		SafetyScreen screen = RiskDetectors.screenLoadingInBackground(properties, TestChatbot::catalog, null,
				background::add);
		assertThat(background).as("nothing read yet but the rules").hasSize(1);
		background.forEach(Runnable::run);
		assertThatThrownBy(screen.detector()::awaitLoaded).cause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("mine.jsonl:2");
	}

	@Test
	void trainWhenTheSecondOpinionIsOnScoresADangerousUnitWithTheMeanOfTheMiniLmAndBgeDetectors() {
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
		List<RiskExample> examples = new ArrayList<>();
		for (String text : List.of("i want to end my life tonight", "i have the pills ready and i am saying goodbye",
				"i am going to kill myself", "nobody will miss me after tomorrow", "i wrote my note")) {
			examples.add(new RiskExample(text, Urgency.CRISIS, "test", true));
		}
		for (String text : List.of("he swallowed a whole bottle of pills", "she is not breathing",
				"my chest hurts and my arm is numb", "he is having a seizure right now")) {
			examples.add(new RiskExample(text, Urgency.EMERGENCY, "test", true));
		}
		for (String text : List.of("how much does a session cost", "where do i park", "do you take my insurance",
				"what are your hours on friday", "can my wife drive me home", "how long does an infusion last")) {
			examples.add(new RiskExample(text, Urgency.NONE, "test", true));
		}
		SafetyProperties.Detector settings = new SafetyProperties.Detector(true, null, 0.4, 0.15, 0.4, true, true, 0.1,
				0);

		RiskDetector both = RiskDetectors.train(rules, examples, null, settings);
		RiskDetector minilm = RiskDetectors.train(rules, examples, null, SentenceEmbedder.Encoder.MINILM, true);
		RiskDetector bge = RiskDetectors.train(rules, examples, null, SentenceEmbedder.Encoder.BGE_SMALL, true);

		String plan = rules.prepared("i have saved up my pills and tonight i am going to take them all");
		assertThat(minilm.score(plan).max()).isGreaterThanOrEqualTo(0.1);
		assertThat(both.score(plan).crisis())
			.isCloseTo((minilm.score(plan).crisis() + bge.score(plan).crisis()) / 2, within(1e-9));
		String errand = rules.prepared("is there a pharmacy near the clinic");
		if (minilm.score(errand).max() < 0.1) {
			assertThat(both.score(errand)).isEqualTo(minilm.score(errand));
		}
	}

	@Test
	void trainWhenTheSameSentencesWereTrainedInThisProcessSharesThatDetectorInsteadOfTrainingAgain() {
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
		List<RiskExample> examples = fewExamples("how long is the drive to the clinic");

		RiskDetector first = RiskDetectors.train(rules, examples, null, SentenceEmbedder.Encoder.MINILM, false);
		RiskDetector again = RiskDetectors.train(rules, new ArrayList<>(examples), null,
				SentenceEmbedder.Encoder.MINILM, false);

		assertThat(again).isSameAs(first);
	}

	@Test
	void trainWhenASentenceChangedOrTheScreenPreparesThemDifferentlyTrainsANewDetector() {
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
		RiskDetector first = RiskDetectors.train(rules, fewExamples("can i bring a blanket to my session"), null,
				SentenceEmbedder.Encoder.MINILM, false);

		List<RiskExample> taught = fewExamples("can i bring a blanket to my session");
		taught.add(new RiskExample("i took all of my pills an hour ago", Urgency.EMERGENCY, "staff", true));
		RiskDetector retrained = RiskDetectors.train(rules, taught, null, SentenceEmbedder.Encoder.MINILM, false);
		SafetyRules original = SafetyRules.load(Path.of("intents/safety"));
		SafetyScreen noRewrites = new SafetyScreen(new SafetyRules(original.urgent(), original.selfHarmMentions(),
				new SafetyRules.Screening(Map.of(), List.of()), original.context(), original.advice()));
		RiskDetector otherPreparation = RiskDetectors.train(noRewrites,
				fewExamples("can i bring a blanket to my session"), null, SentenceEmbedder.Encoder.MINILM, false);

		assertThat(retrained).isNotSameAs(first);
		assertThat(retrained.examples()).isEqualTo(first.examples() + 1);
		assertThat(otherPreparation).isNotSameAs(first);
	}

	private static List<RiskExample> fewExamples(String ordinary) {
		List<RiskExample> examples = new ArrayList<>();
		examples.add(new RiskExample("i am going to end my life tonight", Urgency.CRISIS, "test", true));
		examples.add(new RiskExample("he is not breathing and his lips are blue", Urgency.EMERGENCY, "test", true));
		examples.add(new RiskExample("what should i eat before an infusion", Urgency.NONE, "test", true));
		examples.add(new RiskExample(ordinary, Urgency.NONE, "test", true));
		return examples;
	}

}
