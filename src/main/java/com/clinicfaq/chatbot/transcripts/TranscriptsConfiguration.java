package com.clinicfaq.chatbot.transcripts;

import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires the transcript files, the writer that keeps their I/O off the event loop, and the daily retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TranscriptsConfiguration {

	@Bean(destroyMethod = "close")
	TranscriptFiles transcriptFiles(TranscriptsProperties properties, ObjectMapper objectMapper) {
		// the redaction's first-name list, read while the rest of the service starts (restart to first answer)
		FirstNames.preload();
		return new TranscriptFiles(properties.directory(), properties.fsync(), transcriptJson(objectMapper),
				properties.cipher());
	}

	@Bean(destroyMethod = "close")
	TranscriptWriter transcriptWriter(TranscriptFiles files, TranscriptsProperties properties,
			ObjectMapper objectMapper, ObjectProvider<MeterRegistry> meters) {
		TranscriptFiles fallback = (properties.fallbackDirectory() != null
				&& !properties.fallbackDirectory().toString().isBlank())
				? new TranscriptFiles(properties.fallbackDirectory(), properties.fsync(), transcriptJson(objectMapper),
						properties.cipher())
				: null;
		return new TranscriptWriter(files, fallback, Schedulers.boundedElastic(), properties.queueCapacity(),
				Duration.ofSeconds(5), meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * DOWN while the transcript cannot be written or urgent turns wait in memory; part of the readiness group, so a
	 * load balancer stops sending visitors to an instance that cannot record them.
	 */
	@Bean
	HealthIndicator transcriptsHealthIndicator(TranscriptWriter writer) {
		return () -> {
			TranscriptWriter.Status status = writer.status();
			Health.Builder health = status.writable() ? Health.up() : Health.down();
			if (status.lastError() != null) {
				health.withDetail("lastError", status.lastError());
			}
			return health.withDetail("urgentHeldInMemory", status.urgentHeldInMemory())
				.withDetail("urgentInFallback", status.urgentInFallback())
				.build();
		};
	}

	@Bean
	TranscriptReader transcriptReader(ObjectMapper objectMapper, TranscriptsProperties properties) {
		return new TranscriptReader(transcriptJson(objectMapper), properties.cipher());
	}

	@Bean
	TranscriptRetention transcriptRetention(TranscriptFiles files, TranscriptsProperties properties) {
		return new TranscriptRetention(files, properties.retentionDays(), Clock.systemUTC());
	}

	@Bean
	RetentionSchedule retentionSchedule(TranscriptRetention retention) {
		return new RetentionSchedule(retention);
	}

	static ObjectMapper transcriptJson(ObjectMapper objectMapper) {
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
