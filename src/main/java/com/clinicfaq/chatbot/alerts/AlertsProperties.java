package com.clinicfaq.chatbot.alerts;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where urgent turns are pushed. A route is on when its address is set; with none set, urgent turns still show on
 * the staff page but nobody is notified (a start-up warning says so).
 *
 * @param webhook an outbound webhook receiving signed JSON
 * @param slack a Slack incoming webhook
 * @param email e-mail over SMTP (the server comes from Spring's {@code spring.mail.*})
 * @param staffBaseUrl the staff page's public address, for the link in each alert
 * @param maxAttempts attempts per route and alert, the first included
 * @param firstBackoff the wait before the second attempt; it doubles after each failure (with jitter)
 * @param maxBackoff the longest wait between attempts
 * @param timeout how long one attempt may take
 * @param queueSize alerts waiting for delivery; beyond it an alert is recorded as failed, never blocks a reply
 * @param recent how many alerts the staff page keeps in memory
 * @param journal where alerts and their changes are kept across restarts
 */
@ConfigurationProperties("chatbot.alerts")
public record AlertsProperties(@DefaultValue Webhook webhook, @DefaultValue Slack slack, @DefaultValue Email email,
		@DefaultValue("http://localhost:8080/staff") URI staffBaseUrl, @DefaultValue("5") int maxAttempts,
		@DefaultValue("500ms") Duration firstBackoff, @DefaultValue("30s") Duration maxBackoff,
		@DefaultValue("10s") Duration timeout, @DefaultValue("1000") int queueSize, @DefaultValue("200") int recent,
		@DefaultValue Journal journal) {

	public AlertsProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("chatbot.alerts.max-attempts must be at least 1, was " + maxAttempts);
		}
		if (queueSize < 1 || recent < 1) {
			throw new IllegalArgumentException("chatbot.alerts.queue-size and chatbot.alerts.recent must be positive");
		}
	}

	/**
	 * The alert journal: every alert and every change to it, appended to daily JSON-lines files (encrypted, fsynced
	 * and kept as long as the transcripts, with the transcripts' settings), read back at start-up.
	 *
	 * @param directory the journal's folder; when not set, {@code alerts/} inside the transcripts folder
	 * @param resendMaxAge after a restart, a delivery still pending is resumed only for an alert younger than this;
	 * an older one is recorded as failed and stays on the staff page
	 */
	public record Journal(Path directory, @DefaultValue("24h") Duration resendMaxAge) {

		public Journal {
			if (resendMaxAge != null && resendMaxAge.isNegative()) {
				throw new IllegalArgumentException("chatbot.alerts.journal.resend-max-age must not be negative");
			}
		}

	}

	/**
	 * The outbound webhook. The secret signs each body; it never appears in {@link #toString()}.
	 *
	 * @param url where alerts are posted, or {@code null} for no webhook
	 * @param secret the HMAC-SHA256 key shared with the receiver (env {@code ALERTS_WEBHOOK_SECRET})
	 */
	public record Webhook(URI url, String secret) {

		boolean enabled() {
			return this.url != null && !this.url.toString().isBlank();
		}

		boolean hasSecret() {
			return this.secret != null && !this.secret.isBlank();
		}

		@Override
		public String toString() {
			return "Webhook[url=" + this.url + ", secret=" + (hasSecret() ? "[set]" : "[none]") + "]";
		}

	}

	/**
	 * A Slack incoming webhook; its URL is itself a secret, so {@link #toString()} hides it.
	 *
	 * @param webhookUrl the incoming-webhook URL, or {@code null} for no Slack
	 */
	public record Slack(URI webhookUrl) {

		boolean enabled() {
			return this.webhookUrl != null && !this.webhookUrl.toString().isBlank();
		}

		@Override
		public String toString() {
			return "Slack[webhookUrl=" + (enabled() ? "[set]" : "[none]") + "]";
		}

	}

	/**
	 * E-mail alerts.
	 *
	 * @param to the recipients, or empty for no e-mail
	 * @param from the sender address
	 */
	public record Email(List<String> to, @DefaultValue("chatbot-alerts@localhost") String from) {

		public Email {
			to = (to != null) ? to.stream().map(String::strip).filter((address) -> !address.isEmpty()).toList()
					: List.of();
		}

		boolean enabled() {
			return !this.to.isEmpty();
		}

	}

}
