package com.clinicfaq.chatbot.nlu;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Trains the intent classifier in memory at start-up from the curated catalog.
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

	@Bean
	CachingIntentClassifier intentClassifier(IntentCatalog catalog, IntentModelTrainer trainer,
			TextNormalizer normalizer, NluProperties properties) {
		long start = System.nanoTime();
		IntentClassifier classifier = trainer.train(catalog);
		logger.info("Trained the intent model on {} examples of {} intents in {} ms", catalog.exampleCount(),
				catalog.size(), (System.nanoTime() - start) / 1_000_000);
		return new CachingIntentClassifier(classifier, normalizer, properties.cacheSize(), properties.cacheTtl());
	}

}
