package com.clinicfaq.chatbot.web;

import java.util.List;

import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.safety.CrisisLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ContactLinks}: every configured crisis line's number becomes the right {@code tel:} and
 * {@code sms:} links.
 */
class ContactLinksTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Call or text 988                 | 988            | tel:988          | sms:988
			Call 911                         | 911            | tel:911          | -
			Call 1-800-222-1222              | 1-800-222-1222 | tel:18002221222  | -
			Call 116 123                     | 116 123        | tel:116123       | -
			Text SHOUT to 85258              | 85258          | -                | sms:85258
			Call +44 (0)20 7946 0958 anytime | +44 (0)20 7946 0958 | tel:+440207946 0958 | -
			Call 999                         | 999            | tel:999          | -
			Visit https://findahelpline.com  | -              | -                | -
			""")
	void lineWhenContactNamesANumberLinksIt(String contact, String number, String call, String text) {
		ContactLinks.Line line = ContactLinks.Line.of(new CrisisLine("Line", contact, "any time"));
		assertThat(line.number()).isEqualTo(number);
		assertThat(line.call()).isEqualTo((call != null) ? call.replace(" ", "") : null);
		assertThat(line.text()).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			(555) 010-0100  | tel:5550100100
			+1 415 555 0134 | tel:+14155550134
			""")
	void clinicWhenPhoneConfiguredLinksIt(String phone, String call) {
		ContactLinks links = ContactLinks.of(List.of(),
				new ClinicContact("Clinic", phone, "a@b.example", "9-5", "https://b.example"));
		assertThat(links.clinic().call()).isEqualTo(call);
	}

}
