package com.clinicfaq.chatbot.channels;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Derives a channel conversation id from the provider's user or thread id with a keyed hash, so transcripts and logs
 * never hold a phone number or handle, and nobody without the key can tell whose conversation an id is.
 */
public final class ConversationIds {

	private final String key;

	public ConversationIds(String key) {
		if (key == null || key.length() < 16) {
			throw new IllegalArgumentException("The conversation key must be at least 16 characters");
		}
		this.key = key;
	}

	/**
	 * For example {@code sms:Jq3...} (the channel, a colon and 22 URL-safe characters: 128 bits of the HMAC).
	 */
	public String of(String channel, String providerUserId) {
		byte[] mac = WebhookSignatures.hmacSha256(this.key,
				(channel + "\n" + providerUserId).getBytes(StandardCharsets.UTF_8));
		return channel + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, 16));
	}

	@Override
	public String toString() {
		return "ConversationIds[key=<hidden>]";
	}

}
