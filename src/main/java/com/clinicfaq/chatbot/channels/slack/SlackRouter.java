package com.clinicfaq.chatbot.channels.slack;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The Slack Events API route.
 */
@Configuration(proxyBeanMethods = false)
class SlackRouter {

	@Bean
	RouterFunction<ServerResponse> slackRoutes(SlackHandler handler) {
		return RouterFunctions.route().POST("/webhooks/slack", handler::event).build();
	}

}
