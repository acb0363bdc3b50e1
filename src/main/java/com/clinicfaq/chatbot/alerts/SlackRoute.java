package com.clinicfaq.chatbot.alerts;

import java.net.URI;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Posts each alert to a Slack incoming webhook as one message with a link to the conversation.
 */
class SlackRoute implements AlertRoute {

	private final WebClient client;

	private final URI webhookUrl;

	SlackRoute(WebClient client, URI webhookUrl) {
		this.client = client;
		this.webhookUrl = webhookUrl;
	}

	@Override
	public String name() {
		return "slack";
	}

	@Override
	public Mono<Void> send(Alert alert) {
		return this.client.post()
			.uri(this.webhookUrl)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", text(alert)))
			.retrieve()
			.toBodilessEntity()
			.then();
	}

	@Override
	public boolean retryable(Throwable failure) {
		return HttpFailures.retryable(failure);
	}

	/**
	 * Slack's mrkdwn: the visitor's text is escaped so it cannot form a link or a mention.
	 */
	static String text(Alert alert) {
		return ":rotating_light: *Urgent " + alert.kind() + "* on " + escape(alert.channel()) + " at " + alert.time()
				+ "\n>" + escape(alert.text()).replace("\n", "\n>") + "\n<" + alert.link() + "|Open conversation "
				+ escape(alert.conversationId()) + " on the staff page>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
