package com.clinicfaq.chatbot.staff;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.clinicfaq.chatbot.intents.IntentFileEditor;
import com.clinicfaq.chatbot.intents.IntentsProperties;
import com.clinicfaq.chatbot.nlu.CurrentModel;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptsProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires the staff features: transcript search, insights, export, teaching phrases with background retraining, the
 * audit log, and the daily transcript retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StaffConfiguration {

	@Bean
	TranscriptSearch transcriptSearch(TranscriptsProperties properties, TranscriptReader reader) {
		return new TranscriptSearch(properties.directory(), reader);
	}

	@Bean
	TranscriptInsights transcriptInsights() {
		return new TranscriptInsights(20);
	}

	@Bean
	AuditLog auditLog(StaffProperties properties, ObjectMapper objectMapper) {
		return new AuditLog(properties.auditLog(), isoDates(objectMapper), Clock.systemUTC());
	}

	@Bean
	ExampleTeacher exampleTeacher(IntentsProperties intents, CurrentModel model, IntentFileEditor editor) {
		return new ExampleTeacher(intents.directory(), model, editor);
	}

	@Bean
	StaffHandler staffHandler(TranscriptSearch search, TranscriptInsights insights, ObjectMapper objectMapper,
			TranscriptFiles files, ExampleTeacher teacher, CurrentModel model, AuditLog audit) {
		return new StaffHandler(search, insights, new TranscriptExport(isoDates(objectMapper)), files, teacher,
				model, audit, Schedulers.boundedElastic());
	}

	@Bean
	TranscriptRetention transcriptRetention(TranscriptFiles files, TranscriptsProperties properties) {
		return new TranscriptRetention(files, properties.retentionDays(), Clock.systemUTC());
	}

	@Bean
	RetentionSchedule retentionSchedule(TranscriptRetention retention) {
		return new RetentionSchedule(retention);
	}

	private static ObjectMapper isoDates(ObjectMapper objectMapper) {
		return objectMapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
	}

	/**
	 * Runs the retention purge once the service is up and then every night at 03:15 UTC.
	 */
	static class RetentionSchedule {

		private final TranscriptRetention retention;

		RetentionSchedule(TranscriptRetention retention) {
			this.retention = retention;
		}

		@EventListener(ApplicationReadyEvent.class)
		void atStartUp() {
			this.retention.purge();
		}

		@Scheduled(cron = "0 15 3 * * *", zone = "UTC")
		void daily() {
			this.retention.purge();
		}

	}

}
