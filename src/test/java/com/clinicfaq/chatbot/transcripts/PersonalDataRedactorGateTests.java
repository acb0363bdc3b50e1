package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redactor's cheap tests (a digit, an at sign, a cue word) only spare a rule's pattern on texts it cannot match:
 * checked on visitors' messages, on texts full of personal details and on random texts built from the characters and
 * words the patterns look for.
 */
class PersonalDataRedactorGateTests {

	private static final List<String> DETAILS = List.of("my MRN is 00482913", "card 4111 1111 1111 1111 exp 09/27",
			"my ip is 192.168.10.23", "from 2001:db8:85a3::8a2e:370:7334", "fe80::1", "my license plate is 7ABC123",
			"parked AB12 CDE outside", "mail me at jane.doe@example.com", "jane dot doe at gmail dot com",
			"JANE (AT) GMAIL (DOT) COM", "john[at]yahoo[dot]com", "ssn 123-45-6789", "social security 123456789",
			"member id ABC12345", "1EG4-TE5-MK73", "dob 03/04/1985", "born on March 4, 1985", "call me at (555) 123-4567",
			"+44 20 7946 0958", "I live at 221 Baker Street, Springfield, IL 62704", "PO Box 1234", "zip 90210",
			"My name is Jane Doe", "I'm Sarah", "It's Maria here", "my husband John took it", "OUR son Max",
			"Dr. Smith said so", "Doctor Who", "Mrs Patel", "Miss Honey", "this is Jessica");

	private static final String[] PIECES = { "a", "b", "z", "A", "Z", "0", "1", "7", "9", " ", "  ", "\t", "-", ".",
			":", "::", "@", "+", "(", ")", "[", "]", "#", "'", "at", "AT", "dot", "com", "my", "MY", "our", "name",
			"is", "i'm", "I am", "it's", "its", "this", "call me", "Dr", "Mr", "Ms", "Miss", "Doctor", "wife", "John",
			"mrn", "plate", "ssn", "member", "dob", "born", "box", "po", "zip", "street", "st", "ave", "\n" };

	@Test
	void noRuleIsSparedOnATextItsPatternMatches() throws IOException {
		List<String> texts = new ArrayList<>(DETAILS);
		texts.addAll(messages("src/test/resources/eval/nlu-dev.jsonl"));
		texts.addAll(messages("src/test/resources/eval/safety-dev.jsonl"));
		Random random = new Random(29);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int j = random.nextInt(12); j >= 0; j--) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			texts.add(text.toString());
		}
		for (String text : texts) {
			assertThat(PersonalDataRedactor.anyRuleWronglyTurnedAway(text)).as(text).isFalse();
		}
	}

	@Test
	void anOrdinaryQuestionSparesMostRules() {
		assertThat(PersonalDataRedactor.rulesSpared("how long does a session last?")).isGreaterThanOrEqualTo(18);
		assertThat(PersonalDataRedactor.rulesSpared("my name is Jane, call me at 555 123 4567")).isLessThan(5);
	}

	@Test
	void theDetailsAreStillRedacted() {
		PersonalDataRedactor redactor = new PersonalDataRedactor();
		for (String text : DETAILS) {
			assertThat(redactor.redact(text).types()).as(text).isNotEmpty();
		}
	}

	private static List<String> messages(String file) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<String> texts = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(file))) {
			if (line.isBlank()) {
				continue;
			}
			var node = json.readTree(line);
			if (node.has("text")) {
				texts.add(node.get("text").asText());
			}
			node.path("turns").forEach((turn) -> texts.add(turn.path("text").asText()));
		}
		return texts;
	}

}
