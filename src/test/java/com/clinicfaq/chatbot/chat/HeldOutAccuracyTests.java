package com.clinicfaq.chatbot.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.Route;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays held-out visitor messages (never used for training) through the whole chat core and checks the outcome a
 * visitor would see: the right answer, an urgent handoff for every crisis and emergency, and a handoff for topics
 * outside the catalog.
 */
class HeldOutAccuracyTests {

	private static final Path HELD_OUT = Path.of("src/test/resources/com/clinicfaq/chatbot/nlu/heldout.jsonl");

	private static List<Example> examples;

	private final ChatService chat = TestChatbot.chatService();

	@BeforeAll
	static void readExamples() throws IOException {
		ObjectMapper json = new ObjectMapper();
		examples = new ArrayList<>();
		for (String line : Files.readAllLines(HELD_OUT)) {
			if (!line.isBlank()) {
				examples.add(json.readValue(line, Example.class));
			}
		}
	}

	@Test
	void heldOutMessagesAreNotTrainingPhrases() {
		IntentCatalog catalog = TestChatbot.catalog();
		assertThat(examples).filteredOn((example) -> catalog.ownerOf(example.text()).isPresent()).isEmpty();
	}

	@Test
	void heldOutHasAtLeastThreeMessagesPerIntent() {
		Map<String, Long> counts = examples.stream().collect(Collectors.groupingBy(Example::intent, Collectors.counting()));
		for (var intent : TestChatbot.catalog().all()) {
			String label = intent.name().equals("out_of_scope") ? "oos" : intent.name();
			assertThat(counts.getOrDefault(label, 0L)).as(intent.name()).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void heldOutAccuracyIsAtLeastNinetyPercent() {
		List<String> misses = new ArrayList<>();
		for (Example example : examples) {
			Classification outcome = this.chat.classify(example.text());
			if (!correct(example, outcome)) {
				misses.add(example.intent() + " <- " + example.text() + " => " + outcome.decision());
			}
		}
		double accuracy = 1.0 - (double) misses.size() / examples.size();
		assertThat(accuracy).as("held-out accuracy; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void everyHeldOutCrisisAndEmergencyHandsOffAsUrgent() {
		List<String> missed = examples.stream()
			.filter((example) -> example.intent().equals("crisis") || example.intent().equals("emergency"))
			.filter((example) -> this.chat.classify(example.text()).decision().reason() != HandoffReason.URGENT)
			.map(Example::text)
			.toList();
		assertThat(missed).isEmpty();
	}

	/**
	 * A message is handled correctly when an answer intent is answered (or offered first in a clarifying question),
	 * a handoff intent is handed off for its reason, and an out-of-scope message is handed off as unmatched.
	 */
	private static boolean correct(Example example, Classification outcome) {
		RoutingDecision decision = outcome.decision();
		if (example.intent().equals("oos")) {
			return decision.route() == Route.HANDOFF && decision.reason() == HandoffReason.UNMATCHED;
		}
		var intent = TestChatbot.catalog().get(example.intent());
		if (intent.route() == Route.HANDOFF) {
			return decision.route() == Route.HANDOFF && decision.reason() == intent.handoffReason();
		}
		return decision.route() == Route.ANSWER && example.intent().equals(decision.intent());
	}

	record Example(String text, String intent) {
	}

}
