package com.clinicfaq.chatbot.staff;

import java.time.Clock;

import com.clinicfaq.chatbot.alerts.AlertBoard;
import com.clinicfaq.chatbot.intents.IntentFileEditor;
import com.clinicfaq.chatbot.intents.IntentsProperties;
import com.clinicfaq.chatbot.nlu.CurrentModel;
import com.clinicfaq.chatbot.safety.CurrentRiskDetector;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptsProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the staff features: transcript search, insights, export, teaching phrases with background retraining, the
 * audit log.
 */
@Configuration(proxyBeanMethods = false)
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
	ExampleTeacher exampleTeacher(IntentsProperties intents, CurrentModel model, IntentFileEditor editor,
			ObjectProvider<CurrentRiskDetector> riskDetector) {
		return new ExampleTeacher(intents.directory(), model, editor,
				(catalog) -> riskDetector.ifAvailable((detector) -> detector.catalogChanged(catalog)));
	}

	@Bean
	StaffHandler staffHandler(TranscriptSearch search, TranscriptInsights insights, ObjectMapper objectMapper,
			TranscriptFiles files, AlertBoard alerts, ExampleTeacher teacher, CurrentModel model, AuditLog audit) {
		return new StaffHandler(search, insights, new TranscriptExport(isoDates(objectMapper)), files, alerts, teacher,
				model, audit, Schedulers.boundedElastic());
	}

	private static ObjectMapper isoDates(ObjectMapper objectMapper) {
		return objectMapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
	}

}
