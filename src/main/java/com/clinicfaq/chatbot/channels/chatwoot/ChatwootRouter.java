package com.clinicfaq.chatbot.channels.chatwoot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The Chatwoot Agent Bot webhook route.
 */
@Configuration(proxyBeanMethods = false)
class ChatwootRouter {

	@Bean
	RouterFunction<ServerResponse> chatwootRoutes(ChatwootHandler handler) {
		return RouterFunctions.route().POST("/webhooks/chatwoot", handler::event).build();
	}

}
