package com.clinicfaq.chatbot.safety;

import java.util.Arrays;
import java.util.List;

/**
 * The risk detector's training sentences as one flat array of embeddings, searched for the most similar ones to a
 * message: the same answer as comparing the message with every sentence in double precision, about ten times faster.
 * <p>
 * The vectors are stored in blocks of {@value #BLOCK} sentences, dimension by dimension ({@code [block][dimension]
 * [sentence]}), so that one pass computes {@value #BLOCK} similarities at once in single precision with vector
 * instructions ({@link SimilarityPass}: the JDK's vector API when the JVM has it, else a loop the JIT vectorizes). Single precision is only used to find the candidates: every sentence whose
 * similarity could be among the best {@code k} within the rounding error of that pass (a bound computed from the
 * vectors' lengths, see {@link #roundingBound(float[])}) is compared again exactly as the plain search does (float
 * products summed in double, dimension by dimension), and the best {@code k} are chosen among those with the same
 * order and ties (the earlier sentence first). The result is identical to the plain search's, not just close.
 * <p>
 * Immutable and thread-safe.
 */
final class NearestSentences {

	/** Sentences per block: one pass of the inner loop. */
	static final int BLOCK = 32;

	/** The fastest single-precision pass this JVM offers ({@link SimilarityPass#best()}). */
	private static final SimilarityPass DEFAULT_PASS = SimilarityPass.best();

	private final int count;

	private final int dimension;

	/** {@code [block][dimension][sentence in block]}; the last block padded with zero vectors. */
	private final float[] blocks;

	/** The largest length (L2 norm) of any stored vector. */
	private final double maxNorm;

	/** How the single-precision pass is computed. */
	private final SimilarityPass pass;

	private NearestSentences(int count, int dimension, float[] blocks) {
		this(count, dimension, blocks, DEFAULT_PASS);
	}

	private NearestSentences(int count, int dimension, float[] blocks, SimilarityPass pass) {
		this.pass = pass;
		this.count = count;
		this.dimension = dimension;
		this.blocks = blocks;
		double max = 0;
		for (int i = 0; i < count; i++) {
			double squares = 0;
			for (int d = 0; d < dimension; d++) {
				double value = blocks[index(i, d)];
				squares += value * value;
			}
			max = Math.max(max, Math.sqrt(squares));
		}
		this.maxNorm = max;
	}

	/**
	 * The index of these vectors (all of one dimension), in their order.
	 */
	static NearestSentences of(List<float[]> vectors) {
		int dimension = vectors.get(0).length;
		float[] blocks = new float[blockCount(vectors.size()) * BLOCK * dimension];
		for (int i = 0; i < vectors.size(); i++) {
			float[] vector = vectors.get(i);
			if (vector.length != dimension) {
				throw new IllegalArgumentException("Vector " + i + " has " + vector.length + " dimensions, not "
						+ dimension);
			}
			int base = (i / BLOCK) * BLOCK * dimension + (i % BLOCK);
			for (int d = 0; d < dimension; d++) {
				blocks[base + d * BLOCK] = vector[d];
			}
		}
		return new NearestSentences(vectors.size(), dimension, blocks);
	}

	/**
	 * The index of the first {@code dimension} values of each row (rows may carry more values after them, such as a
	 * bias feature), in their order.
	 */
	static NearestSentences ofRows(float[][] rows, int dimension) {
		float[] blocks = new float[blockCount(rows.length) * BLOCK * dimension];
		for (int i = 0; i < rows.length; i++) {
			float[] row = rows[i];
			if (row.length < dimension) {
				throw new IllegalArgumentException("Row " + i + " has " + row.length + " values, fewer than "
						+ dimension);
			}
			int base = (i / BLOCK) * BLOCK * dimension + (i % BLOCK);
			for (int d = 0; d < dimension; d++) {
				blocks[base + d * BLOCK] = row[d];
			}
		}
		return new NearestSentences(rows.length, dimension, blocks);
	}

	/**
	 * An index over vectors already in the blocked layout of {@link #blocks()} (as saved).
	 */
	static NearestSentences ofBlocks(int count, int dimension, float[] blocks) {
		if (blocks.length != blockCount(count) * BLOCK * dimension) {
			throw new IllegalArgumentException("Expected " + blockCount(count) * BLOCK * dimension + " values, got "
					+ blocks.length);
		}
		return new NearestSentences(count, dimension, blocks);
	}

	/** The same index with another single-precision pass (tests and benchmarks compare them). */
	NearestSentences withPass(SimilarityPass pass) {
		return new NearestSentences(this.count, this.dimension, this.blocks, pass);
	}

	SimilarityPass pass() {
		return this.pass;
	}

	static int blockCount(int count) {
		return (count + BLOCK - 1) / BLOCK;
	}

	int count() {
		return this.count;
	}

	int dimension() {
		return this.dimension;
	}

	/** The stored layout, for saving; not a copy. */
	float[] blocks() {
		return this.blocks;
	}

	/** Component {@code d} of vector {@code i}. */
	float get(int i, int d) {
		return this.blocks[index(i, d)];
	}

	/** A copy of vector {@code i}. */
	float[] vector(int i) {
		float[] vector = new float[this.dimension];
		for (int d = 0; d < this.dimension; d++) {
			vector[d] = get(i, d);
		}
		return vector;
	}

	private int index(int i, int d) {
		return (i / BLOCK) * BLOCK * this.dimension + d * BLOCK + (i % BLOCK);
	}

	/**
	 * The indexes of the {@code k} stored vectors most similar to {@code query} (largest dot product), best first;
	 * equal similarities keep the earlier vector first. Writes their exact similarities into {@code similarities}.
	 */
	int[] nearest(float[] query, int k, double[] similarities) {
		float[] fast = new float[blockCount(this.count) * BLOCK];
		this.pass.similarities(this.blocks, blockCount(this.count), this.dimension, query, fast);
		double threshold = kthLargest(fast, k) - 2 * roundingBound(query);
		// the exact search, over the candidates only, in the order of the plain search
		double[] top = new double[k];
		int[] topIndex = new int[k];
		// as the plain search starts: below any similarity of unit vectors, pointing at the first sentence
		Arrays.fill(top, -2);
		for (int i = 0; i < this.count; i++) {
			if (fast[i] < threshold) {
				continue;
			}
			double dot = exact(i, query);
			if (dot > top[k - 1]) {
				int j = k - 1;
				while (j > 0 && top[j - 1] < dot) {
					top[j] = top[j - 1];
					topIndex[j] = topIndex[j - 1];
					j--;
				}
				top[j] = dot;
				topIndex[j] = i;
			}
		}
		System.arraycopy(top, 0, similarities, 0, k);
		return topIndex;
	}

	/**
	 * The similarity as the plain search computes it: float products added in double, dimension by dimension.
	 */
	double exact(int i, float[] query) {
		int base = (i / BLOCK) * BLOCK * this.dimension + (i % BLOCK);
		double dot = 0;
		for (int d = 0; d < this.dimension; d++) {
			dot += this.blocks[base + d * BLOCK] * query[d];
		}
		return dot;
	}

	/**
	 * An upper bound on how far a single-precision similarity of the fast pass, or the plain search's own one, can be
	 * from the true dot product: a sum of {@code n} products in float is off by at most {@code (n+1)u} times the sum
	 * of the products' magnitudes (u = 2^-24), in whatever order the products are added (the scalar pass adds four
	 * dimensions together, then to the running sum; the vector pass fuses each product with its addition, one
	 * rounding per dimension: no product goes through more than {@code n+1} roundings), which is at most the product
	 * of the lengths; doubled and padded for safety.
	 */
	double roundingBound(float[] query) {
		double squares = 0;
		for (float value : query) {
			squares += (double) value * value;
		}
		double magnitude = this.maxNorm * Math.sqrt(squares);
		return 4 * (this.dimension + 2) * Math.ulp(1.0f) * magnitude + 1e-12;
	}

	/** The k-th largest of the first {@link #count} values. */
	private double kthLargest(float[] values, int k) {
		float[] best = new float[k];
		Arrays.fill(best, Float.NEGATIVE_INFINITY);
		for (int i = 0; i < this.count; i++) {
			float value = values[i];
			if (value > best[k - 1]) {
				int j = k - 1;
				while (j > 0 && best[j - 1] < value) {
					best[j] = best[j - 1];
					j--;
				}
				best[j] = value;
			}
		}
		return best[k - 1];
	}

}
