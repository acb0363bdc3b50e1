package com.clinicfaq.chatbot.staff;

import com.clinicfaq.chatbot.alerts.AlertBoard;
import com.clinicfaq.chatbot.web.InvalidRequestException;
import com.clinicfaq.chatbot.web.ProblemResponses;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The staff routes for urgent-turn alerts (behind {@link StaffSecurityConfiguration} like every staff path): the
 * recent alerts, their live stream, and the acknowledgement.
 */
@Configuration(proxyBeanMethods = false)
class AlertsRouter {

	@Bean
	AlertsHandler alertsHandler(AlertBoard board, AuditLog audit) {
		return new AlertsHandler(board, audit, Schedulers.boundedElastic());
	}

	@Bean
	RouterFunction<ServerResponse> staffAlertRoutes(AlertsHandler handler) {
		return RouterFunctions.route()
			.GET("/api/v1/alerts/stream", handler::stream)
			.GET("/api/v1/alerts", handler::recent)
			.POST("/api/v1/alerts/{id}/acknowledgement", handler::acknowledge)
			.filter((request, next) -> Mono.defer(() -> next.handle(request))
				.onErrorResume(InvalidRequestException.class,
						(ex) -> ProblemResponses.problem(request, ex.status(), ex.getMessage())))
			.build();
	}

}
