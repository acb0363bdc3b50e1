package com.clinicfaq.chatbot.alerts;

import java.net.URI;
import java.time.Clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Posts each alert as JSON to the clinic's own endpoint, signed (see {@link WebhookSignature}) so the receiver can
 * tell it came from this service. Each attempt is signed afresh with the time it is sent; the delivery id header
 * stays the same across retries so the receiver can drop duplicates.
 */
class WebhookRoute implements AlertRoute {

	private final WebClient client;

	private final URI url;

	private final WebhookSignature signature;

	private final ObjectMapper json;

	private final Clock clock;

	WebhookRoute(WebClient client, URI url, WebhookSignature signature, ObjectMapper json, Clock clock) {
		this.client = client;
		this.url = url;
		this.signature = signature;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public Mono<Void> send(Alert alert) {
		return Mono.fromCallable(() -> body(alert)).flatMap((body) -> {
			long timestamp = this.clock.instant().getEpochSecond();
			return this.client.post()
				.uri(this.url)
				.contentType(MediaType.APPLICATION_JSON)
				.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
				.header(WebhookSignature.SIGNATURE_HEADER, this.signature.sign(timestamp, body))
				.header(WebhookSignature.DELIVERY_HEADER, alert.id())
				.bodyValue(body)
				.retrieve()
				.toBodilessEntity()
				.then();
		});
	}

	@Override
	public boolean retryable(Throwable failure) {
		return HttpFailures.retryable(failure);
	}

	private byte[] body(Alert alert) throws JsonProcessingException {
		return this.json.writeValueAsBytes(new Payload("urgent_turn", alert));
	}

	/**
	 * The JSON posted: {@code {"type": "urgent_turn", "alert": {...}}}.
	 */
	record Payload(String type, Alert alert) {
	}

}
