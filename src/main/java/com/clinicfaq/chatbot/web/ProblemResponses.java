package com.clinicfaq.chatbot.web;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * The one way the edges (visitor chat, staff API, staff security) answer with an RFC 9457 problem: the status, a
 * detail that names what was wrong, and the request's path as {@code instance}.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/**
	 * A problem response from a handler.
	 */
	public static Mono<ServerResponse> problem(ServerRequest request, HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(request.uri().resolve(request.path()));
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(problem);
	}

	/**
	 * Writes a problem straight to the exchange's response, for filters and exception handlers that run outside a
	 * handler.
	 */
	public static Mono<Void> write(ServerWebExchange exchange, ObjectMapper json, ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		problem.setInstance(exchange.getRequest().getURI().resolve(exchange.getRequest().getPath().value()));
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return response.writeWith(Mono.fromCallable(() -> response.bufferFactory()
			.wrap(json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8))));
	}

}
