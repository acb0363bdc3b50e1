package com.clinicfaq.chatbot.alerts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptsProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
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

	/**
	 * The journal beside the transcripts, with their fsync, encryption key and retention: alerts carry the same
	 * redacted text.
	 */
	@Bean(destroyMethod = "close")
	AlertJournal alertJournal(AlertsProperties properties, TranscriptsProperties transcripts,
			ObjectMapper objectMapper) {
		Path directory = (properties.journal().directory() != null
				&& !properties.journal().directory().toString().isBlank()) ? properties.journal().directory()
						: transcripts.directory().resolve("alerts");
		return new AlertJournal(directory, transcripts.fsync(),
				objectMapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS), transcripts.cipher(),
				Schedulers.boundedElastic(), Clock.systemUTC(), Duration.ofSeconds(5));
	}

	/**
	 * What the journal holds at start-up, after the files past the transcripts' retention are deleted.
	 */
	@Bean
	RestoredAlerts restoredAlerts(AlertJournal journal, TranscriptsProperties transcripts) {
		purge(journal, transcripts.retentionDays());
		AlertJournal.Loaded loaded = journal.load();
		long open = loaded.alerts().stream().filter((status) -> status.acknowledgement() == null).count();
		if (!loaded.alerts().isEmpty() || loaded.damaged() > 0) {
			logger.info("Restored {} alert(s) from {}, {} of them not acknowledged yet{}", loaded.alerts().size(),
					journal.directory(), open,
					(loaded.damaged() > 0) ? "; " + loaded.damaged() + " unreadable line(s) skipped" : "");
		}
		return new RestoredAlerts(loaded.alerts());
	}

	@Bean
	AlertBoard alertBoard(AlertsProperties properties, AlertRoutes routes, AlertJournal journal,
			RestoredAlerts restored) {
		AlertBoard board = new AlertBoard(routes.all().stream().map(AlertRoute::name).toList(), properties.recent(),
				Clock.systemUTC(), journal);
		board.restore(restored.alerts());
		return board;
	}

	@Bean(destroyMethod = "stop")
	AlertDispatcher alertDispatcher(AlertsProperties properties, AlertRoutes routes, AlertBoard board,
			RestoredAlerts restored, TranscriptsProperties transcripts, TranscriptReader reader) {
		AlertDispatcher.Policy policy = AlertDispatcher.Policy.of(properties);
		AlertDispatcher dispatcher = new AlertDispatcher(routes.all(), board, new PersonalDataRedactor(),
				properties.staffBaseUrl(), policy);
		Instant now = Instant.now();
		dispatcher.resume(restored.alerts(), now);
		recoverUnjournaled(dispatcher, restored, transcripts, reader, policy, now);
		return dispatcher;
	}

	/**
	 * Raises the alerts of the urgent turns of the last {@code resendMaxAge} that are in the transcript (and its
	 * fallback folder) but not in the journal. Reading the transcript can fail (a damaged disk, a key that was
	 * changed): that is logged and never stops the start-up.
	 */
	static int recoverUnjournaled(AlertDispatcher dispatcher, RestoredAlerts restored,
			TranscriptsProperties transcripts, TranscriptReader reader, AlertDispatcher.Policy policy, Instant now) {
		LocalDate firstDay = now.minus(policy.resendMaxAge()).atZone(ZoneOffset.UTC).toLocalDate();
		List<TranscriptEntry> entries = new ArrayList<>();
		List<Path> folders = new ArrayList<>(List.of(transcripts.directory()));
		if (transcripts.fallbackDirectory() != null && !transcripts.fallbackDirectory().toString().isBlank()) {
			folders.add(transcripts.fallbackDirectory());
		}
		for (Path folder : folders) {
			try {
				TranscriptFiles.dayFiles(folder, firstDay, null).forEach((file) -> entries.addAll(reader.read(file)));
			}
			catch (RuntimeException ex) {
				logger.error("Cannot read the transcripts in {} to find urgent turns whose alert was not journaled; "
						+ "check the staff page for urgent turns of the last {}", folder,
						AlertDispatcher.readable(policy.resendMaxAge()), ex);
			}
		}
		Set<String> journaled = restored.alerts().stream().map((status) -> status.alert().id()).collect(
				Collectors.toSet());
		return dispatcher.recover(entries, journaled, now);
	}

	/**
	 * Stops the dispatcher as soon as the context starts to close (before the lifecycle phase that shuts the HTTP
	 * client's event loops down), so deliveries still owed are not failed by the shutdown itself.
	 */
	@Bean
	ApplicationListener<ContextClosedEvent> alertDispatcherShutdown(AlertDispatcher dispatcher) {
		return (event) -> dispatcher.stop();
	}

	@Bean
	JournalRetention alertJournalRetention(AlertJournal journal, TranscriptsProperties transcripts) {
		return new JournalRetention(journal, transcripts.retentionDays());
	}

	static void purge(AlertJournal journal, int retentionDays) {
		if (retentionDays <= 0) {
			return;
		}
		try {
			List<Path> deleted = journal.deleteBefore(LocalDate.now(ZoneOffset.UTC).minusDays(retentionDays - 1L));
			if (!deleted.isEmpty()) {
				logger.info("Deleted {} alert journal file(s) older than {} days", deleted.size(), retentionDays);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot delete old alert journal files in {}", journal.directory(), ex);
		}
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
	 * The alerts read back from the journal at start-up, oldest first.
	 */
	record RestoredAlerts(List<AlertStatus> alerts) {

		RestoredAlerts {
			alerts = List.copyOf(alerts);
		}

	}

	/**
	 * Deletes journal files past the transcripts' retention every night at 03:20 UTC (after the transcripts' own
	 * purge).
	 */
	static class JournalRetention {

		private final AlertJournal journal;

		private final int retentionDays;

		JournalRetention(AlertJournal journal, int retentionDays) {
			this.journal = journal;
			this.retentionDays = retentionDays;
		}

		@Scheduled(cron = "0 20 3 * * *", zone = "UTC")
		void daily() {
			purge(this.journal, this.retentionDays);
		}

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
