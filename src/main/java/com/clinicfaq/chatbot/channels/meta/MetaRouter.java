package com.clinicfaq.chatbot.channels.meta;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The Meta webhook routes: the subscription handshake and the events.
 */
@Configuration(proxyBeanMethods = false)
class MetaRouter {

	@Bean
	RouterFunction<ServerResponse> metaRoutes(MetaHandler handler) {
		return RouterFunctions.route()
			.GET("/webhooks/meta", handler::verify)
			.POST("/webhooks/meta", handler::event)
			.build();
	}

}
