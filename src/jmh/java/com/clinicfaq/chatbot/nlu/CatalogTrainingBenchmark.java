package com.clinicfaq.chatbot.nlu;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * How long training the whole catalog takes, with the service's defaults: with the phrases' embeddings already known
 * (a restart that finds the embedding cache file, or a staff retrain) and computing every phrase's embedding (the
 * very first start). Run from the project root: {@code mvn -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@Fork(1)
public class CatalogTrainingBenchmark {

	private IntentModelTrainer trainer;

	private IntentCatalog catalog;

	@Setup
	public void load() {
		NluProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("chatbot.nlu", NluProperties.class);
		this.trainer = new IntentModelTrainer(new TextNormalizer(), properties);
		this.catalog = IntentCatalog.load(Path.of("intents"));
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 1)
	@Measurement(iterations = 5)
	public IntentClassifier trainCatalogWithKnownEmbeddings() {
		return this.trainer.train(this.catalog);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 1)
	@Measurement(iterations = 5)
	public IntentClassifier trainCatalogEmbeddingEveryPhrase() {
		SentenceEmbedder.load(this.trainer.properties().encoder()).forgetTrainingPhrases();
		return this.trainer.train(this.catalog);
	}

}
