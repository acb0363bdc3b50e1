package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentsProperties;
import com.clinicfaq.chatbot.nlu.NluProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the safety rules and trains the risk detector at start-up (a broken rule or training line stops the service),
 * then retrains the detector in the background when staff teach the catalog a phrase.
 */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SafetyConfiguration.class);

	@Bean
	SafetyScreen safetyScreen(SafetyProperties properties, CurrentRiskDetector detector) {
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(properties.rules()));
		if (detector.get() == null) {
			logger.warn("The risk detector is turned off (chatbot.safety.detector.enabled=false): only the curated "
					+ "rules screen messages");
			return rules;
		}
		return rules.withDetector(detector, properties.detector().thresholds());
	}

	/**
	 * The detector trained at start-up on the catalog as it is then; phrases staff teach later retrain it in the
	 * background ({@link CurrentRiskDetector#catalogChanged}), on one daemon thread of low priority.
	 */
	@Bean
	CurrentRiskDetector currentRiskDetector(SafetyProperties properties, IntentsProperties intents,
			NluProperties nlu) {
		long start = System.nanoTime();
		Path cache = cacheFolder(nlu);
		SafetyScreen screen = RiskDetectors.screen(properties, IntentCatalog.load(intents.directory()), cache);
		RiskDetector initial = screen.detector();
		if (initial != null) {
			logger.info("Risk detector ready (loaded or trained) on {} sentences in {} ms", initial.examples(),
					(System.nanoTime() - start) / 1_000_000);
		}
		Function<IntentCatalog, RiskDetector> trainer = (catalog) -> {
			List<RiskExample> examples = new ArrayList<>(RiskExample.load(properties.detector().data()));
			examples.addAll(RiskDetectors.examplesOf(catalog));
			return RiskDetectors.train(screen, examples, cache);
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
	 * The detector's sentence embeddings and trained model are kept in the folder of the intent model's embedding
	 * cache ({@code chatbot.nlu.embedding-cache}); nothing is kept when that cache is off.
	 */
	private static Path cacheFolder(NluProperties nlu) {
		String cache = nlu.embeddingCache();
		return (cache == null || cache.isBlank()) ? null : Path.of(cache).toAbsolutePath().getParent();
	}

}
