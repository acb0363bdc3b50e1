package com.clinicfaq.chatbot.channels.twilio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.channels.WebhookSignatures;

/**
 * Twilio's request signature: Base64 of the HMAC-SHA1, keyed with the auth token, of the public URL followed by each
 * POST parameter's name and value, sorted by name (and, for a repeated name, by value).
 */
final class TwilioSignature {

	private TwilioSignature() {
	}

	static String of(String authToken, String url, Map<String, List<String>> parameters) {
		StringBuilder signed = new StringBuilder(url);
		parameters.keySet().stream().sorted().forEach((name) -> {
			List<String> values = new ArrayList<>(parameters.get(name));
			values.sort(null);
			values.forEach((value) -> signed.append(name).append(value));
		});
		byte[] mac = WebhookSignatures.hmacSha1(authToken, signed.toString().getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(mac);
	}

	static boolean matches(String authToken, String url, Map<String, List<String>> parameters, String signature) {
		return WebhookSignatures.constantTimeEquals(of(authToken, url, parameters), signature);
	}

}
