package com.clinicfaq.chatbot.nlu;

import java.time.Clock;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Trains the intent classifier in memory at start-up from the curated catalog; staff can retrain it later.
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
	RetrainableIntentClassifier retrainableIntentClassifier(IntentCatalog catalog, IntentModelTrainer trainer) {
		RetrainableIntentClassifier classifier = new RetrainableIntentClassifier(catalog, trainer::train,
				Clock.systemUTC());
		logger.info("Trained the intent model on {} examples of {} intents in {} ms", catalog.exampleCount(),
				catalog.size(), classifier.model().trainingTime().toMillis());
		return classifier;
	}

	@Bean
	@Primary
	CachingIntentClassifier intentClassifier(RetrainableIntentClassifier classifier, TextNormalizer normalizer,
			NluProperties properties) {
		return new CachingIntentClassifier(classifier, normalizer, properties.cacheSize(), properties.cacheTtl());
	}

}
