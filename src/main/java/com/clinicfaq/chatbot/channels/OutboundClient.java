package com.clinicfaq.chatbot.channels;

import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Calls the providers' APIs (Graph API, Slack, Telegram, Chatwoot) without blocking: a connect and a response
 * timeout, retries with exponential backoff on 429, 5xx and network errors (never on other 4xx, which a retry cannot
 * fix), and every final failure logged and counted in {@code chatbot.channels.outbound.failures}.
 */
public class OutboundClient {

	private static final Logger logger = LoggerFactory.getLogger(OutboundClient.class);

	private final WebClient client;

	private final ChannelsProperties.Outbound settings;

	private final MeterRegistry meters;

	public OutboundClient(WebClient.Builder builder, ChannelsProperties.Outbound settings, MeterRegistry meters) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
			.responseTimeout(settings.responseTimeout());
		this.client = builder.clientConnector(new ReactorClientHttpConnector(http)).build();
		this.settings = settings;
		this.meters = meters;
	}

	/**
	 * POSTs a JSON body and returns the JSON answer ({@code null} fields are the provider's business).
	 */
	public Mono<JsonNode> post(String provider, String uri, Consumer<HttpHeaders> headers, Object body) {
		return this.client.post()
			.uri(uri)
			.headers(headers)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(JsonNode.class)
			.retryWhen(Retry.backoff(this.settings.retries(), this.settings.firstBackoff())
				.filter(OutboundClient::worthRetrying)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.doOnSuccess((answer) -> this.meters.counter("chatbot.channels.outbound.sent", "provider", provider)
				.increment())
			.doOnError((ex) -> {
				this.meters.counter("chatbot.channels.outbound.failures", "provider", provider).increment();
				logger.error("Call to {} failed: {}", provider, describe(ex));
			});
	}

	static boolean worthRetrying(Throwable ex) {
		if (ex instanceof WebClientResponseException response) {
			return response.getStatusCode().value() == 429 || response.getStatusCode().is5xxServerError();
		}
		return ex instanceof WebClientRequestException || ex instanceof TimeoutException;
	}

	/**
	 * The status and URL path, never the URL itself: Telegram puts the bot token in the path.
	 */
	private static String describe(Throwable ex) {
		if (ex instanceof WebClientResponseException response) {
			return response.getStatusCode().value() + " " + response.getStatusText();
		}
		return ex.getClass().getSimpleName();
	}

}
