package com.clinicfaq.chatbot.web;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The floor for load tests ({@code scripts/bench.sh}): {@code POST /bench/echo} reads the same JSON body as the chat
 * API and answers a fixed JSON object, so it measures only the server, the filters and JSON. It exists only with
 * the {@code bench} profile, never in production.
 */
@Profile("bench")
@Configuration(proxyBeanMethods = false)
class BenchEchoRouter {

	private static final Map<String, Object> FIXED = Map.of("ok", true);

	@Bean
	RouterFunction<ServerResponse> benchEchoRoute(ObjectMapper json) {
		return RouterFunctions.route()
			.POST("/bench/echo", (request) -> request.bodyToMono(byte[].class)
				.map((body) -> {
					try {
						return json.readValue(body, ChatMessageRequest.class).text().length();
					}
					catch (java.io.IOException ex) {
						throw new InvalidRequestException(org.springframework.http.HttpStatus.BAD_REQUEST,
								"Malformed JSON");
					}
				})
				.flatMap((length) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(FIXED)))
			.build();
	}

}
