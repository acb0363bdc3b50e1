package com.clinicfaq.chatbot.safety;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the safety rules and trains the risk detector once at start-up; a broken rule or training line stops the
 * service.
 */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SafetyConfiguration.class);

	@Bean
	SafetyScreen safetyScreen(SafetyProperties properties, IntentsProperties intents) {
		long start = System.nanoTime();
		// the catalog as it is at start-up: phrases taught later retrain the classifier, not the detector
		SafetyScreen screen = RiskDetectors.screen(properties, IntentCatalog.load(intents.directory()));
		if (screen.detector() != null) {
			logger.info("Trained the risk detector on {} sentences in {} ms", screen.detector().examples(),
					(System.nanoTime() - start) / 1_000_000);
		}
		else {
			logger.warn("The risk detector is turned off (chatbot.safety.detector.enabled=false): only the curated "
					+ "rules screen messages");
		}
		return screen;
	}

}
