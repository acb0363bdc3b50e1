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
 * How long classifying one message (uncached) and training the whole catalog take, with the service's defaults. Run
 * from the project root: {@code mvn -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@Fork(1)
public class IntentClassifierBenchmark {

	private static final String[] MESSAGES = { "how long does an infusion take",
			"can i drive home after my ketamine session or do i need someone to pick me up",
			"ketamin side efects?", "does insurance cover spravato",
			"my psychiatrist suggested ketamine because three antidepressants did nothing, is it addictive",
			"what's the weather in boston tomorrow" };

	private IntentModelTrainer trainer;

	private IntentCatalog catalog;

	private IntentClassifier classifier;

	private int next;

	@Setup
	public void train() {
		NluProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("chatbot.nlu", NluProperties.class);
		this.trainer = new IntentModelTrainer(new TextNormalizer(), properties);
		this.catalog = IntentCatalog.load(Path.of("intents"));
		this.classifier = this.trainer.train(this.catalog);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public Prediction classifyOneMessage() {
		this.next = (this.next + 1) % MESSAGES.length;
		return this.classifier.classify(MESSAGES[this.next]);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 1)
	@Measurement(iterations = 5)
	public IntentClassifier trainCatalog() {
		return this.trainer.train(this.catalog);
	}

}
