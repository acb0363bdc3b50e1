package com.clinicfaq.chatbot.safety;

import java.util.Arrays;

/**
 * The single-precision pass of {@link NearestSentences}: the similarity of a query to every stored vector, in the
 * blocked layout ({@code [block][dimension][sentence in block]}), only to find the candidates that the exact search
 * then compares. Two implementations compute it: {@link #SCALAR}, plain Java that the JIT compiles on every JVM, and
 * {@code VectorSimilarityPass}, the JDK's incubating vector API (explicit SIMD), about four times faster on this
 * service's hardware, used when the JVM was started with {@code --add-modules jdk.incubator.vector} (the Dockerfile
 * and the build do; {@link #best()}). Any order of additions, fused or not, stays within the rounding bound that
 * {@link NearestSentences} allows for, so both give the same neighbours.
 */
interface SimilarityPass {

	/** Plain Java: the JIT's own loop (four dimensions per pass over a block's running sums). */
	SimilarityPass SCALAR = new SimilarityPass() {

		@Override
		public void similarities(float[] blocks, int blockCount, int dimension, float[] query, float[] out) {
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
						sums[j] += blocks[row + j] * q0 + blocks[row + block + j] * q1
								+ blocks[row + 2 * block + j] * q2 + blocks[row + 3 * block + j] * q3;
					}
				}
				for (; dim < dimension; dim++, row += block) {
					float q = query[dim];
					for (int j = 0; j < block; j++) {
						sums[j] += blocks[row + j] * q;
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
	 * Writes the similarity of {@code query} to each of the {@code blockCount * BLOCK} stored vectors into {@code out}.
	 */
	void similarities(float[] blocks, int blockCount, int dimension, float[] query, float[] out);

	/** What it is, for logs and tests. */
	String name();

	/**
	 * The vector API's pass when the JVM has the incubating module (and it works here), else {@link #SCALAR}.
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
