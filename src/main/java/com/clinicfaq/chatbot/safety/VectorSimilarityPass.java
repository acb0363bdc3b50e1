package com.clinicfaq.chatbot.safety;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SimilarityPass} with the JDK's incubating vector API: a block's {@value NearestSentences#BLOCK} running sums
 * stay in vector registers while every dimension widens its column of codes to floats and adds it with one fused
 * multiply-add per register, so each stored code is read once and nothing is stored until the block is done (the
 * plain loop reloads and stores the sums every four dimensions, and the JIT of Java 17 does not keep them in
 * registers). Loaded only when the JVM has {@code jdk.incubator.vector} ({@link SimilarityPass#best()}).
 */
final class VectorSimilarityPass implements SimilarityPass {

	private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

	/** As many codes as {@link #SPECIES} has floats. */
	private static final VectorSpecies<Byte> CODES = VectorSpecies.of(byte.class,
			VectorShape.forBitSize(SPECIES.length() * Byte.SIZE));

	VectorSimilarityPass() {
		int lanes = SPECIES.length();
		if (lanes > NearestSentences.BLOCK || NearestSentences.BLOCK % lanes != 0) {
			throw new IllegalStateException("Vectors of " + lanes + " floats do not divide a block");
		}
	}

	@Override
	public void similarities(byte[] codes, int blockCount, int dimension, float[] query, float[] out) {
		int block = NearestSentences.BLOCK;
		int lanes = SPECIES.length();
		for (int b = 0, base = 0; b < blockCount; b++, base += block * dimension) {
			int j = 0;
			// two registers of sums at a time: two independent chains of additions per dimension
			for (; j + 2 * lanes <= block; j += 2 * lanes) {
				FloatVector first = FloatVector.zero(SPECIES);
				FloatVector second = FloatVector.zero(SPECIES);
				int last = dimension - 1;
				int row = base + j;
				for (int dim = 0; dim < last; dim++, row += block) {
					FloatVector q = FloatVector.broadcast(SPECIES, query[dim]);
					first = widened(codes, row).fma(q, first);
					second = widened(codes, row + lanes).fma(q, second);
				}
				// the last dimension's sums are stored as they come out of the multiply-add: the JIT of Java 17 cannot
				// store the loop's own registers as vectors (its store intrinsic fails on them), and boxed each into an
				// object and an array per block (a quarter of the bytes a varied /chat load allocated, session 29)
				FloatVector q = FloatVector.broadcast(SPECIES, query[last]);
				widened(codes, row).fma(q, first).intoArray(out, b * block + j);
				widened(codes, row + lanes).fma(q, second).intoArray(out, b * block + j + lanes);
			}
			for (; j < block; j += lanes) {
				FloatVector sums = FloatVector.zero(SPECIES);
				for (int dim = 0, row = base + j; dim < dimension; dim++, row += block) {
					sums = widened(codes, row).fma(FloatVector.broadcast(SPECIES, query[dim]), sums);
				}
				sums.intoArray(out, b * block + j);
			}
		}
	}

	/** {@link #SPECIES}' length of codes from {@code offset}, as floats (exactly: every code is a small integer). */
	private static FloatVector widened(byte[] codes, int offset) {
		return (FloatVector) ByteVector.fromArray(CODES, codes, offset).convertShape(VectorOperators.B2F, SPECIES, 0);
	}

	@Override
	public String name() {
		return "vector (" + SPECIES.length() + " floats)";
	}

}
