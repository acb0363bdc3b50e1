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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * How long classifying one message takes, with the service's defaults (a repeated one, and one never seen before), on typical visitor messages (a few
 * words to a sentence) and on long multi-sentence ones: the sentence embedding's cost grows with the number of
 * tokens; once per {@link SentenceEmbedder.Encoder}. Run from the project root: {@code mvn -Pbenchmark test-compile exec:exec} (with
 * {@link CatalogTrainingBenchmark}).
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IntentClassifierBenchmark {

	private static final String[] TYPICAL = { "how long does an infusion take",
			"can i drive home after my ketamine session or do i need someone to pick me up",
			"ketamin side efects?", "does insurance cover spravato",
			"my psychiatrist suggested ketamine because three antidepressants did nothing, is it addictive",
			"what's the weather in boston tomorrow" };

	private static final String[] LONG = {
			"Hi, I have been struggling with depression for about ten years and have tried four different "
					+ "medications. My doctor mentioned ketamine infusions. How many sessions would I need and how "
					+ "long does each one last?",
			"My wife is thinking about starting treatment at your clinic next month. She takes lamotrigine and a "
					+ "blood pressure pill every morning. Is that going to be a problem, or should she stop them before "
					+ "her first appointment?",
			"I live about two hours away and do not have anyone who can drive me. Can I take an uber home after "
					+ "the infusion, or is there some other way to get back safely on the same day?" };

	@Param({ "typical", "long" })
	public String messages;

	@Param({ "MINILM", "BGE_SMALL" })
	public String encoder;

	/** How the two models are combined: the default weighted mean, or the log-linear one (weight 0.65). */
	@Param({ "LINEAR", "LOG_LINEAR" })
	public String combination;

	private IntentClassifier classifier;

	private String[] texts;

	private int next;

	private long unique;

	@Setup
	public void train() {
		NluProperties properties = new Binder(new MapConfigurationPropertySource(
				"LOG_LINEAR".equals(this.combination)
						? Map.of("chatbot.nlu.encoder", this.encoder, "chatbot.nlu.combination", this.combination,
								"chatbot.nlu.embedding-weight", "0.65")
						: Map.of("chatbot.nlu.encoder", this.encoder)))
			.bindOrCreate("chatbot.nlu", NluProperties.class);
		this.classifier = new IntentModelTrainer(new TextNormalizer(), properties)
			.train(IntentCatalog.load(Path.of("intents")));
		this.texts = "long".equals(this.messages) ? LONG : TYPICAL;
	}

	/**
	 * One of the messages again: after the first few calls the classifier's embedding comes from the sentence
	 * embedder's recent texts (the last 256), so this measures the word model and the glue, not the encoder.
	 */
	@Benchmark
	public Prediction classifyOneMessage() {
		this.next = (this.next + 1) % this.texts.length;
		return this.classifier.classify(this.texts[this.next]);
	}

	/**
	 * A message never seen before, as most real traffic is: one of the messages with an ending that differs on every
	 * call ("... (order 12345)"), so the encoder runs whenever the word model is not sure (the cascade), as for a new
	 * visitor message.
	 */
	@Benchmark
	public Prediction classifyOneUniqueMessage() {
		this.next = (this.next + 1) % this.texts.length;
		this.unique++;
		return this.classifier.classify(this.texts[this.next] + " (order " + this.unique + ")");
	}

}
