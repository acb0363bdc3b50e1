package com.clinicfaq.chatbot.channels.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram channel; off unless both secrets are set.
 *
 * @param secretToken the {@code secret_token} given to {@code setWebhook}, which Telegram sends back in
 * {@code X-Telegram-Bot-Api-Secret-Token} (env {@code TELEGRAM_SECRET_TOKEN})
 * @param botToken the bot's token from BotFather (env {@code TELEGRAM_BOT_TOKEN})
 * @param apiBaseUrl the Bot API
 */
@ConfigurationProperties("chatbot.channels.telegram")
public record TelegramProperties(String secretToken, String botToken,
		@DefaultValue("https://api.telegram.org") String apiBaseUrl) {

	public boolean enabled() {
		return this.secretToken != null && !this.secretToken.isBlank() && this.botToken != null
				&& !this.botToken.isBlank();
	}

	@Override
	public String toString() {
		return "TelegramProperties[secretToken=<hidden>, botToken=<hidden>, apiBaseUrl=" + this.apiBaseUrl + "]";
	}

}
