package com.clinicfaq.chatbot.channels.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Slack channel; off unless the signing secret is set.
 *
 * @param signingSecret the app's signing secret (env {@code SLACK_SIGNING_SECRET})
 * @param botToken the bot token replies are posted with (env {@code SLACK_BOT_TOKEN})
 * @param apiBaseUrl Slack's Web API
 * @param maxClockSkew how old (or how far in the future) a signed timestamp may be
 */
@ConfigurationProperties("chatbot.channels.slack")
public record SlackProperties(String signingSecret, String botToken,
		@DefaultValue("https://slack.com/api") String apiBaseUrl, @DefaultValue("5m") Duration maxClockSkew) {

	public boolean enabled() {
		return this.signingSecret != null && !this.signingSecret.isBlank();
	}

	@Override
	public String toString() {
		return "SlackProperties[signingSecret=<hidden>, botToken=<hidden>, apiBaseUrl=" + this.apiBaseUrl + "]";
	}

}
