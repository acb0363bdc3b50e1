package com.clinicfaq.chatbot.channels.twilio;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The Twilio webhook route.
 */
@Configuration(proxyBeanMethods = false)
class TwilioRouter {

	@Bean
	RouterFunction<ServerResponse> twilioRoutes(TwilioHandler handler) {
		return RouterFunctions.route().POST("/webhooks/twilio", handler::message).build();
	}

}
