package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
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
