package com.clinicfaq.chatbot.channels.meta;

import java.util.HexFormat;

import com.clinicfaq.chatbot.channels.WebhookSignatures;

/**
 * Meta's webhook signature: {@code sha256=} and the hex HMAC-SHA256 of the raw body, keyed with the app secret.
 */
final class MetaSignature {

	static final String HEADER = "X-Hub-Signature-256";

	private MetaSignature() {
	}

	static String of(String appSecret, byte[] body) {
		return "sha256=" + HexFormat.of().formatHex(WebhookSignatures.hmacSha256(appSecret, body));
	}

	static boolean matches(String appSecret, byte[] body, String signature) {
		return WebhookSignatures.constantTimeEquals(of(appSecret, body), signature);
	}

}
