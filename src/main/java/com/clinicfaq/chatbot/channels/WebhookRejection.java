package com.clinicfaq.chatbot.channels;

import org.springframework.http.HttpStatus;

/**
 * A webhook request refused before it reaches the chat core: a channel that is off (404), a missing signature (401),
 * a wrong or stale one (403), a body that is not what the provider sends (400).
 */
public class WebhookRejection extends RuntimeException {

	private final HttpStatus status;

	public WebhookRejection(HttpStatus status, String detail) {
		super(detail, null, false, false);
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

	public static WebhookRejection channelOff(String channel) {
		return new WebhookRejection(HttpStatus.NOT_FOUND, "The " + channel + " channel is not configured.");
	}

	public static WebhookRejection missingSignature(String header) {
		return new WebhookRejection(HttpStatus.UNAUTHORIZED, "The " + header + " header is missing.");
	}

	public static WebhookRejection badSignature(String header) {
		return new WebhookRejection(HttpStatus.FORBIDDEN, "The " + header + " header does not match the request.");
	}

	public static WebhookRejection badBody(String detail) {
		return new WebhookRejection(HttpStatus.BAD_REQUEST, detail);
	}

}
