package com.clinicfaq.chatbot.web;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Lets the chat widget on a clinic's own web site call {@code POST /api/v1/chat} from the browser, and only from the
 * origins listed in {@code chatbot.web.allowed-origins}. Nothing else is opened: no credentials, no other path, no
 * origin by default.
 */
@Configuration(proxyBeanMethods = false)
class WidgetCorsConfiguration {

	@Bean
	CorsWebFilter widgetCorsFilter(WebProperties properties) {
		return widgetCors(properties.allowedOrigins());
	}

	static CorsWebFilter widgetCors(List<String> allowedOrigins) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!allowedOrigins.isEmpty()) {
			CorsConfiguration chat = new CorsConfiguration();
			chat.setAllowedOrigins(allowedOrigins);
			chat.setAllowedMethods(List.of("POST"));
			chat.setAllowedHeaders(List.of("Content-Type", "Accept"));
			chat.setAllowCredentials(false);
			chat.setMaxAge(Duration.ofHours(1));
			source.registerCorsConfiguration("/api/v1/chat", chat);
		}
		return new CorsWebFilter(source);
	}

}
