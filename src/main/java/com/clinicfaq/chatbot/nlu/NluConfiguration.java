package com.clinicfaq.chatbot.nlu;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.StartupCatalog;
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
	CurrentModel currentModel(StartupCatalog startupCatalog, IntentModelTrainer trainer, TextNormalizer normalizer,
			NluProperties properties, ExecutorService intentRetrainExecutor, MeterRegistry meters) {
		IntentCatalog catalog = startupCatalog.get();
		CurrentModel model = new CurrentModel(catalog, trainer::train,
				(trained) -> new MeteredIntentClassifier(new CachingIntentClassifier(trained, normalizer,
						properties.cacheSize(), properties.cacheTtl()), meters),
				intentRetrainExecutor, Clock.systemUTC());
		logger.info("Intent model ready (loaded or trained) on {} examples of {} intents in {} ms",
				catalog.exampleCount(), catalog.size(), model.model().trainingTime().toMillis());
		return model;
	}

	/**
	 * The model's version (1 at start-up, one more per retrain) and how long its training (or loading) took.
	 */
	@Bean
	MeterBinder intentModelMetrics(CurrentModel model) {
		return (meters) -> {
			Gauge.builder("chatbot.model.version", model, (current) -> current.model().version())
				.description("Version of the intent model answering requests")
				.register(meters);
			TimeGauge.builder("chatbot.model.training", model, TimeUnit.MILLISECONDS,
					(current) -> current.model().trainingTime().toMillis())
				.description("How long the current intent model took to train (or to load)")
				.register(meters);
		};
	}

	/**
	 * Part of the readiness group: the service takes traffic only once a model answers.
	 */
	@Bean
	HealthIndicator intentModelHealthIndicator(CurrentModel current) {
		return () -> {
			CurrentModel.Model model = current.model();
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
