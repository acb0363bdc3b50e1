package com.clinicfaq.chatbot.channels.chatwoot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Chatwoot channel; off unless all three values are set.
 *
 * @param baseUrl the Chatwoot installation, for example {@code https://chat.clinic.example} (env
 * {@code CHATWOOT_BASE_URL})
 * @param apiAccessToken the Agent Bot's access token (env {@code CHATWOOT_API_ACCESS_TOKEN})
 * @param webhookToken a random string put in the bot's webhook URL as {@code ?token=} (or sent in the
 * {@code X-Chatwoot-Webhook-Token} header), since Chatwoot does not sign Agent Bot webhooks (env
 * {@code CHATWOOT_WEBHOOK_TOKEN})
 */
@ConfigurationProperties("chatbot.channels.chatwoot")
public record ChatwootProperties(String baseUrl, String apiAccessToken, String webhookToken) {

	public boolean enabled() {
		return hasText(this.baseUrl) && hasText(this.apiAccessToken) && hasText(this.webhookToken);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "ChatwootProperties[baseUrl=" + this.baseUrl + ", apiAccessToken=<hidden>, webhookToken=<hidden>]";
	}

}
