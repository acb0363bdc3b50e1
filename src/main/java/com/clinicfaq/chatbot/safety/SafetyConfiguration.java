package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.StartupCatalog;
import com.clinicfaq.chatbot.nlu.NluProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the safety rules and loads (or trains) the risk detector at start-up (a broken rule or training line stops
 * the service), then retrains the detector in the background when staff teach the catalog a phrase.
 */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SafetyConfiguration.class);

	/**
	 * The curated rules, read once at start for the screen and for the detector's preparation of its sentences (a
	 * broken rule stops the start, naming its file and line).
	 */
	@Bean
	SafetyRules safetyRules(SafetyProperties properties) {
		return SafetyRules.load(properties.rules());
	}

	@Bean
	SafetyScreen safetyScreen(SafetyRules safetyRules, SafetyProperties properties, CurrentRiskDetector detector,
			NluProperties nlu) {
		SafetyScreen rules = RiskDetectors.withSpanish(new SafetyScreen(safetyRules), properties, cacheFolder(nlu));
		if (detector.get() == null) {
			logger.warn("The risk detector is turned off (chatbot.safety.detector.enabled=false): only the curated "
					+ "rules screen messages");
			return rules;
		}
		return rules.withDetector(detector, properties.detector().thresholds());
	}

	/**
	 * The detector of the catalog as it is at start-up, returned at once: the rules are read here, while the
	 * detector's sentences and the catalog are read and the detector is loaded from its saved files (or trained) on a
	 * thread of its own, so the rest of the application starts meanwhile (a broken rule or sentence line stops the
	 * service); {@link #riskDetectorLoaded} waits for it
	 * before the server takes any request. Phrases staff teach later retrain it in the background
	 * ({@link CurrentRiskDetector#catalogChanged}), on one daemon thread of low priority.
	 */
	@Bean
	CurrentRiskDetector currentRiskDetector(SafetyRules safetyRules, SafetyProperties properties,
			StartupCatalog startupCatalog, NluProperties nlu) {
		long start = System.nanoTime();
		Path cache = cacheFolder(nlu);
		SafetyScreen screen = RiskDetectors.screenLoadingInBackground(safetyRules, properties,
				startupCatalog::get, cache, (task) -> {
					Thread thread = new Thread(task, "risk-detector-loading");
					thread.setDaemon(true);
					thread.start();
				});
		RiskDetector initial = screen.detector();
		if (initial != null) {
			initial.whenLoaded(() -> logger.info("Risk detector ready (loaded or trained) on {} sentences in {} ms",
					initial.examples(), (System.nanoTime() - start) / 1_000_000));
		}
		Function<IntentCatalog, RiskDetector> trainer = (catalog) -> {
			List<RiskExample> examples = new ArrayList<>(RiskExample.load(properties.detector().data()));
			examples.addAll(RiskDetectors.examplesOf(catalog));
			return RiskDetectors.train(screen, examples, cache, properties.detector());
		};
		Executor retrainer = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "risk-detector-retrain");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
		return new CurrentRiskDetector(initial, trainer, (task) -> {
			if (initial != null) {
				retrainer.execute(task);
			}
		});
	}

	/**
	 * Once every bean is created, and before the web server starts: waits for the risk detector, so that no request
	 * waits for it and a detector that cannot be loaded or trained stops the service.
	 */
	@Bean
	static SmartInitializingSingleton riskDetectorLoaded(CurrentRiskDetector detector) {
		return () -> {
			if (detector.get() != null) {
				detector.get().awaitLoaded();
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
