package com.clinicfaq.chatbot.transcripts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds of personal data the security probe found stored verbatim: medical record numbers, payment cards, IP
 * addresses, licence plates and names without capitals or introductions.
 */
class PersonalDataRedactorKindsTests {

	private final PersonalDataRedactor redactor = new PersonalDataRedactor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			my MRN is 00482913                                | my MRN is [MRN]                                | mrn
			medical record number: A1234567                   | medical record number: [MRN]                   | mrn
			patient id 4455-6677 at your clinic               | patient id [MRN] at your clinic                | mrn
			card 4111 1111 1111 1111 exp 09/27                | card [CARD] exp 09/27                          | card
			can i pay with 5500-0000-0000-0004                | can i pay with [CARD]                          | card
			my visa is 4012888888881881                       | my visa is [CARD]                              | card
			my ip is 192.168.10.23 if that helps              | my ip is [IP] if that helps                    | ip
			connecting from 2001:db8:85a3::8a2e:370:7334      | connecting from [IP]                           | ip
			my license plate is 7ABC123                       | my license plate is [PLATE]                    | plate
			licence plate number: ABC-1234                    | licence plate number: [PLATE]                  | plate
			parked my car AB12 CDE outside                    | parked my car [PLATE] outside                  | plate
			sarah here, how long is a session                 | [NAME] here, how long is a session             | name
			this is jessica, can i bring my mom               | this is [NAME], can i bring my mom             | name
			im michael and i want to book                     | im [NAME] and i want to book                   | name
			thanks so much. rebecca                           | thanks so much. [NAME]                         | name
			how much is it? thanks, daniel                    | how much is it? thanks, [NAME]                 | name
			""")
	void redactReplacesTheNewKinds(String text, String expected, String type) {
		PersonalDataRedactor.Redaction redaction = this.redactor.redact(text.strip());
		assertThat(redaction.text()).isEqualTo(expected.strip());
		assertThat(redaction.types()).contains(type);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			i had 4 sessions in 2023 and 2024
			my order number is 1234567812345678
			version 1.2.3 of the app
			session at 10:30:00 today
			this is my first time, what should i expect
			i am will to try, is it safe
			i'm so tired of being depressed
			this is hope for me
			thanks, that helps
			i'm ok
			the patient leaflet says 20 minutes
			""")
	void redactLeavesLookAlikesAlone(String text) {
		PersonalDataRedactor.Redaction redaction = this.redactor.redact(text.strip());
		assertThat(redaction.text()).isEqualTo(text.strip());
		assertThat(redaction.types()).isEmpty();
	}

	@Test
	void luhnAcceptsTestCardNumbersAndRejectsAnOffByOneDigit() {
		assertThat(PersonalDataRedactor.passesLuhn("4111 1111 1111 1111")).isTrue();
		assertThat(PersonalDataRedactor.passesLuhn("4111 1111 1111 1112")).isFalse();
	}

	@Test
	void bareNamesComeFromThePublicNameListNotCommonWords() {
		assertThat(FirstNames.isName("Jessica")).isTrue();
		assertThat(FirstNames.isName("oluwaseun")).isFalse();
		assertThat(FirstNames.isName("will")).isFalse();
		assertThat(FirstNames.isName("grace")).isFalse();
	}

}
