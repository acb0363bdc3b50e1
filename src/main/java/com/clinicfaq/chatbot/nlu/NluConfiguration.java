package com.clinicfaq.chatbot.nlu;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
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
		logger.info("Intent model ready (loaded or trained) on {} examples of {} intents in {} ms", catalog.exampleCount(),
				catalog.size(), classifier.model().trainingTime().toMillis());
		return classifier;
	}

	@Bean
	CachingIntentClassifier cachingIntentClassifier(RetrainableIntentClassifier classifier, TextNormalizer normalizer,
			NluProperties properties) {
		return new CachingIntentClassifier(classifier, normalizer, properties.cacheSize(), properties.cacheTtl());
	}

	@Bean
	@Primary
	MeteredIntentClassifier intentClassifier(CachingIntentClassifier classifier, MeterRegistry meters) {
		return new MeteredIntentClassifier(classifier, meters);
	}

	/**
	 * The model's version (1 at start-up, one more per retrain) and how long its training took.
	 */
	@Bean
	MeterBinder intentModelMetrics(RetrainableIntentClassifier classifier) {
		return (meters) -> {
			Gauge.builder("chatbot.model.version", classifier, (c) -> c.model().version())
				.description("Version of the intent model answering requests")
				.register(meters);
			TimeGauge.builder("chatbot.model.training", classifier, TimeUnit.MILLISECONDS,
					(c) -> c.model().trainingTime().toMillis())
				.description("How long the current intent model took to train (or to load)")
				.register(meters);
		};
	}

	/**
	 * Part of the readiness group: the service takes traffic only once a model answers.
	 */
	@Bean
	HealthIndicator intentModelHealthIndicator(RetrainableIntentClassifier classifier) {
		return () -> {
			RetrainableIntentClassifier.Model model = classifier.model();
			if (model == null) {
				return Health.outOfService().withDetail("model", "not loaded yet").build();
			}
			return Health.up()
				.withDetail("version", model.version())
				.withDetail("intents", model.intents())
				.withDetail("examples", model.examples())
				.build();
		};
	}

}
