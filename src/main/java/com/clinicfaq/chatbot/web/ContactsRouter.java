package com.clinicfaq.chatbot.web;

import java.time.Duration;

import com.clinicfaq.chatbot.answers.AnswerComposer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /api/v1/contacts}: the configured crisis lines and clinic phone with their {@code tel:} and {@code sms:}
 * links, so the visitor page's banner and replies follow the configuration instead of hard-coding 988 and 911.
 * Public, like the chat API: it holds nothing but what every urgent reply already shows.
 */
@Configuration(proxyBeanMethods = false)
class ContactsRouter {

	@Bean
	RouterFunction<ServerResponse> contactRoutes(AnswerComposer answers) {
		ContactLinks contacts = ContactLinks.of(answers.crisisLines(), answers.clinic());
		return RouterFunctions.route()
			.GET("/api/v1/contacts", (request) -> ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
				.bodyValue(contacts))
			.build();
	}

}
