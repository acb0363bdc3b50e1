package com.clinicfaq.chatbot.safety;

import java.util.Arrays;
import java.util.List;

/**
 * The risk detector's training sentences as one flat array of embeddings, searched for the most similar ones to a
 * message: the same answer as comparing the message with every sentence in double precision, many times faster.
 * <p>
 * The vectors are stored one after the other (for the exact comparisons, which read a vector's components in a row),
 * together with an eight-bit copy in blocks of {@value #BLOCK} sentences, dimension by dimension ({@code [block]
 * [dimension][sentence]}; each vector divided by its own scale, its largest component over 127, and rounded), so that
 * one pass computes {@value #BLOCK} approximate similarities at once from a quarter of the bytes with vector
 * instructions ({@link SimilarityPass}: the JDK's vector API when the JVM has it,
 * else a loop the JIT vectorizes). The approximation is only used to find the candidates: each approximate
 * similarity is within a proven bound of the exact one (the vector's rounding error, whose length is kept per
 * vector, times the query's length, plus the rounding of the sums: {@link #bound(int, double)}), so every sentence
 * whose exact similarity could be among the best {@code k} is compared again exactly as the plain search does (float
 * products summed in double, dimension by dimension), and the best {@code k} are chosen among those with the same
 * order and ties (the earlier sentence first). The result is identical to the plain search's, not just close.
 * <p>
 * Immutable and thread-safe.
 */
final class NearestSentences {

	/** Sentences per block: one pass of the inner loop. */
	static final int BLOCK = 32;

	/**
	 * At most this many queries share one pass of {@link #nearestAll}: it bounds the approximate similarities kept per
	 * thread (65 kB per query) for a long message's many units.
	 */
	static final int SHARED_PASS = 16;

	/** The fastest single-precision pass this JVM offers ({@link SimilarityPass#best()}). */
	private static final SimilarityPass DEFAULT_PASS = SimilarityPass.best();

	private final int count;

	private final int dimension;

	/** {@code [sentence][dimension]}. */
	private final float[] rows;

	/**
	 * The eight-bit codes of the vectors, {@code [block][dimension][sentence in block]}; the last block padded with
	 * zero codes.
	 */
	private final byte[] codes;

	/** Each vector's scale: a code times its scale approximates the component. */
	private final float[] scales;

	/**
	 * Each vector's rounding error as a length (the L2 norm of the vector minus its scaled codes), rounded up: with
	 * the query's length, it bounds how far the codes' similarity can be from the vector's (Cauchy-Schwarz).
	 */
	private final double[] errors;

	/** The largest length (L2 norm) of any stored vector plus the largest error: bounds the sums' magnitude. */
	private final double maxNorm;

	/** How the single-precision pass is computed. */
	private final SimilarityPass pass;

	/**
	 * The approximate similarities of one search, kept per thread (one array per query of a search of several): a fresh
	 * array per search was a fifth of the bytes a varied {@code /chat} load allocated (docs/measurements.md, session
	 * 29).
	 */
	private static final ThreadLocal<float[][]> FAST = ThreadLocal.withInitial(() -> new float[1][]);

	private NearestSentences(int count, int dimension, float[] rows) {
		this(count, dimension, rows, DEFAULT_PASS);
	}

	private NearestSentences(int count, int dimension, float[] rows, byte[] codes, float[] scales, double[] errors,
			double maxNorm) {
		this.pass = DEFAULT_PASS;
		this.count = count;
		this.dimension = dimension;
		this.rows = rows;
		this.codes = codes;
		this.scales = scales;
		this.errors = errors;
		this.maxNorm = maxNorm;
	}

	private NearestSentences(int count, int dimension, float[] rows, SimilarityPass pass) {
		this.pass = pass;
		this.count = count;
		this.dimension = dimension;
		this.rows = rows;
		this.codes = new byte[blockCount(count) * BLOCK * dimension];
		this.scales = new float[count];
		this.errors = new double[count];
		double max = 0;
		for (int i = 0; i < count; i++) {
			double squares = 0;
			float largest = 0;
			for (int d = 0; d < dimension; d++) {
				float value = rows[i * dimension + d];
				squares += (double) value * value;
				largest = Math.max(largest, Math.abs(value));
			}
			float scale = largest / 127;
			double errorSquares = 0;
			for (int d = 0; d < dimension; d++) {
				float value = rows[i * dimension + d];
				int code = (scale > 0) ? Math.max(-127, Math.min(127, Math.round(value / scale))) : 0;
				this.codes[codeIndex(i, d)] = (byte) code;
				double error = value - (double) scale * code;
				errorSquares += error * error;
			}
			this.scales[i] = scale;
			// rounded up: the squares and the root are computed in double, far finer than the margin
			this.errors[i] = Math.sqrt(errorSquares) * (1 + 1e-9) + Double.MIN_NORMAL;
			max = Math.max(max, Math.sqrt(squares) + this.errors[i]);
		}
		this.maxNorm = max;
	}

	/**
	 * The index of these vectors (all of one dimension), in their order.
	 */
	static NearestSentences of(List<float[]> vectors) {
		int dimension = vectors.get(0).length;
		float[] rows = new float[vectors.size() * dimension];
		for (int i = 0; i < vectors.size(); i++) {
			float[] vector = vectors.get(i);
			if (vector.length != dimension) {
				throw new IllegalArgumentException("Vector " + i + " has " + vector.length + " dimensions, not "
						+ dimension);
			}
			System.arraycopy(vector, 0, rows, i * dimension, dimension);
		}
		return new NearestSentences(vectors.size(), dimension, rows);
	}

	/**
	 * The index of the first {@code dimension} values of each row (rows may carry more values after them, such as a
	 * bias feature), in their order.
	 */
	static NearestSentences ofRows(float[][] rows, int dimension) {
		float[] values = new float[rows.length * dimension];
		for (int i = 0; i < rows.length; i++) {
			float[] row = rows[i];
			if (row.length < dimension) {
				throw new IllegalArgumentException("Row " + i + " has " + row.length + " values, fewer than "
						+ dimension);
			}
			System.arraycopy(row, 0, values, i * dimension, dimension);
		}
		return new NearestSentences(rows.length, dimension, values);
	}

	/**
	 * An index over vectors in the layout of {@link #rows()} with the eight-bit codes, scales, errors and
	 * largest norm that {@link #codes()}, {@link #scales()}, {@link #errors()} and {@link #maxNorm()} gave when it was
	 * saved: a restart reads them instead of encoding six million components again.
	 */
	static NearestSentences ofSaved(int count, int dimension, float[] rows, byte[] codes, float[] scales,
			double[] errors, double maxNorm) {
		if (rows.length != count * dimension || codes.length != blockCount(count) * BLOCK * dimension
				|| scales.length != count || errors.length != count || !(maxNorm >= 0)) {
			throw new IllegalArgumentException("Inconsistent saved index: " + rows.length + " values, "
					+ codes.length + " codes, " + scales.length + " scales, " + errors.length + " errors for " + count
					+ " vectors of " + dimension);
		}
		return new NearestSentences(count, dimension, rows, codes, scales, errors, maxNorm);
	}

	/** The same index with another single-precision pass (tests and benchmarks compare them). */
	NearestSentences withPass(SimilarityPass pass) {
		return new NearestSentences(this.count, this.dimension, this.rows, pass);
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

	/** The stored vectors, one after the other, for saving; not a copy. */
	float[] rows() {
		return this.rows;
	}

	/** The eight-bit codes in their blocked layout, for saving; not a copy. */
	byte[] codes() {
		return this.codes;
	}

	/** Each vector's scale, for saving; not a copy. */
	float[] scales() {
		return this.scales;
	}

	/** Each vector's rounding error, for saving; not a copy. */
	double[] errors() {
		return this.errors;
	}

	double maxNorm() {
		return this.maxNorm;
	}

	/** Component {@code d} of vector {@code i}. */
	float get(int i, int d) {
		return this.rows[i * this.dimension + d];
	}

	/** A copy of vector {@code i}. */
	float[] vector(int i) {
		float[] vector = new float[this.dimension];
		for (int d = 0; d < this.dimension; d++) {
			vector[d] = get(i, d);
		}
		return vector;
	}

	private int codeIndex(int i, int d) {
		return (i / BLOCK) * BLOCK * this.dimension + d * BLOCK + (i % BLOCK);
	}

	/**
	 * The indexes of the {@code k} stored vectors most similar to {@code query} (largest dot product), best first;
	 * equal similarities keep the earlier vector first. Writes their exact similarities into {@code similarities}.
	 */
	int[] nearest(float[] query, int k, double[] similarities) {
		float[] fast = fast(0);
		this.pass.similarities(this.codes, blockCount(this.count), this.dimension, query, fast);
		return select(query, fast, k, similarities);
	}

	/**
	 * {@link #nearest(float[], int, double[])} for each of {@code queries} (row {@code q} of the result and of
	 * {@code similarities} for query {@code q}), with one pass over the codes for all of them: the same neighbours and
	 * similarities as searching one at a time.
	 */
	int[][] nearestAll(float[][] queries, int k, double[][] similarities) {
		int[][] nearest = new int[queries.length][];
		float[][] fast = new float[Math.min(queries.length, SHARED_PASS)][];
		for (int q = 0; q < fast.length; q++) {
			fast[q] = fast(q);
		}
		for (int from = 0; from < queries.length; from += SHARED_PASS) {
			int n = Math.min(SHARED_PASS, queries.length - from);
			float[][] group = Arrays.copyOfRange(queries, from, from + n);
			this.pass.similarities(this.codes, blockCount(this.count), this.dimension, group, n, fast);
			for (int q = 0; q < n; q++) {
				nearest[from + q] = select(group[q], fast[q], k, similarities[from + q]);
			}
		}
		return nearest;
	}

	/** This thread's array of approximate similarities for the search's query {@code q}. */
	private float[] fast(int q) {
		int padded = blockCount(this.count) * BLOCK;
		float[][] arrays = FAST.get();
		if (arrays.length <= q) {
			arrays = Arrays.copyOf(arrays, q + 1);
			FAST.set(arrays);
		}
		if (arrays[q] == null || arrays[q].length < padded) {
			arrays[q] = new float[padded];
		}
		return arrays[q];
	}

	/**
	 * The best {@code k} for one query from its approximate similarities {@code fast}: the candidates that their bounds
	 * allow, compared exactly.
	 */
	private int[] select(float[] query, float[] fast, int k, double[] similarities) {
		double queryLength = length(query);
		double rounding = roundingBound(queryLength);
		// one pass: the k-th best of the lower bounds so far (at least k sentences are at least that similar, so no
		// sentence whose upper bound is below it can be among the best k, nor tie with the k-th), and every sentence
		// whose upper bound reaches it; the k-th best only rises, so these include every sentence that reaches the
		// final one
		double[] best = new double[k];
		Arrays.fill(best, Double.NEGATIVE_INFINITY);
		int[] reached = new int[Math.min(this.count, 64)];
		double[] upper = new double[reached.length];
		int found = 0;
		for (int i = 0; i < this.count; i++) {
			double approximate = (double) this.scales[i] * fast[i];
			double margin = bound(i, queryLength) + rounding;
			double lower = approximate - margin;
			if (lower > best[k - 1]) {
				int j = k - 1;
				while (j > 0 && best[j - 1] < lower) {
					best[j] = best[j - 1];
					j--;
				}
				best[j] = lower;
			}
			if (approximate + margin >= best[k - 1]) {
				if (found == reached.length) {
					reached = Arrays.copyOf(reached, found * 2);
					upper = Arrays.copyOf(upper, found * 2);
				}
				reached[found] = i;
				upper[found] = approximate + margin;
				found++;
			}
		}
		double threshold = best[k - 1];
		// the exact search, over the candidates only, in the order of the plain search
		double[] top = new double[k];
		int[] topIndex = new int[k];
		// as the plain search starts: below any similarity of unit vectors, pointing at the first sentence
		Arrays.fill(top, -2);
		for (int c = 0; c < found; c++) {
			if (upper[c] < threshold) {
				continue;
			}
			int i = reached[c];
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
		int base = i * this.dimension;
		double dot = 0;
		for (int d = 0; d < this.dimension; d++) {
			dot += this.rows[base + d] * query[d];
		}
		return dot;
	}

	/**
	 * How far the codes' similarity of vector {@code i} (its scale times the codes' dot product, computed exactly) can
	 * be from the vector's own similarity: the codes' rounding error, whose length times the query's bounds its dot
	 * product with the query (Cauchy-Schwarz).
	 */
	private double bound(int i, double queryLength) {
		return this.errors[i] * queryLength;
	}

	/**
	 * An upper bound on the rest of the distance between the fast pass's similarity and the plain search's: the pass
	 * sums the products in single precision, and a sum of {@code n} products in float is off by at most {@code (n+1)u}
	 * times the sum of the products' magnitudes (u = 2^-24), in whatever order the products are added (the scalar
	 * pass adds four dimensions together, then to the running sum; the vector pass fuses each product with its
	 * addition, one rounding per dimension: no product goes through more than {@code n+1} roundings), which is at most
	 * the product of the lengths (the codes' length times the scale is at most the vector's plus its error); the plain
	 * search rounds each product to float (at most u of its magnitude again); doubled and padded for safety.
	 */
	private double roundingBound(double queryLength) {
		return 4 * (this.dimension + 3) * Math.ulp(1.0f) * this.maxNorm * queryLength + 1e-12;
	}

	private static double length(float[] query) {
		double squares = 0;
		for (float value : query) {
			squares += (double) value * value;
		}
		return Math.sqrt(squares);
	}

}
