package com.clinicfaq.chatbot.channels.telegram;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The Telegram webhook route.
 */
@Configuration(proxyBeanMethods = false)
class TelegramRouter {

	@Bean
	RouterFunction<ServerResponse> telegramRoutes(TelegramHandler handler) {
		return RouterFunctions.route().POST("/webhooks/telegram", handler::update).build();
	}

}
