package com.clinicfaq.chatbot.nlu;

import java.util.concurrent.TimeUnit;

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

/**
 * How long one sentence embedding takes with each {@link SentenceEmbedder.Encoder} (one thread, as in the service), on
 * typical visitor messages already normalized: the cost a message pays when the word model alone is not sure. Run
 * from the project root: {@code mvn -Pbenchmark test-compile exec:exec -Djmh.args=SentenceEmbedderBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
public class SentenceEmbedderBenchmark {

	private static final String[] TYPICAL = { "how long does an infusion take",
			"can i drive home after my ketamine session or do i need someone to pick me up",
			"ketamin side efects?", "does insurance cover esketamine",
			"my psychiatrist suggested ketamine because three antidepressants did nothing, is it addictive",
			"what's the weather in boston tomorrow" };

	@Param({ "MINILM", "BGE_SMALL" })
	public String encoder;

	private SentenceEmbedder embedder;

	private int next;

	@Setup
	public void load() {
		this.embedder = SentenceEmbedder.load(SentenceEmbedder.Encoder.valueOf(this.encoder));
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public float[] embedOneMessage() {
		this.next = (this.next + 1) % TYPICAL.length;
		return this.embedder.embedAnew(TYPICAL[this.next]);
	}

}
