package com.clinicfaq.chatbot.channels.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles Telegram's webhook updates: a text message, or the press of one of the inline-keyboard buttons the
 * previous reply offered (its data is the option's number). The turn is recorded, the update acknowledged, and the
 * reply sent with {@code sendMessage}.
 */
@Component
class TelegramHandler {

	static final String SECRET = "X-Telegram-Bot-Api-Secret-Token";

	private final ChannelChat chat;

	private final OutboundClient outbound;

	private final OutboundQueue queue;

	private final TelegramProperties telegram;

	private final ObjectMapper json;

	private final int maxBodyBytes;

	TelegramHandler(ChannelChat chat, OutboundClient outbound, OutboundQueue queue, TelegramProperties telegram,
			ChannelsProperties channels, ObjectMapper json) {
		this.chat = chat;
		this.outbound = outbound;
		this.queue = queue;
		this.telegram = telegram;
		this.json = json;
		this.maxBodyBytes = (int) channels.maxBodySize().toBytes();
	}

	Mono<ServerResponse> update(ServerRequest request) {
		if (!this.telegram.enabled()) {
			return WebhookRequests.problem(request, WebhookRejection.channelOff("Telegram"));
		}
		String secret = request.headers().firstHeader(SECRET);
		if (secret == null || secret.isEmpty()) {
			return WebhookRequests.problem(request, WebhookRejection.missingSignature(SECRET));
		}
		if (!WebhookSignatures.constantTimeEquals(this.telegram.secretToken(), secret)) {
			return WebhookRequests.problem(request, WebhookRejection.badSignature(SECRET));
		}
		return WebhookRequests.rawBody(request, this.maxBodyBytes)
			.map(this::parse)
			.flatMap(this::handle)
			.onErrorResume((ex) -> WebhookRequests.failure(request, ex));
	}

	private Mono<ServerResponse> handle(JsonNode update) {
		String updateId = update.path("update_id").asText();
		JsonNode callback = update.path("callback_query");
		JsonNode message = callback.isMissingNode() ? update.path("message") : callback.path("message");
		String chatId = message.path("chat").path("id").asText();
		String text = callback.isMissingNode() ? message.path("text").asText() : callback.path("data").asText();
		if (updateId.isEmpty() || chatId.isEmpty() || text.isBlank()) {
			return ServerResponse.ok().build(); // an edit, a sticker, a member update: nothing to answer
		}
		ChannelMessage inbound = new ChannelMessage("telegram", updateId, chatId, text, ChannelFormat.TELEGRAM);
		return this.chat.reply(inbound).flatMap((reply) -> {
			if (reply.firstDelivery() && !this.queue.submit(send(chatId, reply, callback.path("id").asText(null)))) {
				return Mono.error(new IllegalStateException("The outbound queue is full"));
			}
			return ServerResponse.ok().build();
		});
	}

	private Mono<JsonNode> send(String chatId, ChannelReply reply, String callbackId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chat_id", chatId);
		body.put("text", reply.rendered().text());
		List<String> options = reply.rendered().options();
		if (!options.isEmpty()) {
			List<List<Map<String, String>>> rows = new ArrayList<>();
			for (int i = 0; i < options.size(); i++) {
				rows.add(List.of(Map.of("text", options.get(i), "callback_data", String.valueOf(i + 1))));
			}
			body.put("reply_markup", Map.of("inline_keyboard", rows));
		}
		Mono<JsonNode> message = call("sendMessage", body);
		if (callbackId == null) {
			return message;
		}
		// Telegram shows a spinner on the pressed button until the press is answered.
		return call("answerCallbackQuery", Map.of("callback_query_id", callbackId)).then(message);
	}

	private Mono<JsonNode> call(String method, Object body) {
		return this.outbound.post("telegram",
				this.telegram.apiBaseUrl() + "/bot" + this.telegram.botToken() + "/" + method, (headers) -> {
				}, body);
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
