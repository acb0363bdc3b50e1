package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentsProperties;
import com.clinicfaq.chatbot.nlu.NluProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the safety rules and loads (or trains) the risk detector once at start-up; a broken rule or training line
 * stops the service.
 */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SafetyConfiguration.class);

	/**
	 * The screen, returned at once: the rules and the detector's sentences are read here (a broken line stops the
	 * service), while the detector is loaded from its saved files (or trained) on a thread of its own, so the rest of
	 * the application starts meanwhile; {@link #riskDetectorLoaded(SafetyScreen)} waits for it before the server takes
	 * any request.
	 */
	@Bean
	SafetyScreen safetyScreen(SafetyProperties properties, IntentsProperties intents, NluProperties nlu) {
		long start = System.nanoTime();
		// the catalog as it is at start-up: phrases taught later retrain the classifier, not the detector
		SafetyScreen screen = RiskDetectors.screenLoadingInBackground(properties, IntentCatalog.load(intents.directory()),
				cacheFolder(nlu), (task) -> {
					Thread thread = new Thread(task, "risk-detector-loading");
					thread.setDaemon(true);
					thread.start();
				});
		if (screen.detector() != null) {
			screen.detector().whenLoaded(() -> logger.info("Risk detector ready (loaded or trained) on {} sentences in {} ms",
					screen.detector().examples(), (System.nanoTime() - start) / 1_000_000));
		}
		else {
			logger.warn("The risk detector is turned off (chatbot.safety.detector.enabled=false): only the curated "
					+ "rules screen messages");
		}
		return screen;
	}

	/**
	 * Once every bean is created, and before the web server starts: waits for the risk detector, so that no request
	 * waits for it and a detector that cannot be loaded or trained stops the service.
	 */
	@Bean
	static SmartInitializingSingleton riskDetectorLoaded(SafetyScreen screen) {
		return () -> {
			if (screen.detector() != null) {
				screen.detector().awaitLoaded();
			}
		};
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
