package com.clinicfaq.chatbot.channels.chatwoot;

import java.io.IOException;
import java.util.Map;

import com.clinicfaq.chatbot.channels.ChannelChat;
import com.clinicfaq.chatbot.channels.ChannelFormat;
import com.clinicfaq.chatbot.channels.ChannelMessage;
import com.clinicfaq.chatbot.channels.ChannelReply;
import com.clinicfaq.chatbot.channels.ChannelsProperties;
import com.clinicfaq.chatbot.channels.OutboundClient;
import com.clinicfaq.chatbot.channels.OutboundQueue;
import com.clinicfaq.chatbot.channels.WebhookRejection;
import com.clinicfaq.chatbot.channels.WebhookRequests;
import com.clinicfaq.chatbot.channels.WebhookSignatures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles Chatwoot's Agent Bot webhook. The bot answers an incoming message only while its conversation is
 * {@code pending} (the bot's state in Chatwoot). On any handoff (urgent, asked for a person, or no reliable answer)
 * it sends its reply and then sets the conversation {@code open}, so it appears in the agents' inbox; from then on
 * it stays silent until an agent puts the conversation back to {@code pending}.
 */
@Component
class ChatwootHandler {

	static final String TOKEN_HEADER = "X-Chatwoot-Webhook-Token";

	private final ChannelChat chat;

	private final OutboundClient outbound;

	private final OutboundQueue queue;

	private final ChatwootProperties chatwoot;

	private final ObjectMapper json;

	private final int maxBodyBytes;

	ChatwootHandler(ChannelChat chat, OutboundClient outbound, OutboundQueue queue, ChatwootProperties chatwoot,
			ChannelsProperties channels, ObjectMapper json) {
		this.chat = chat;
		this.outbound = outbound;
		this.queue = queue;
		this.chatwoot = chatwoot;
		this.json = json;
		this.maxBodyBytes = (int) channels.maxBodySize().toBytes();
	}

	Mono<ServerResponse> event(ServerRequest request) {
		if (!this.chatwoot.enabled()) {
			return WebhookRequests.problem(request, WebhookRejection.channelOff("Chatwoot"));
		}
		String token = request.headers().firstHeader(TOKEN_HEADER);
		if (token == null) {
			token = request.queryParam("token").orElse(null);
		}
		if (token == null || token.isEmpty()) {
			return WebhookRequests.problem(request, WebhookRejection.missingSignature("token"));
		}
		if (!WebhookSignatures.constantTimeEquals(this.chatwoot.webhookToken(), token)) {
			return WebhookRequests.problem(request, WebhookRejection.badSignature("token"));
		}
		return WebhookRequests.rawBody(request, this.maxBodyBytes)
			.map(this::parse)
			.flatMap(this::handle)
			.onErrorResume((ex) -> WebhookRequests.failure(request, ex));
	}

	private Mono<ServerResponse> handle(JsonNode event) {
		String text = event.path("content").asText();
		String status = event.path("conversation").path("status").asText();
		boolean incoming = "message_created".equals(event.path("event").asText())
				&& "incoming".equals(event.path("message_type").asText()) && !event.path("private").asBoolean();
		if (!incoming || !"pending".equals(status) || text.isBlank()) {
			return ServerResponse.ok().build(); // our own replies, agents' notes, or a person has taken over
		}
		String account = event.path("account").path("id").asText();
		String conversation = event.path("conversation").path("id").asText();
		ChannelMessage message = new ChannelMessage("chatwoot", event.path("id").asText(), account + "/" + conversation,
				text, ChannelFormat.CHATWOOT);
		return this.chat.reply(message).flatMap((reply) -> {
			if (reply.firstDelivery() && !this.queue.submit(send(account, conversation, reply))) {
				return Mono.error(new IllegalStateException("The outbound queue is full"));
			}
			return ServerResponse.ok().build();
		});
	}

	/**
	 * The reply first, then (on a handoff) the status, so the agent who opens the conversation sees what the visitor
	 * was told.
	 */
	private Mono<JsonNode> send(String account, String conversation, ChannelReply reply) {
		String path = this.chatwoot.baseUrl() + "/api/v1/accounts/" + account + "/conversations/" + conversation;
		Mono<JsonNode> message = this.outbound.post("chatwoot", path + "/messages", this::authorize,
				Map.of("content", reply.rendered().text(), "message_type", "outgoing"));
		if (!reply.handedOff()) {
			return message;
		}
		return message.then(this.outbound.post("chatwoot", path + "/toggle_status", this::authorize,
				Map.of("status", "open")));
	}

	private void authorize(HttpHeaders headers) {
		headers.set("api_access_token", this.chatwoot.apiAccessToken());
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
