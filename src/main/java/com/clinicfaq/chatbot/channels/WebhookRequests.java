package com.clinicfaq.chatbot.channels;

import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Reads a webhook's raw body (signatures are computed over the exact bytes, so nothing parses it first) and turns
 * rejections into problem details.
 */
public final class WebhookRequests {

	private static final Logger logger = LoggerFactory.getLogger(WebhookRequests.class);

	private WebhookRequests() {
	}

	/**
	 * The raw body, empty when there is none; 413 past the limit.
	 */
	public static Mono<byte[]> rawBody(ServerRequest request, int maxBytes) {
		OptionalLong length = request.headers().contentLength();
		if (length.isPresent() && length.getAsLong() > maxBytes) {
			return Mono.error(tooLarge(maxBytes));
		}
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), maxBytes)
			.map((buffer) -> {
				try {
					byte[] bytes = new byte[buffer.readableByteCount()];
					buffer.read(bytes);
					return bytes;
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(maxBytes))
			.defaultIfEmpty(new byte[0]);
	}

	public static Mono<ServerResponse> problem(ServerRequest request, WebhookRejection rejection) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(rejection.status(), rejection.getMessage());
		problem.setInstance(request.uri().resolve(request.path()));
		return ServerResponse.status(rejection.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem);
	}

	/**
	 * A rejection's problem, or 503 for anything else (the turn could not be recorded, the send queue is full): the
	 * provider retries the delivery later, and no internals leak.
	 */
	public static Mono<ServerResponse> failure(ServerRequest request, Throwable ex) {
		if (ex instanceof WebhookRejection rejection) {
			return problem(request, rejection);
		}
		logger.error("Webhook {} failed", request.path(), ex);
		return unavailable(request);
	}

	public static Mono<ServerResponse> unavailable(ServerRequest request) {
		return problem(request, new WebhookRejection(HttpStatus.SERVICE_UNAVAILABLE,
				"The message could not be processed now; please retry."));
	}

	private static WebhookRejection tooLarge(int maxBytes) {
		return new WebhookRejection(HttpStatus.PAYLOAD_TOO_LARGE,
				"The request body is larger than the limit of " + maxBytes + " bytes.");
	}

}
