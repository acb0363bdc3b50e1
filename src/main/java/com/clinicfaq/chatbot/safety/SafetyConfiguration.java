package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentsProperties;
import com.clinicfaq.chatbot.nlu.NluProperties;
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
	SafetyScreen safetyScreen(SafetyProperties properties, IntentsProperties intents, NluProperties nlu) {
		long start = System.nanoTime();
		// the catalog as it is at start-up: phrases taught later retrain the classifier, not the detector
		SafetyScreen screen = RiskDetectors.screen(properties, IntentCatalog.load(intents.directory()),
				cacheFolder(nlu));
		if (screen.detector() != null) {
			logger.info("Risk detector ready (loaded or trained) on {} sentences in {} ms", screen.detector().examples(),
					(System.nanoTime() - start) / 1_000_000);
		}
		else {
			logger.warn("The risk detector is turned off (chatbot.safety.detector.enabled=false): only the curated "
					+ "rules screen messages");
		}
		return screen;
	}

	/**
	 * The detector's sentence embeddings and trained model are kept in the folder of the intent model's embedding
	 * cache ({@code chatbot.nlu.embedding-cache}); nothing is kept when that cache is off.
	 */
	private static Path cacheFolder(NluProperties nlu) {
		String cache = nlu.embeddingCache();
		return (cache == null || cache.isBlank()) ? null : Path.of(cache).toAbsolutePath().getParent();
	}

}
