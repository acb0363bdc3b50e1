package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * How long the risk detector's search for the 10 nearest of 16,207 training sentences (384 dimensions, the detector's
 * size on 2026-12-05) takes with each candidate pass over the eight-bit codes ({@link SimilarityPass}: the plain loop, and the JVM's
 * best, the vector API's when the JVM has {@code jdk.incubator.vector}, which the build passes to this benchmark's
 * JVM). Random unit vectors; a query is half the time a stored vector's near copy (a sentence close to the training
 * data, many candidates near the 10th best). {@code units} queries at a time, as a message's units are searched:
 * {@link #unitsOneByOne()} searches them one after the other, {@link #unitsSharingOnePass()} with
 * {@link NearestSentences#nearestAll} (divide either by {@code units} for the time per query). Run from the project root:
 * {@code mvn -Pbenchmark test-compile exec:exec -Djmh.args=NearestSentencesBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
public class NearestSentencesBenchmark {

	private static final int SENTENCES = 16_207;

	private static final int DIMENSION = 384;

	@Param({ "scalar", "best" })
	public String pass;

	@Param({ "5" })
	public int units;

	private NearestSentences index;

	private float[][] queries;

	private int next;

	@Setup
	public void build() {
		Random random = new Random(17);
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < SENTENCES; i++) {
			vectors.add(unit(random, null));
		}
		NearestSentences built = NearestSentences.of(vectors);
		this.index = "scalar".equals(this.pass) ? built.withPass(SimilarityPass.SCALAR) : built;
		this.queries = new float[64][];
		for (int q = 0; q < this.queries.length; q++) {
			this.queries[q] = unit(random, (q % 2 == 0) ? vectors.get(random.nextInt(SENTENCES)) : null);
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public int[] nearestTen() {
		this.next = (this.next + 1) % this.queries.length;
		return this.index.nearest(this.queries[this.next], RiskDetector.NEIGHBOURS, new double[RiskDetector.NEIGHBOURS]);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public int[][] unitsOneByOne() {
		int[][] nearest = new int[this.units][];
		for (int q = 0; q < this.units; q++) {
			this.next = (this.next + 1) % this.queries.length;
			nearest[q] = this.index.nearest(this.queries[this.next], RiskDetector.NEIGHBOURS,
					new double[RiskDetector.NEIGHBOURS]);
		}
		return nearest;
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public int[][] unitsSharingOnePass() {
		float[][] group = new float[this.units][];
		for (int q = 0; q < this.units; q++) {
			this.next = (this.next + 1) % this.queries.length;
			group[q] = this.queries[this.next];
		}
		return this.index.nearestAll(group, RiskDetector.NEIGHBOURS, new double[this.units][RiskDetector.NEIGHBOURS]);
	}

	/** A random unit vector, or one near {@code near}. */
	private static float[] unit(Random random, float[] near) {
		float[] vector = new float[DIMENSION];
		double squares = 0;
		for (int d = 0; d < DIMENSION; d++) {
			vector[d] = (float) ((near != null) ? near[d] + 0.02 * random.nextGaussian() : random.nextGaussian());
			squares += vector[d] * vector[d];
		}
		float norm = (float) Math.sqrt(squares);
		for (int d = 0; d < DIMENSION; d++) {
			vector[d] /= norm;
		}
		return vector;
	}

}
