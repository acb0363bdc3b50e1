package com.clinicfaq.chatbot.channels.meta;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WhatsApp Cloud API and Messenger channel; off unless the app secret and the verify token are set.
 *
 * @param appSecret the Meta app's secret, the key of {@code X-Hub-Signature-256} (env {@code META_APP_SECRET})
 * @param verifyToken any string, typed both here and in the app's webhook settings, answered in the subscription
 * handshake (env {@code META_VERIFY_TOKEN})
 * @param accessToken the token replies are sent with: a system-user token for WhatsApp, a page token for Messenger
 * (env {@code META_ACCESS_TOKEN})
 * @param phoneNumberId the WhatsApp business number's id, used when an event does not name it (env
 * {@code META_PHONE_NUMBER_ID})
 * @param graphBaseUrl the Graph API, with its version
 */
@ConfigurationProperties("chatbot.channels.meta")
public record MetaProperties(String appSecret, String verifyToken, String accessToken, String phoneNumberId,
		@DefaultValue("https://graph.facebook.com/v21.0") String graphBaseUrl) {

	public boolean enabled() {
		return hasText(this.appSecret) && hasText(this.verifyToken);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "MetaProperties[appSecret=<hidden>, verifyToken=<hidden>, accessToken=<hidden>, phoneNumberId="
				+ this.phoneNumberId + ", graphBaseUrl=" + this.graphBaseUrl + "]";
	}

}
