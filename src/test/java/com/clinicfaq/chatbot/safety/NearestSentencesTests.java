package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for {@link NearestSentences}: its neighbours and similarities must be exactly those of the plain search it
 * replaced (every stored vector compared with float products summed in double, the earlier vector first on ties).
 */
class NearestSentencesTests {

	private static final int K = 10;

	@Test
	void nearestWhenVectorsAreRandomEqualsPlainSearch() {
		Random random = new Random(7);
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			vectors.add(unit(random, 384));
		}
		assertSameAsPlainSearch(vectors, random, 200);
	}

	@Test
	void nearestWhenManyVectorsAreAlmostTheSameEqualsPlainSearch() {
		// clusters of near-duplicates and exact duplicates: similarities closer than the fast pass's rounding error
		Random random = new Random(11);
		List<float[]> vectors = new ArrayList<>();
		for (int cluster = 0; cluster < 20; cluster++) {
			float[] centre = unit(random, 64);
			for (int i = 0; i < 25; i++) {
				float[] near = centre.clone();
				near[random.nextInt(near.length)] += (i % 5 == 0) ? 0f : 1e-6f * random.nextFloat();
				vectors.add(near);
			}
		}
		List<float[]> queries = new ArrayList<>(vectors.subList(0, 40));
		for (int i = 0; i < 40; i++) {
			queries.add(unit(random, 64));
		}
		NearestSentences index = NearestSentences.of(vectors);
		for (float[] query : queries) {
			assertSame(index, vectors, query);
		}
	}

	@Test
	void nearestWhenHundredsOfVectorsTieEqualsPlainSearch() {
		// more candidates than the search first makes room for, and indexes of other sizes searched in between on
		// the same thread (the approximate similarities' array is reused)
		Random random = new Random(29);
		float[] centre = unit(random, 48);
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < 700; i++) {
			float[] near = centre.clone();
			near[i % near.length] += (i % 3 == 0) ? 0f : 1e-7f;
			vectors.add(near);
		}
		NearestSentences ties = NearestSentences.of(vectors);
		List<float[]> few = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			few.add(unit(random, 48));
		}
		NearestSentences small = NearestSentences.of(few);
		for (int q = 0; q < 10; q++) {
			assertSame(ties, vectors, (q % 2 == 0) ? centre : unit(random, 48));
			assertSame(small, few, unit(random, 48));
		}
	}

	@Test
	void nearestWhenVectorsAreCoarselyCodedEqualsPlainSearch() {
		// one large component per vector makes its eight-bit scale coarse: the small components round to a few codes,
		// so the codes' similarities are far from the exact ones and many vectors are candidates
		Random random = new Random(17);
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			float[] vector = unit(random, 96);
			for (int d = 0; d < vector.length; d++) {
				vector[d] *= 0.05f;
			}
			vector[random.nextInt(4)] = (i % 3 == 0) ? -0.99f : 0.99f;
			vectors.add(vector);
		}
		for (int q = 0; q < 60; q++) {
			float[] query = (q % 2 == 0) ? unit(random, 96) : vectors.get(random.nextInt(vectors.size())).clone();
			if (q % 3 == 0) {
				query[random.nextInt(query.length)] += 0.001f;
			}
			assertSame(NearestSentences.of(vectors), vectors, query);
		}
	}

	@Test
	void nearestWhenTheDimensionIsNotAMultipleOfFourEqualsPlainSearch() {
		// the scalar pass adds four dimensions at a time; the last one to three go one by one
		Random random = new Random(13);
		for (int dimension : new int[] { 1, 2, 3, 5, 30, 383 }) {
			List<float[]> vectors = new ArrayList<>();
			for (int i = 0; i < 150; i++) {
				vectors.add(unit(random, dimension));
			}
			assertSameAsPlainSearch(vectors, random, 40);
		}
	}

	@Test
	void nearestWhenFewerVectorsThanNeighboursEqualsPlainSearch() {
		Random random = new Random(3);
		List<float[]> vectors = List.of(unit(random, 16), unit(random, 16), unit(random, 16));
		assertSameAsPlainSearch(vectors, random, 10);
	}

	@Test
	void ofSavedWhenGivenTheSavedLayoutRestoresTheSameIndex() {
		Random random = new Random(5);
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < 70; i++) {
			vectors.add(unit(random, 32));
		}
		NearestSentences index = NearestSentences.of(vectors);
		NearestSentences restored = NearestSentences.ofSaved(70, 32, index.rows().clone(), index.codes().clone(),
				index.scales().clone(), index.errors().clone(), index.maxNorm());
		for (int i = 0; i < vectors.size(); i++) {
			assertThat(restored.vector(i)).containsExactly(vectors.get(i));
		}
		double[] expected = new double[5];
		double[] actual = new double[5];
		assertThat(restored.nearest(vectors.get(3), 5, actual)).containsExactly(index.nearest(vectors.get(3), 5,
				expected));
		assertThat(actual).containsExactly(expected);
	}

	@Test
	void ofRowsWhenRowsCarryABiasAfterTheVectorIndexesTheVectorsOnly() {
		Random random = new Random(9);
		List<float[]> vectors = new ArrayList<>();
		float[][] rows = new float[45][];
		for (int i = 0; i < rows.length; i++) {
			float[] vector = unit(random, 24);
			vectors.add(vector);
			rows[i] = Arrays.copyOf(vector, 25);
			rows[i][24] = 1;
		}
		NearestSentences index = NearestSentences.ofRows(rows, 24);
		assertThat(index.dimension()).isEqualTo(24);
		assertThat(index.rows()).containsExactly(NearestSentences.of(vectors).rows());
		assertSame(index, vectors, unit(random, 24));
	}

	@Test
	void nearestAllWhenAMessagesUnitsShareOnePassEqualsPlainSearchOfEach() {
		Random random = new Random(31);
		for (int dimension : List.of(384, 37)) {
			List<float[]> vectors = new ArrayList<>();
			float[] centre = unit(random, dimension);
			for (int i = 0; i < 1_000; i++) {
				// some near-ties around one centre, the rest random; 1,000 is not a multiple of a block
				vectors.add((i % 4 == 0) ? nudged(centre, random) : unit(random, dimension));
			}
			NearestSentences index = NearestSentences.of(vectors);
			// every group size from one query to more than one shared pass holds (fours, a two, a one)
			for (int count = 1; count <= NearestSentences.SHARED_PASS + 3; count++) {
				float[][] queries = new float[count][];
				for (int q = 0; q < count; q++) {
					queries[q] = switch (q % 3) {
						case 0 -> unit(random, dimension);
						case 1 -> vectors.get(random.nextInt(vectors.size()));
						default -> centre;
					};
				}
				for (SimilarityPass pass : List.of(index.pass(), SimilarityPass.SCALAR)) {
					double[][] similarities = new double[count][K];
					int[][] nearest = index.withPass(pass).nearestAll(queries, K, similarities);
					for (int q = 0; q < count; q++) {
						double[] expectedSimilarities = new double[K];
						int[] expected = plainSearch(vectors, queries[q], expectedSimilarities);
						assertThat(nearest[q]).as(pass.name() + ", query " + q + " of " + count).containsExactly(expected);
						assertThat(similarities[q]).as(pass.name()).containsExactly(expectedSimilarities);
					}
				}
			}
		}
	}

	@Test
	void sharedPassWhenGivenManyQueriesGivesEachTheSingleQuerysSums() {
		Random random = new Random(37);
		int dimension = 384;
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			vectors.add(unit(random, dimension));
		}
		NearestSentences index = NearestSentences.of(vectors);
		int blocks = NearestSentences.blockCount(vectors.size());
		float[][] queries = new float[7][];
		float[][] shared = new float[7][];
		for (int q = 0; q < queries.length; q++) {
			queries[q] = unit(random, dimension);
			shared[q] = new float[blocks * NearestSentences.BLOCK];
		}
		SimilarityPass pass = index.pass();
		pass.similarities(index.codes(), blocks, dimension, queries, queries.length, shared);
		for (int q = 0; q < queries.length; q++) {
			float[] single = new float[blocks * NearestSentences.BLOCK];
			pass.similarities(index.codes(), blocks, dimension, queries[q], single);
			// the same additions in the same order: the same floats, not just within the bound
			assertThat(shared[q]).as(pass.name() + ", query " + q).containsExactly(single);
		}
	}

	private static float[] nudged(float[] centre, Random random) {
		float[] near = centre.clone();
		near[random.nextInt(near.length)] += 1e-6f * random.nextFloat();
		return near;
	}

	private static void assertSameAsPlainSearch(List<float[]> vectors, Random random, int queries) {
		NearestSentences index = NearestSentences.of(vectors);
		int dimension = vectors.get(0).length;
		for (int q = 0; q < queries; q++) {
			float[] query = (q % 2 == 0) ? unit(random, dimension) : vectors.get(random.nextInt(vectors.size()));
			assertSame(index, vectors, query);
		}
	}

	@Test
	void bestPassWhenTheJvmHasTheVectorModuleIsTheVectorOne() {
		// the build runs the tests with --add-modules jdk.incubator.vector, as the Dockerfile runs the service
		assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
		assertThat(SimilarityPass.best().name()).startsWith("vector");
		assertThat(NearestSentences.of(List.of(new float[] { 1f })).pass().name()).startsWith("vector");
	}

	/** Every single-precision pass (the JVM's best and the plain loop) must give the plain search's answer. */
	private static void assertSame(NearestSentences index, List<float[]> vectors, float[] query) {
		double[] expectedSimilarities = new double[K];
		int[] expected = plainSearch(vectors, query, expectedSimilarities);
		for (SimilarityPass pass : List.of(index.pass(), SimilarityPass.SCALAR)) {
			double[] similarities = new double[K];
			int[] nearest = index.withPass(pass).nearest(query, K, similarities);
			assertThat(nearest).as(pass.name()).containsExactly(expected);
			assertThat(similarities).as(pass.name()).containsExactly(expectedSimilarities);
		}
	}

	/** The search RiskDetector did before: every vector, float products summed in double, insertion into the top k. */
	private static int[] plainSearch(List<float[]> vectors, float[] vector, double[] similarities) {
		double[] top = new double[K];
		int[] topIndex = new int[K];
		Arrays.fill(top, -2);
		for (int i = 0; i < vectors.size(); i++) {
			float[] other = vectors.get(i);
			double dot = 0;
			for (int d = 0; d < other.length; d++) {
				dot += other[d] * vector[d];
			}
			if (dot > top[K - 1]) {
				int j = K - 1;
				while (j > 0 && top[j - 1] < dot) {
					top[j] = top[j - 1];
					topIndex[j] = topIndex[j - 1];
					j--;
				}
				top[j] = dot;
				topIndex[j] = i;
			}
		}
		System.arraycopy(top, 0, similarities, 0, K);
		return topIndex;
	}

	private static float[] unit(Random random, int dimension) {
		float[] vector = new float[dimension];
		double squares = 0;
		for (int d = 0; d < dimension; d++) {
			vector[d] = (float) random.nextGaussian();
			squares += vector[d] * vector[d];
		}
		float norm = (float) Math.sqrt(squares);
		for (int d = 0; d < dimension; d++) {
			vector[d] /= norm;
		}
		return vector;
	}

}
