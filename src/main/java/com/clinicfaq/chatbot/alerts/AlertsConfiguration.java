package com.clinicfaq.chatbot.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Wires the alert routes that are configured, and says at start-up which ones are on, loudly when none is.
 */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(AlertsConfiguration.class);

	@Bean
	AlertRoutes alertRoutes(AlertsProperties properties, WebClient.Builder webClients, ObjectMapper objectMapper,
			ObjectProvider<JavaMailSender> mailSender) {
		List<AlertRoute> routes = routes(properties, webClients, objectMapper, mailSender.getIfAvailable());
		if (routes.isEmpty()) {
			logger.warn("No staff alert route is configured (chatbot.alerts.webhook.url, chatbot.alerts.slack."
					+ "webhook-url, chatbot.alerts.email.to): urgent turns will NOT be pushed to anyone; staff see "
					+ "them only on the staff page.");
		}
		else {
			logger.info("Urgent turns are pushed to staff via {}; links point to {}",
					routes.stream().map(AlertRoute::name).toList(), properties.staffBaseUrl());
			if ("localhost".equals(properties.staffBaseUrl().getHost())) {
				logger.warn("chatbot.alerts.staff-base-url is {}: links in alerts will not open for staff on other "
						+ "machines; set it to the staff page's public address", properties.staffBaseUrl());
			}
		}
		return new AlertRoutes(routes);
	}

	@Bean
	AlertBoard alertBoard(AlertsProperties properties, AlertRoutes routes) {
		return new AlertBoard(routes.all().stream().map(AlertRoute::name).toList(), properties.recent(),
				Clock.systemUTC());
	}

	@Bean(destroyMethod = "stop")
	AlertDispatcher alertDispatcher(AlertsProperties properties, AlertRoutes routes, AlertBoard board) {
		return new AlertDispatcher(routes.all(), board, new PersonalDataRedactor(), properties.staffBaseUrl(),
				AlertDispatcher.Policy.of(properties));
	}

	static List<AlertRoute> routes(AlertsProperties properties, WebClient.Builder webClients,
			ObjectMapper objectMapper, JavaMailSender mailSender) {
		List<AlertRoute> routes = new ArrayList<>();
		if (properties.webhook().enabled()) {
			if (!properties.webhook().hasSecret()) {
				// an unsigned alert could be forged by anyone who finds the receiver; refuse to start instead
				throw new IllegalStateException("chatbot.alerts.webhook.url is set but chatbot.alerts.webhook.secret "
						+ "is not: set the shared signing secret (for example ALERTS_WEBHOOK_SECRET)");
			}
			ObjectMapper json = objectMapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
			routes.add(new WebhookRoute(webClients.build(), properties.webhook().url(),
					new WebhookSignature(properties.webhook().secret()), json, Clock.systemUTC()));
		}
		if (properties.slack().enabled()) {
			routes.add(new SlackRoute(webClients.build(), properties.slack().webhookUrl()));
		}
		if (properties.email().enabled()) {
			if (mailSender == null) {
				throw new IllegalStateException("chatbot.alerts.email.to is set but no mail server is: set "
						+ "spring.mail.host (and spring.mail.port, spring.mail.username, spring.mail.password)");
			}
			routes.add(new EmailRoute(mailSender, properties.email().to(), properties.email().from(),
					Schedulers.boundedElastic()));
		}
		return routes;
	}

	/**
	 * The configured routes, in the order they are tried.
	 */
	record AlertRoutes(List<AlertRoute> all) {

		AlertRoutes {
			all = List.copyOf(all);
		}

	}

}
