package com.clinicfaq.chatbot.transcripts;

import com.clinicfaq.chatbot.chat.MessageSanitizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redactor's work is measured in characters its patterns read (not in time, which flakes on a shared machine):
 * a combining-mark attack made it read each character over a hundred thousand times.
 */
class PersonalDataRedactorCostTests {

	private static final String ZALGO = "a" + "\u0301".repeat(999);

	@Test
	void rawCombiningMarkRunMakesThePatternsReadEachCharacterThousandsOfTimes() {
		// the attack as it arrived before sanitizing: this is what the budget guards against (with a digit, so that the
		// rules for numbers read it: without one, they are spared)
		String attack = ZALGO + " 1";
		assertThat(PersonalDataRedactor.readsToRedact(attack)).isGreaterThan(50_000L * attack.length());
	}

	@Test
	void sanitizedAttackAndOrdinaryMessagesCostAFewThousandReadsPerCharacterAtMost() {
		for (String text : new String[] { MessageSanitizer.sanitize(ZALGO),
				MessageSanitizer.sanitize("\u0301".repeat(1000) + "hello"), MessageSanitizer.sanitize("a".repeat(1000)),
				"a ".repeat(500), "1 ".repeat(500), "I am so tired. ".repeat(66),
				"my name is Jane Doe, phone 555-123-4567, 12 Main Street" }) {
			assertThat(PersonalDataRedactor.readsToRedact(text)).as(text.substring(0, Math.min(20, text.length())))
				.isLessThan(2_000L * (text.length() + 64));
		}
	}

	@Test
	void redactionOverItsBudgetStoresAPlaceholderNeverTheRawText() {
		PersonalDataRedactor.Redaction redaction = new PersonalDataRedactor().redact(ZALGO + " call 555-123-4567");

		assertThat(redaction.text()).isEqualTo(PersonalDataRedactor.WITHHELD);
		assertThat(redaction.types()).containsExactly("withheld");
	}

}
