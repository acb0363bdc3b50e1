package com.clinicfaq.chatbot.staff;

import com.clinicfaq.chatbot.web.InvalidRequestException;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The staff page and API routes (all behind {@link StaffSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class StaffRouter {

	@Bean
	RouterFunction<ServerResponse> staffRoutes(StaffHandler handler) {
		return RouterFunctions.route()
			.GET("/staff", handler::page)
			.GET("/staff/", handler::page)
			.GET("/api/v1/transcripts/export", handler::export)
			.GET("/api/v1/transcripts", handler::transcripts)
			.GET("/api/v1/conversations/{id}", handler::conversation)
			.DELETE("/api/v1/conversations/{id}", handler::deleteConversation)
			.GET("/api/v1/insights", handler::insights)
			.GET("/api/v1/intents", handler::intents)
			.POST("/api/v1/intents/{name}/examples", handler::addExample)
			.GET("/api/v1/model", handler::model)
			.filter((request, next) -> Mono.defer(() -> next.handle(request))
				.onErrorResume(InvalidRequestException.class, (ex) -> handler.refused(ex, request)))
			.build();
	}

}
