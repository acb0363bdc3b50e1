package com.clinicfaq.chatbot.channels.slack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import com.clinicfaq.chatbot.channels.WebhookRejection;
import com.clinicfaq.chatbot.channels.WebhookSignatures;

/**
 * Slack's request signature: {@code v0=} and the hex HMAC-SHA256, keyed with the signing secret, of
 * {@code v0:<timestamp>:<raw body>}; a timestamp more than five minutes away from now is refused, so a captured
 * request cannot be replayed.
 */
final class SlackSignature {

	static final String SIGNATURE = "X-Slack-Signature";

	static final String TIMESTAMP = "X-Slack-Request-Timestamp";

	private SlackSignature() {
	}

	static String of(String signingSecret, String timestamp, byte[] body) {
		byte[] prefix = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
		byte[] signed = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, signed, 0, prefix.length);
		System.arraycopy(body, 0, signed, prefix.length, body.length);
		return "v0=" + HexFormat.of().formatHex(WebhookSignatures.hmacSha256(signingSecret, signed));
	}

	/**
	 * Checks the two headers against the body; throws the rejection (401 missing, 403 wrong or stale) otherwise.
	 */
	static void verify(String signingSecret, String timestamp, String signature, byte[] body, Instant now,
			Duration maxSkew) {
		if (signature == null || signature.isBlank()) {
			throw WebhookRejection.missingSignature(SIGNATURE);
		}
		if (timestamp == null || timestamp.isBlank()) {
			throw WebhookRejection.missingSignature(TIMESTAMP);
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			throw WebhookRejection.badSignature(TIMESTAMP);
		}
		if (Math.abs(now.getEpochSecond() - seconds) > maxSkew.toSeconds()) {
			throw new WebhookRejection(org.springframework.http.HttpStatus.FORBIDDEN,
					"The " + TIMESTAMP + " is more than " + maxSkew.toMinutes() + " minutes away from now.");
		}
		if (!WebhookSignatures.constantTimeEquals(of(signingSecret, timestamp.strip(), body), signature)) {
			throw WebhookRejection.badSignature(SIGNATURE);
		}
	}

}
