package com.clinicfaq.chatbot.channels.meta;

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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles Meta's webhooks for the WhatsApp Cloud API and Messenger: the subscription handshake, then signed events,
 * each text message recorded and acknowledged, and its reply sent through the Graph API.
 */
@Component
class MetaHandler {

	private final ChannelChat chat;

	private final OutboundClient outbound;

	private final OutboundQueue queue;

	private final MetaProperties meta;

	private final ObjectMapper json;

	private final int maxBodyBytes;

	MetaHandler(ChannelChat chat, OutboundClient outbound, OutboundQueue queue, MetaProperties meta,
			ChannelsProperties channels, ObjectMapper json) {
		this.chat = chat;
		this.outbound = outbound;
		this.queue = queue;
		this.meta = meta;
		this.json = json;
		this.maxBodyBytes = (int) channels.maxBodySize().toBytes();
	}

	/**
	 * The subscription handshake: Meta sends the verify token typed in the app settings, and wants the challenge back.
	 */
	Mono<ServerResponse> verify(ServerRequest request) {
		if (!this.meta.enabled()) {
			return WebhookRequests.problem(request, WebhookRejection.channelOff("Meta"));
		}
		String mode = request.queryParam("hub.mode").orElse("");
		String token = request.queryParam("hub.verify_token").orElse(null);
		String challenge = request.queryParam("hub.challenge").orElse("");
		if (!"subscribe".equals(mode) || !WebhookSignatures.constantTimeEquals(this.meta.verifyToken(), token)) {
			return WebhookRequests.problem(request, WebhookRejection.badSignature("hub.verify_token"));
		}
		return ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue(challenge);
	}

	Mono<ServerResponse> event(ServerRequest request) {
		if (!this.meta.enabled()) {
			return WebhookRequests.problem(request, WebhookRejection.channelOff("Meta"));
		}
		String signature = request.headers().firstHeader(MetaSignature.HEADER);
		if (signature == null || signature.isBlank()) {
			return WebhookRequests.problem(request, WebhookRejection.missingSignature(MetaSignature.HEADER));
		}
		return WebhookRequests.rawBody(request, this.maxBodyBytes)
			.map((body) -> {
				if (!MetaSignature.matches(this.meta.appSecret(), body, signature)) {
					throw WebhookRejection.badSignature(MetaSignature.HEADER);
				}
				return parse(body);
			})
			.flatMapMany((payload) -> Flux.fromIterable(messagesOf(payload)))
			.concatMap(this::answer)
			.then(ServerResponse.ok().build())
			.onErrorResume((ex) -> WebhookRequests.failure(request, ex));
	}

	/**
	 * A text message and where its reply goes.
	 */
	private record Inbound(ChannelMessage message, String recipient, String phoneNumberId) {

		boolean whatsapp() {
			return "whatsapp".equals(this.message.channel());
		}

	}

	private Mono<Void> answer(Inbound inbound) {
		return this.chat.reply(inbound.message()).flatMap((reply) -> {
			if (reply.firstDelivery() && !this.queue.submit(send(inbound, reply))) {
				return Mono.error(new IllegalStateException("The outbound queue is full"));
			}
			return Mono.empty();
		});
	}

	private Mono<JsonNode> send(Inbound inbound, ChannelReply reply) {
		Map<String, Object> body = new LinkedHashMap<>();
		String path;
		if (inbound.whatsapp()) {
			body.put("messaging_product", "whatsapp");
			body.put("recipient_type", "individual");
			body.put("to", inbound.recipient());
			body.put("type", "text");
			body.put("text", Map.of("preview_url", false, "body", reply.rendered().text()));
			path = "/" + inbound.phoneNumberId() + "/messages";
		}
		else {
			body.put("recipient", Map.of("id", inbound.recipient()));
			body.put("messaging_type", "RESPONSE");
			body.put("message", Map.of("text", reply.rendered().text()));
			path = "/me/messages";
		}
		return this.outbound.post("meta", this.meta.graphBaseUrl() + path,
				(headers) -> headers.setBearerAuth(this.meta.accessToken()), body);
	}

	private List<Inbound> messagesOf(JsonNode payload) {
		List<Inbound> messages = new ArrayList<>();
		String object = payload.path("object").asText();
		for (JsonNode entry : payload.path("entry")) {
			if ("whatsapp_business_account".equals(object)) {
				for (JsonNode change : entry.path("changes")) {
					JsonNode value = change.path("value");
					String phoneNumberId = value.path("metadata").path("phone_number_id").asText(this.meta.phoneNumberId());
					for (JsonNode message : value.path("messages")) {
						String text = message.path("text").path("body").asText();
						if ("text".equals(message.path("type").asText()) && !text.isBlank()) {
							String from = message.path("from").asText();
							messages.add(new Inbound(new ChannelMessage("whatsapp", message.path("id").asText(), from,
									text, ChannelFormat.WHATSAPP), from, phoneNumberId));
						}
					}
				}
			}
			else if ("page".equals(object)) {
				for (JsonNode event : entry.path("messaging")) {
					JsonNode message = event.path("message");
					String text = message.path("text").asText();
					if (!text.isBlank() && !message.path("is_echo").asBoolean()) {
						String sender = event.path("sender").path("id").asText();
						messages.add(new Inbound(new ChannelMessage("messenger", message.path("mid").asText(), sender,
								text, ChannelFormat.MESSENGER), sender, null));
					}
				}
			}
		}
		return messages;
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
