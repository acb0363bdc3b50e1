package com.clinicfaq.chatbot.web;

import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Renders every error under {@code /api/} and {@code /webhooks/} that no handler turned into a response (an unknown
 * path, a wrong method, a bug) as an RFC 9457 problem, never with internals or a stack trace.
 */
@Component
@Order(-2)
class ProblemDetailsExceptionHandler implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

	private final ObjectMapper json;

	/** At most five stack traces a minute per kind of error; one repeated bad request cannot fill the disk. */
	private final LogThrottle throttle = new LogThrottle(5, Duration.ofMinutes(1), Clock.systemUTC());

	ProblemDetailsExceptionHandler(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		String path = exchange.getRequest().getPath().value();
		if (response.isCommitted() || !(path.startsWith("/api/") || path.startsWith("/webhooks/"))) {
			return Mono.error(ex);
		}
		return ProblemResponses.write(exchange, this.json, problemOf(ex));
	}

	private ProblemDetail problemOf(Throwable ex) {
		if (ex instanceof ResponseStatusException status) {
			String detail = (status.getReason() != null) ? status.getReason()
					: HttpStatus.valueOf(status.getStatusCode().value()).getReasonPhrase();
			return ProblemDetail.forStatusAndDetail(status.getStatusCode(), detail);
		}
		if (ex instanceof InvalidMediaTypeException) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"The Content-Type header is not a valid media type.");
		}
		LogThrottle.Permit permit = this.throttle.permit(ex.getClass().getName());
		if (permit.allowed()) {
			logger.error("Unexpected error ({} like it not logged in the last minute)", permit.suppressed(), ex);
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Please try again; if it keeps happening, contact the clinic.");
	}

}
