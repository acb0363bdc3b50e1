package com.clinicfaq.chatbot.nlu;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the curated catalog and trains the intent model in memory at start-up (a broken intent file stops the
 * service with its name and line); staff can retrain it later through {@link CurrentModel}.
 */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(NluConfiguration.class);

	@Bean
	TextNormalizer textNormalizer() {
		return new TextNormalizer();
	}

	@Bean
	IntentModelTrainer intentModelTrainer(TextNormalizer normalizer, NluProperties properties) {
		return new IntentModelTrainer(normalizer, properties);
	}

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService intentRetrainExecutor() {
		return Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "intent-retrain");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	CurrentModel currentModel(IntentsProperties intents, IntentModelTrainer trainer, TextNormalizer normalizer,
			NluProperties properties, ExecutorService intentRetrainExecutor) {
		IntentCatalog catalog = IntentCatalog.load(intents.directory());
		CurrentModel model = new CurrentModel(catalog, trainer::train, (trained) -> new CachingIntentClassifier(
				trained, normalizer, properties.cacheSize(), properties.cacheTtl()), intentRetrainExecutor,
				Clock.systemUTC());
		logger.info("Trained the intent model on {} examples of {} intents in {} ms", catalog.exampleCount(),
				catalog.size(), model.model().trainingTime().toMillis());
		return model;
	}

}
