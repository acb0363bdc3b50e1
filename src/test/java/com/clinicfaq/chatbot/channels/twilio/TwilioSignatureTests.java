package com.clinicfaq.chatbot.channels.twilio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioSignature}, starting with the worked example of Twilio's "Validating requests" guide
 * (https://www.twilio.com/docs/usage/security#validating-requests).
 */
class TwilioSignatureTests {

	private static final String TOKEN = "12345";

	private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

	private static final String DOCUMENTED = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

	@Test
	void ofTwiliosWorkedExampleGivesTheDocumentedSignature() {
		assertThat(TwilioSignature.of(TOKEN, URL, documentedParameters())).isEqualTo(DOCUMENTED);
	}

	@Test
	void matchesTheDocumentedExampleDecodedFromARawFormInAnyOrder() {
		byte[] body = "To=%2B18005551212&CallSid=CA1234567890ABCDE&Digits=1234&From=%2B12349013030&Caller=%2B12349013030"
			.getBytes();

		assertThat(TwilioSignature.matches(TOKEN, URL, TwilioHandler.formOf(body), DOCUMENTED)).isTrue();
	}

	@Test
	void matchesNotWhenAParameterIsTampered() {
		Map<String, List<String>> tampered = documentedParameters();
		tampered.put("Digits", List.of("9999"));

		assertThat(TwilioSignature.matches(TOKEN, URL, tampered, DOCUMENTED)).isFalse();
	}

	@Test
	void matchesNotWithAnotherKeyOrUrl() {
		assertThat(TwilioSignature.matches("54321", URL, documentedParameters(), DOCUMENTED)).isFalse();
		assertThat(TwilioSignature.matches(TOKEN, "https://mycompany.com/myapp.php?foo=1&bar=3",
				documentedParameters(), DOCUMENTED)).isFalse();
	}

	@Test
	void matchesNotAMissingOrTruncatedSignature() {
		assertThat(TwilioSignature.matches(TOKEN, URL, documentedParameters(), null)).isFalse();
		assertThat(TwilioSignature.matches(TOKEN, URL, documentedParameters(), "")).isFalse();
		assertThat(TwilioSignature.matches(TOKEN, URL, documentedParameters(), DOCUMENTED.substring(1))).isFalse();
	}

	private static Map<String, List<String>> documentedParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("CallSid", List.of("CA1234567890ABCDE"));
		parameters.put("Caller", List.of("+12349013030"));
		parameters.put("Digits", List.of("1234"));
		parameters.put("From", List.of("+12349013030"));
		parameters.put("To", List.of("+18005551212"));
		return parameters;
	}

}
