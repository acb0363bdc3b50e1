package com.clinicfaq.chatbot.channels.twilio;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Twilio channel; off unless both values are set.
 *
 * @param authToken the account's auth token, the key of {@code X-Twilio-Signature} (env {@code TWILIO_AUTH_TOKEN})
 * @param publicUrl the webhook URL exactly as configured at Twilio, as seen from outside any proxy (env
 * {@code TWILIO_PUBLIC_URL}): Twilio signs that URL, not the one this service sees
 */
@ConfigurationProperties("chatbot.channels.twilio")
public record TwilioProperties(String authToken, String publicUrl) {

	public boolean enabled() {
		return hasText(this.authToken) && hasText(this.publicUrl);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "TwilioProperties[authToken=<hidden>, publicUrl=" + this.publicUrl + "]";
	}

}
