package com.clinicfaq.chatbot.channels.slack;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.clinicfaq.chatbot.channels.ChannelChat;
import com.clinicfaq.chatbot.channels.ChannelFormat;
import com.clinicfaq.chatbot.channels.ChannelMessage;
import com.clinicfaq.chatbot.channels.ChannelReply;
import com.clinicfaq.chatbot.channels.ChannelsProperties;
import com.clinicfaq.chatbot.channels.OutboundClient;
import com.clinicfaq.chatbot.channels.OutboundQueue;
import com.clinicfaq.chatbot.channels.WebhookRejection;
import com.clinicfaq.chatbot.channels.WebhookRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles Slack's Events API: answers the {@code url_verification} challenge, and for a direct message or a mention
 * records the turn, acknowledges (Slack retries after 3 seconds) and posts the reply in the thread.
 */
@Component
class SlackHandler {

	private static final Logger logger = LoggerFactory.getLogger(SlackHandler.class);

	private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+>");

	private final ChannelChat chat;

	private final OutboundClient outbound;

	private final OutboundQueue queue;

	private final SlackProperties slack;

	private final ObjectMapper json;

	private final Clock clock;

	private final int maxBodyBytes;

	SlackHandler(ChannelChat chat, OutboundClient outbound, OutboundQueue queue, SlackProperties slack,
			ChannelsProperties channels, ObjectMapper json) {
		this.chat = chat;
		this.outbound = outbound;
		this.queue = queue;
		this.slack = slack;
		this.json = json;
		this.clock = Clock.systemUTC();
		this.maxBodyBytes = (int) channels.maxBodySize().toBytes();
	}

	Mono<ServerResponse> event(ServerRequest request) {
		if (!this.slack.enabled()) {
			return WebhookRequests.problem(request, WebhookRejection.channelOff("Slack"));
		}
		String timestamp = request.headers().firstHeader(SlackSignature.TIMESTAMP);
		String signature = request.headers().firstHeader(SlackSignature.SIGNATURE);
		return WebhookRequests.rawBody(request, this.maxBodyBytes)
			.map((body) -> {
				SlackSignature.verify(this.slack.signingSecret(), timestamp, signature, body, this.clock.instant(),
						this.slack.maxClockSkew());
				return parse(body);
			})
			.flatMap(this::handle)
			.onErrorResume((ex) -> WebhookRequests.failure(request, ex));
	}

	private Mono<ServerResponse> handle(JsonNode payload) {
		String type = payload.path("type").asText();
		if ("url_verification".equals(type)) {
			return ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("challenge", payload.path("challenge").asText()));
		}
		JsonNode event = payload.path("event");
		if (!"event_callback".equals(type) || !fromAPerson(event)) {
			return ServerResponse.ok().build();
		}
		String eventId = payload.path("event_id").asText(event.path("client_msg_id").asText(event.path("ts").asText()));
		String channel = event.path("channel").asText();
		String thread = event.hasNonNull("thread_ts") ? event.path("thread_ts").asText() : event.path("ts").asText();
		String text = MENTION.matcher(event.path("text").asText()).replaceAll("").strip();
		if (text.isEmpty() || channel.isEmpty()) {
			return ServerResponse.ok().build();
		}
		String sender = payload.path("team_id").asText() + "/" + channel + "/" + event.path("user").asText();
		ChannelMessage message = new ChannelMessage("slack", eventId, sender, text, ChannelFormat.SLACK);
		return this.chat.reply(message).flatMap((reply) -> {
			if (reply.firstDelivery() && !this.queue.submit(post(channel, thread, reply))) {
				return Mono.error(new IllegalStateException("The outbound queue is full"));
			}
			return ServerResponse.ok().build();
		});
	}

	/**
	 * A person's message: not the bot's own (which would loop), not an edit or a join notice.
	 */
	private static boolean fromAPerson(JsonNode event) {
		String type = event.path("type").asText();
		boolean message = "message".equals(type) || "app_mention".equals(type);
		return message && !event.hasNonNull("bot_id") && !event.hasNonNull("subtype") && event.hasNonNull("user");
	}

	private Mono<JsonNode> post(String channel, String thread, ChannelReply reply) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channel", channel);
		body.put("thread_ts", thread);
		body.put("text", reply.rendered().text());
		return this.outbound
			.post("slack", this.slack.apiBaseUrl() + "/chat.postMessage",
					(headers) -> headers.setBearerAuth(this.slack.botToken()), body)
			.doOnNext((answer) -> {
				// Slack answers 200 with {"ok": false} for a bad token or channel: a retry would not help.
				if (!answer.path("ok").asBoolean()) {
					logger.error("Slack refused chat.postMessage: {}", answer.path("error").asText());
				}
			});
	}

	private JsonNode parse(byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (IOException ex) {
			throw WebhookRejection.badBody("The body is not JSON.");
		}
	}

}
