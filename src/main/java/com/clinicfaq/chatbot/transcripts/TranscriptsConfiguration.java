package com.clinicfaq.chatbot.transcripts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the transcript files and the writer that keeps their I/O off the event loop.
 */
@Configuration(proxyBeanMethods = false)
class TranscriptsConfiguration {

	@Bean(destroyMethod = "close")
	TranscriptFiles transcriptFiles(TranscriptsProperties properties, ObjectMapper objectMapper) {
		return new TranscriptFiles(properties.directory(), properties.fsync(), transcriptJson(objectMapper));
	}

	@Bean(destroyMethod = "close")
	TranscriptWriter transcriptWriter(TranscriptFiles files, TranscriptsProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		return new TranscriptWriter(files, Schedulers.boundedElastic(), properties.queueCapacity(),
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	TranscriptReader transcriptReader(ObjectMapper objectMapper) {
		return new TranscriptReader(transcriptJson(objectMapper));
	}

	static ObjectMapper transcriptJson(ObjectMapper objectMapper) {
		return objectMapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
	}

}
