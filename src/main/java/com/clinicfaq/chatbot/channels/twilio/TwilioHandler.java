package com.clinicfaq.chatbot.channels.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.channels.ChannelChat;
import com.clinicfaq.chatbot.channels.ChannelFormat;
import com.clinicfaq.chatbot.channels.ChannelMessage;
import com.clinicfaq.chatbot.channels.ChannelsProperties;
import com.clinicfaq.chatbot.channels.WebhookRejection;
import com.clinicfaq.chatbot.channels.WebhookRequests;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles Twilio's incoming-message webhook for SMS and WhatsApp: checks {@code X-Twilio-Signature} over the raw
 * form, asks the chat core, and answers with TwiML in the same response (Twilio waits up to 15 seconds).
 */
@Component
class TwilioHandler {

	static final String SIGNATURE = "X-Twilio-Signature";

	private static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

	private final ChannelChat chat;

	private final TwilioProperties twilio;

	private final int maxBodyBytes;

	TwilioHandler(ChannelChat chat, TwilioProperties twilio, ChannelsProperties channels) {
		this.chat = chat;
		this.twilio = twilio;
		this.maxBodyBytes = (int) channels.maxBodySize().toBytes();
	}

	Mono<ServerResponse> message(ServerRequest request) {
		if (!this.twilio.enabled()) {
			return WebhookRequests.problem(request, WebhookRejection.channelOff("Twilio"));
		}
		String signature = request.headers().firstHeader(SIGNATURE);
		if (signature == null || signature.isBlank()) {
			return WebhookRequests.problem(request, WebhookRejection.missingSignature(SIGNATURE));
		}
		// Twilio signs the decoded parameters, not the bytes: the form is decoded, but nothing in it is used, until
		// the signature matches.
		return WebhookRequests.rawBody(request, this.maxBodyBytes)
			.map(TwilioHandler::formOf)
			.map((form) -> verified(form, signature))
			.flatMap(this::reply)
			.onErrorResume((ex) -> WebhookRequests.failure(request, ex));
	}

	private Map<String, List<String>> verified(Map<String, List<String>> form, String signature) {
		if (!TwilioSignature.matches(this.twilio.authToken(), this.twilio.publicUrl(), form, signature)) {
			throw WebhookRejection.badSignature(SIGNATURE);
		}
		return form;
	}

	private Mono<ServerResponse> reply(Map<String, List<String>> form) {
		String from = first(form, "From");
		String messageSid = (first(form, "MessageSid") != null) ? first(form, "MessageSid") : first(form, "SmsSid");
		if (from == null || messageSid == null) {
			throw WebhookRejection.badBody("An incoming message needs From and MessageSid.");
		}
		String body = first(form, "Body");
		if (body == null || body.isBlank()) {
			return twiml(null); // a picture or a location: nothing we can read, and nothing to record
		}
		boolean whatsapp = from.startsWith("whatsapp:");
		ChannelMessage message = new ChannelMessage(whatsapp ? "whatsapp" : "sms", messageSid, from, body,
				whatsapp ? ChannelFormat.WHATSAPP : ChannelFormat.SMS);
		return this.chat.reply(message).flatMap((reply) -> twiml(reply.rendered().text()));
	}

	private static Mono<ServerResponse> twiml(String text) {
		String body = (text != null)
				? "<Response><Message>" + xml(text) + "</Message></Response>"
				: "<Response/>";
		return ServerResponse.ok()
			.contentType(TEXT_XML)
			.bodyValue("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body);
	}

	private static String xml(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	private static String first(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * Decodes {@code application/x-www-form-urlencoded}, keeping repeated names (Twilio signs every value).
	 */
	static Map<String, List<String>> formOf(byte[] body) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		String text = new String(body, StandardCharsets.UTF_8);
		if (text.isBlank()) {
			return form;
		}
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			form.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return form;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw WebhookRejection.badBody("The form body is not valid URL encoding.");
		}
	}

}
