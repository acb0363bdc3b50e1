package com.clinicfaq.chatbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Renders every error under {@code /api/} that no handler turned into a response (an unknown path, a wrong method,
 * a bug) as an RFC 9457 problem, never with internals or a stack trace.
 */
@Component
@Order(-2)
class ProblemDetailsExceptionHandler implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

	private final ObjectMapper json;

	ProblemDetailsExceptionHandler(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted() || !exchange.getRequest().getPath().value().startsWith("/api/")) {
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
		logger.error("Unexpected error", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Please try again; if it keeps happening, contact the clinic.");
	}

}
