package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

}
