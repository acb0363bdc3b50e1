package com.clinicfaq.chatbot.channels.slack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.clinicfaq.chatbot.channels.WebhookRejection;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link SlackSignature}, starting with the worked example of Slack's "Verifying requests from Slack"
 * (https://api.slack.com/authentication/verifying-requests-from-slack).
 */
class SlackSignatureTests {

	private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	private static final String TIMESTAMP = "1531420618";

	private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
			+ "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
			+ "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
			+ "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
		.getBytes(StandardCharsets.UTF_8);

	private static final String DOCUMENTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

	private static final Instant SENT = Instant.ofEpochSecond(1531420618);

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	@Test
	void ofSlacksWorkedExampleGivesTheDocumentedSignature() {
		assertThat(SlackSignature.of(SECRET, TIMESTAMP, BODY)).isEqualTo(DOCUMENTED);
	}

	@Test
	void verifyAcceptsTheWorkedExampleWithinFiveMinutes() {
		assertThatCode(() -> SlackSignature.verify(SECRET, TIMESTAMP, DOCUMENTED, BODY,
				SENT.plus(Duration.ofMinutes(4)), FIVE_MINUTES))
			.doesNotThrowAnyException();
	}

	@Test
	void verifyRefusesATamperedBody() {
		byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("roadrunner", "coyote")
			.getBytes(StandardCharsets.UTF_8);

		assertRejected(() -> SlackSignature.verify(SECRET, TIMESTAMP, DOCUMENTED, tampered, SENT, FIVE_MINUTES),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void verifyRefusesAnotherKey() {
		assertRejected(() -> SlackSignature.verify("another-signing-secret", TIMESTAMP, DOCUMENTED, BODY, SENT,
				FIVE_MINUTES), HttpStatus.FORBIDDEN);
	}

	@Test
	void verifyRefusesMissingHeadersWith401() {
		assertRejected(() -> SlackSignature.verify(SECRET, TIMESTAMP, null, BODY, SENT, FIVE_MINUTES),
				HttpStatus.UNAUTHORIZED);
		assertRejected(() -> SlackSignature.verify(SECRET, null, DOCUMENTED, BODY, SENT, FIVE_MINUTES),
				HttpStatus.UNAUTHORIZED);
	}

	@Test
	void verifyRefusesAStaleOrFutureTimestampEvenWithAGoodSignature() {
		assertRejected(() -> SlackSignature.verify(SECRET, TIMESTAMP, DOCUMENTED, BODY,
				SENT.plus(Duration.ofMinutes(6)), FIVE_MINUTES), HttpStatus.FORBIDDEN);
		assertRejected(() -> SlackSignature.verify(SECRET, TIMESTAMP, DOCUMENTED, BODY,
				SENT.minus(Duration.ofMinutes(6)), FIVE_MINUTES), HttpStatus.FORBIDDEN);
	}

	@Test
	void verifyRefusesAReplayedSignatureWithANewTimestamp() {
		assertRejected(() -> SlackSignature.verify(SECRET, "1531420619", DOCUMENTED, BODY, SENT, FIVE_MINUTES),
				HttpStatus.FORBIDDEN);
	}

	private static void assertRejected(Runnable verification, HttpStatus status) {
		assertThatThrownBy(verification::run).isInstanceOfSatisfying(WebhookRejection.class,
				(rejection) -> assertThat(rejection.status()).isEqualTo(status));
	}

}
