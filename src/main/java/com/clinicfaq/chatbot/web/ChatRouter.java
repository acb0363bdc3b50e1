package com.clinicfaq.chatbot.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The visitor-facing API routes.
 */
@Configuration(proxyBeanMethods = false)
public class ChatRouter {

	@Bean
	RouterFunction<ServerResponse> chatRoutes(ChatHandler handler) {
		return RouterFunctions.route()
			.POST("/api/v1/chat", handler::chat)
			.POST("/api/v1/parse", handler::parse)
			.build();
	}

}
