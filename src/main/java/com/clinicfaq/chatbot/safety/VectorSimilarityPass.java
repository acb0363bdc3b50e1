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
		for (int b = 0; b < blockCount; b++) {
			one(codes, b, dimension, query, out);
		}
	}

	/**
	 * Block by block, and within a block four queries at a time, then two, then one: the whole index (six megabytes of
	 * codes) is read from the last-level cache once for all the queries, not once per query (a message's units share
	 * that read), each block's codes staying in the first-level cache for its groups, and a group widens each column
	 * of codes to floats once for its queries. Eight running sums (two registers per query) stay in registers, as in
	 * the single pass.
	 */
	@Override
	public void similarities(byte[] codes, int blockCount, int dimension, float[][] queries, int count,
			float[][] outs) {
		for (int b = 0; b < blockCount; b++) {
			int q = 0;
			for (; q + 4 <= count; q += 4) {
				four(codes, b, dimension, queries[q], queries[q + 1], queries[q + 2], queries[q + 3], outs[q],
						outs[q + 1], outs[q + 2], outs[q + 3]);
			}
			for (; q + 2 <= count; q += 2) {
				two(codes, b, dimension, queries[q], queries[q + 1], outs[q], outs[q + 1]);
			}
			if (q < count) {
				one(codes, b, dimension, queries[q], outs[q]);
			}
		}
	}

	/** Block {@code b}'s sums for four queries. */
	private static void four(byte[] codes, int b, int dimension, float[] qa, float[] qb, float[] qc, float[] qd,
			float[] oa, float[] ob, float[] oc, float[] od) {
		int block = NearestSentences.BLOCK;
		int lanes = SPECIES.length();
		int last = dimension - 1;
		int base = b * block * dimension;
		int j = 0;
		for (; j + 2 * lanes <= block; j += 2 * lanes) {
			FloatVector a0 = FloatVector.zero(SPECIES);
			FloatVector a1 = FloatVector.zero(SPECIES);
			FloatVector b0 = FloatVector.zero(SPECIES);
			FloatVector b1 = FloatVector.zero(SPECIES);
			FloatVector c0 = FloatVector.zero(SPECIES);
			FloatVector c1 = FloatVector.zero(SPECIES);
			FloatVector d0 = FloatVector.zero(SPECIES);
			FloatVector d1 = FloatVector.zero(SPECIES);
			int row = base + j;
			for (int dim = 0; dim < last; dim++, row += block) {
				FloatVector w0 = widened(codes, row);
				FloatVector w1 = widened(codes, row + lanes);
				FloatVector x = FloatVector.broadcast(SPECIES, qa[dim]);
				a0 = w0.fma(x, a0);
				a1 = w1.fma(x, a1);
				x = FloatVector.broadcast(SPECIES, qb[dim]);
				b0 = w0.fma(x, b0);
				b1 = w1.fma(x, b1);
				x = FloatVector.broadcast(SPECIES, qc[dim]);
				c0 = w0.fma(x, c0);
				c1 = w1.fma(x, c1);
				x = FloatVector.broadcast(SPECIES, qd[dim]);
				d0 = w0.fma(x, d0);
				d1 = w1.fma(x, d1);
			}
			// stored as they come out of the last multiply-add (see one())
			FloatVector w0 = widened(codes, row);
			FloatVector w1 = widened(codes, row + lanes);
			int at = b * block + j;
			FloatVector x = FloatVector.broadcast(SPECIES, qa[last]);
			w0.fma(x, a0).intoArray(oa, at);
			w1.fma(x, a1).intoArray(oa, at + lanes);
			x = FloatVector.broadcast(SPECIES, qb[last]);
			w0.fma(x, b0).intoArray(ob, at);
			w1.fma(x, b1).intoArray(ob, at + lanes);
			x = FloatVector.broadcast(SPECIES, qc[last]);
			w0.fma(x, c0).intoArray(oc, at);
			w1.fma(x, c1).intoArray(oc, at + lanes);
			x = FloatVector.broadcast(SPECIES, qd[last]);
			w0.fma(x, d0).intoArray(od, at);
			w1.fma(x, d1).intoArray(od, at + lanes);
		}
		for (; j < block; j += lanes) {
			column(codes, base + j, dimension, qa, oa, b * block + j);
			column(codes, base + j, dimension, qb, ob, b * block + j);
			column(codes, base + j, dimension, qc, oc, b * block + j);
			column(codes, base + j, dimension, qd, od, b * block + j);
		}
	}

	/** Block {@code b}'s sums for two queries. */
	private static void two(byte[] codes, int b, int dimension, float[] qa, float[] qb, float[] oa, float[] ob) {
		int block = NearestSentences.BLOCK;
		int lanes = SPECIES.length();
		int last = dimension - 1;
		int base = b * block * dimension;
		int j = 0;
		for (; j + 2 * lanes <= block; j += 2 * lanes) {
			FloatVector a0 = FloatVector.zero(SPECIES);
			FloatVector a1 = FloatVector.zero(SPECIES);
			FloatVector b0 = FloatVector.zero(SPECIES);
			FloatVector b1 = FloatVector.zero(SPECIES);
			int row = base + j;
			for (int dim = 0; dim < last; dim++, row += block) {
				FloatVector w0 = widened(codes, row);
				FloatVector w1 = widened(codes, row + lanes);
				FloatVector x = FloatVector.broadcast(SPECIES, qa[dim]);
				a0 = w0.fma(x, a0);
				a1 = w1.fma(x, a1);
				x = FloatVector.broadcast(SPECIES, qb[dim]);
				b0 = w0.fma(x, b0);
				b1 = w1.fma(x, b1);
			}
			FloatVector w0 = widened(codes, row);
			FloatVector w1 = widened(codes, row + lanes);
			int at = b * block + j;
			FloatVector x = FloatVector.broadcast(SPECIES, qa[last]);
			w0.fma(x, a0).intoArray(oa, at);
			w1.fma(x, a1).intoArray(oa, at + lanes);
			x = FloatVector.broadcast(SPECIES, qb[last]);
			w0.fma(x, b0).intoArray(ob, at);
			w1.fma(x, b1).intoArray(ob, at + lanes);
		}
		for (; j < block; j += lanes) {
			column(codes, base + j, dimension, qa, oa, b * block + j);
			column(codes, base + j, dimension, qb, ob, b * block + j);
		}
	}

	/**
	 * Block {@code b}'s sums for one query: two registers of sums at a time (two independent chains of additions per
	 * dimension). The last dimension's sums are stored as they come out of the multiply-add: the JIT of Java 17 cannot
	 * store the loop's own registers as vectors (its store intrinsic fails on them), and boxed each into an object and
	 * an array per block (a quarter of the bytes a varied /chat load allocated, session 29).
	 */
	private static void one(byte[] codes, int b, int dimension, float[] qa, float[] oa) {
		int block = NearestSentences.BLOCK;
		int lanes = SPECIES.length();
		int last = dimension - 1;
		int base = b * block * dimension;
		int j = 0;
		for (; j + 2 * lanes <= block; j += 2 * lanes) {
			FloatVector a0 = FloatVector.zero(SPECIES);
			FloatVector a1 = FloatVector.zero(SPECIES);
			int row = base + j;
			for (int dim = 0; dim < last; dim++, row += block) {
				FloatVector x = FloatVector.broadcast(SPECIES, qa[dim]);
				a0 = widened(codes, row).fma(x, a0);
				a1 = widened(codes, row + lanes).fma(x, a1);
			}
			int at = b * block + j;
			FloatVector x = FloatVector.broadcast(SPECIES, qa[last]);
			widened(codes, row).fma(x, a0).intoArray(oa, at);
			widened(codes, row + lanes).fma(x, a1).intoArray(oa, at + lanes);
		}
		for (; j < block; j += lanes) {
			column(codes, base + j, dimension, qa, oa, b * block + j);
		}
	}

	/** One register of sums for one query (a block that does not divide into pairs of registers). */
	private static void column(byte[] codes, int start, int dimension, float[] query, float[] out, int at) {
		int block = NearestSentences.BLOCK;
		FloatVector sums = FloatVector.zero(SPECIES);
		for (int dim = 0, row = start; dim < dimension; dim++, row += block) {
			sums = widened(codes, row).fma(FloatVector.broadcast(SPECIES, query[dim]), sums);
		}
		sums.intoArray(out, at);
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
