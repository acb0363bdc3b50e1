package com.clinicfaq.chatbot.safety;

import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link RiskDetectors} turns the intent catalog into detector training sentences.
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

}
