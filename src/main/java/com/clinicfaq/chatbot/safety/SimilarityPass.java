package com.clinicfaq.chatbot.safety;

import java.util.Arrays;

/**
 * The candidate pass of {@link NearestSentences}: for every stored vector, the dot product of the query with the
 * vector's eight-bit codes (each vector scaled so that its largest component is 127, rounded), in the blocked layout
 * ({@code [block][dimension][sentence in block]}), summed in single precision, only to find the candidates that the
 * exact search then compares. A quarter of the bytes of the vectors themselves are read (the index no longer fits the
 * processor's caches as floats; the sentence encoder's weights compete for them too). Two implementations compute it:
 * {@link #SCALAR}, plain Java that the JIT compiles on every JVM, and {@code VectorSimilarityPass}, the JDK's
 * incubating vector API (explicit SIMD), used when the JVM was started with {@code --add-modules
 * jdk.incubator.vector} (the Dockerfile and the build do; {@link #best()}). Any order of additions, fused or not,
 * stays within the rounding bound that {@link NearestSentences} allows for, so both give the same neighbours.
 */
interface SimilarityPass {

	/** Plain Java: the JIT's own loop (four dimensions per pass over a block's running sums). */
	SimilarityPass SCALAR = new SimilarityPass() {

		@Override
		public void similarities(byte[] codes, int blockCount, int dimension, float[] query, float[] out) {
			int block = NearestSentences.BLOCK;
			float[] sums = new float[block];
			for (int b = 0, base = 0; b < blockCount; b++, base += block * dimension) {
				Arrays.fill(sums, 0f);
				int dim = 0;
				int row = base;
				// four dimensions per pass over the block's sums: a quarter of the loads and stores of the running
				// sums, which is what limited the one-dimension loop
				for (; dim + 3 < dimension; dim += 4, row += 4 * block) {
					float q0 = query[dim];
					float q1 = query[dim + 1];
					float q2 = query[dim + 2];
					float q3 = query[dim + 3];
					for (int j = 0; j < block; j++) {
						sums[j] += codes[row + j] * q0 + codes[row + block + j] * q1
								+ codes[row + 2 * block + j] * q2 + codes[row + 3 * block + j] * q3;
					}
				}
				for (; dim < dimension; dim++, row += block) {
					float q = query[dim];
					for (int j = 0; j < block; j++) {
						sums[j] += codes[row + j] * q;
					}
				}
				System.arraycopy(sums, 0, out, b * block, block);
			}
		}

		@Override
		public String name() {
			return "scalar";
		}

	};

	/**
	 * Writes into {@code out[i]} the dot product of {@code query} with the codes of stored vector {@code i}, for the
	 * {@code blockCount} blocks of {@link NearestSentences#BLOCK} vectors (padding included).
	 */
	void similarities(byte[] codes, int blockCount, int dimension, float[] query, float[] out);

	/**
	 * {@link #similarities(byte[], int, int, float[], float[])} for the first {@code count} of {@code queries} at once,
	 * into {@code outs[q]} for query {@code q}: one pass can read each code once for all of them (a message's units are
	 * searched together). Each query's sums are as the single pass's bound allows (any order of additions), so the
	 * search that follows finds the same neighbours. This default runs the single pass once per query.
	 */
	default void similarities(byte[] codes, int blockCount, int dimension, float[][] queries, int count,
			float[][] outs) {
		for (int q = 0; q < count; q++) {
			similarities(codes, blockCount, dimension, queries[q], outs[q]);
		}
	}

	/** What it is, for logs and tests. */
	String name();

	/**
	 * The vector API's pass when this JVM has the {@code jdk.incubator.vector} module, else {@link #SCALAR}.
	 */
	static SimilarityPass best() {
		if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
			return SCALAR;
		}
		try {
			// loaded by name: without the module, the class that uses it must never be loaded
			return (SimilarityPass) Class.forName("com.clinicfaq.chatbot.safety.VectorSimilarityPass")
				.getDeclaredConstructor()
				.newInstance();
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			return SCALAR;
		}
	}

}
