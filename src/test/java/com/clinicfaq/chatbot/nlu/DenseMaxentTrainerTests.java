package com.clinicfaq.chatbot.nlu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link DenseMaxentTrainer}: it must produce the model OpenNLP's own L-BFGS trainer produces.
 */
class DenseMaxentTrainerTests {

	private static final String[] FEATURES = { "f0", "f1", "f2", "f3", "f4", "f5" };

	private static final String[] OUTCOMES = { "a", "b", "c" };

	@Test
	void trainGivesTheSameProbabilitiesAsOpenNlpQnTrainer() throws IOException {
		Random random = new Random(7);
		List<String> outcomes = new ArrayList<>();
		List<float[]> rows = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			int label = i % OUTCOMES.length;
			outcomes.add(OUTCOMES[label]);
			rows.add(sample(random, label));
		}

		MaxentModel dense = DenseMaxentTrainer.train(outcomes, rows, FEATURES, 100, 0.01);
		MaxentModel reference = openNlpQn(outcomes, rows);

		for (int i = 0; i < 20; i++) {
			float[] row = sample(random, i % OUTCOMES.length);
			double[] expected = reference.eval(FEATURES, row);
			double[] actual = dense.eval(FEATURES, row);
			for (String outcome : OUTCOMES) {
				assertThat(actual[dense.getIndex(outcome)]).isCloseTo(expected[reference.getIndex(outcome)],
						within(1e-3));
			}
		}
	}

	@Test
	void trainWhenARowIsGivenSeveralTimesLearnsAsFromEqualCopies() {
		Random random = new Random(13);
		List<String> outcomes = new ArrayList<>();
		List<float[]> shared = new ArrayList<>();
		List<float[]> copies = new ArrayList<>();
		for (int i = 0; i < 45; i++) {
			int label = i % OUTCOMES.length;
			float[] row = sample(random, label);
			// dense rows (no zero) as embeddings are; every third one counts twice, as the risk detector's urgent ones
			for (int f = 0; f < row.length; f++) {
				row[f] += 0.01f;
			}
			for (int copy = 0; copy < ((i % 3 == 0) ? 2 : 1); copy++) {
				outcomes.add(OUTCOMES[label]);
				shared.add(row);
				copies.add(row.clone());
			}
		}
		MaxentModel once = DenseMaxentTrainer.train(outcomes, shared, FEATURES, 60, 0.01);
		MaxentModel twice = DenseMaxentTrainer.train(outcomes, copies, FEATURES, 60, 0.01);
		float[] probe = sample(random, 1);
		double[] expected = twice.eval(FEATURES, probe);
		double[] actual = once.eval(FEATURES, probe);
		for (String outcome : OUTCOMES) {
			assertThat(actual[once.getIndex(outcome)]).isCloseTo(expected[twice.getIndex(outcome)], within(1e-9));
		}
	}

	@Test
	void trainReleasingRowsGivesTheSameModelAndEmptiesTheRows() {
		Random random = new Random(17);
		List<String> outcomes = new ArrayList<>();
		List<float[]> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			outcomes.add(OUTCOMES[i % 3]);
			// rows with zeros (kept in sparse form) and rows without (read in place)
			float[] row = sample(random, i % 3);
			if (i % 2 == 0) {
				for (int f = 0; f < row.length; f++) {
					row[f] += 0.01f;
				}
			}
			rows.add(row);
		}
		MaxentModel kept = DenseMaxentTrainer.train(outcomes, List.copyOf(rows), FEATURES, 50, 0.01);
		MaxentModel released = DenseMaxentTrainer.trainReleasingRows(outcomes, rows, FEATURES, 50, 0.01);
		assertThat(rows).isEmpty();
		for (float[] probe : List.of(new float[] { 1, 1, 0, 0, 0, 0 }, new float[] { 0.3f, 0, 1, 0.2f, 0, 0.5f })) {
			assertThat(released.eval(FEATURES, probe)).containsExactly(kept.eval(FEATURES, probe));
		}
	}

	@Test
	void trainLearnsSeparableClasses() {
		Random random = new Random(11);
		List<String> outcomes = new ArrayList<>();
		List<float[]> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			outcomes.add(OUTCOMES[i % 3]);
			rows.add(sample(random, i % 3));
		}
		MaxentModel model = DenseMaxentTrainer.train(outcomes, rows, FEATURES, 50, 0.01);
		assertThat(model.getBestOutcome(model.eval(FEATURES, new float[] { 1, 1, 0, 0, 0, 0 }))).isEqualTo("a");
		assertThat(model.getBestOutcome(model.eval(FEATURES, new float[] { 0, 0, 1, 1, 0, 0 }))).isEqualTo("b");
		assertThat(model.getBestOutcome(model.eval(FEATURES, new float[] { 0, 0, 0, 0, 1, 1 }))).isEqualTo("c");
	}

	@Test
	void trainWhenARowIsRepeatedToWeighMoreGivesTheSameModelAsCopiesOfIt() {
		Random random = new Random(5);
		List<String> outcomes = new ArrayList<>();
		List<float[]> repeated = new ArrayList<>();
		List<float[]> copies = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			float[] row = sample(random, i % 3);
			int weight = (i % 3 == 0) ? 3 : 1;
			for (int copy = 0; copy < weight; copy++) {
				outcomes.add(OUTCOMES[i % 3]);
				repeated.add(row);
				copies.add(row.clone());
			}
		}
		MaxentModel shared = DenseMaxentTrainer.train(outcomes, repeated, FEATURES, 50, 0.01);
		MaxentModel separate = DenseMaxentTrainer.train(outcomes, copies, FEATURES, 50, 0.01);
		for (float[] probe : List.of(new float[] { 1, 1, 0, 0, 0, 0 }, new float[] { 0.3f, 0, 1, 0.2f, 0, 0.5f })) {
			assertThat(shared.eval(FEATURES, probe)).containsExactly(separate.eval(FEATURES, probe));
		}
	}

	@Test
	void trainToOptimumWhenEachRunIsCutShortStillReachesTheOptimum() {
		Random random = new Random(23);
		List<String> outcomes = new ArrayList<>();
		List<float[]> rows = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			outcomes.add(OUTCOMES[i % 3]);
			rows.add(sample(random, i % 3));
		}
		// weak regularization, as the risk detector's: one run of a few iterations stops far from the optimum
		MaxentModel cutShort = DenseMaxentTrainer.train(outcomes, rows, FEATURES, 4, 0.001);
		MaxentModel restarted = DenseMaxentTrainer.trainToOptimum(outcomes, rows, FEATURES, 4, 0.001, 1e-9, 500);
		MaxentModel longRuns = DenseMaxentTrainer.trainToOptimum(outcomes, rows, FEATURES, 300, 0.001, 1e-9, 50);
		float[] probe = { 0.9f, 0.2f, 0.8f, 0.1f, 0.3f, 0.2f };
		double[] optimum = longRuns.eval(FEATURES, probe);
		double[] short4 = cutShort.eval(FEATURES, probe);
		double[] reached = restarted.eval(FEATURES, probe);
		double shortDistance = 0;
		for (String outcome : OUTCOMES) {
			assertThat(reached[restarted.getIndex(outcome)]).isCloseTo(optimum[longRuns.getIndex(outcome)],
					within(1e-3));
			shortDistance = Math.max(shortDistance,
					Math.abs(short4[cutShort.getIndex(outcome)] - optimum[longRuns.getIndex(outcome)]));
		}
		assertThat(shortDistance).as("a single short run is not already at the optimum").isGreaterThan(0.01);
	}

	@Test
	void trainToOptimumDoesNotDependOnTheOrderOfTheRows() {
		Random random = new Random(29);
		List<String> outcomes = new ArrayList<>();
		List<float[]> rows = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			outcomes.add(OUTCOMES[i % 3]);
			rows.add(sample(random, i % 3));
		}
		List<String> reversedOutcomes = new ArrayList<>(outcomes);
		List<float[]> reversedRows = new ArrayList<>(rows);
		java.util.Collections.reverse(reversedOutcomes);
		java.util.Collections.reverse(reversedRows);
		MaxentModel forward = DenseMaxentTrainer.trainToOptimum(outcomes, rows, FEATURES, 300, 0.001, 1e-9, 50);
		MaxentModel backward = DenseMaxentTrainer.trainToOptimum(reversedOutcomes, reversedRows, FEATURES, 300,
				0.001, 1e-9, 50);
		for (float[] probe : List.of(new float[] { 1, 1, 0, 0, 0, 0 }, new float[] { 0.3f, 0, 1, 0.2f, 0, 0.5f })) {
			double[] a = forward.eval(FEATURES, probe);
			double[] b = backward.eval(FEATURES, probe);
			for (String outcome : OUTCOMES) {
				assertThat(a[forward.getIndex(outcome)]).isCloseTo(b[backward.getIndex(outcome)], within(1e-4));
			}
		}
	}

	@Test
	void gradientMatchesFiniteDifferences() {
		Random random = new Random(3);
		List<float[]> rows = new ArrayList<>();
		int[] labels = new int[30];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = i % 3;
			rows.add(sample(random, labels[i]));
		}
		DenseMaxentTrainer.LogLikelihood objective = new DenseMaxentTrainer.LogLikelihood(rows, labels,
				FEATURES.length, 3);
		double[] point = new double[objective.getDimension()];
		for (int i = 0; i < point.length; i++) {
			point[i] = random.nextGaussian() * 0.5;
		}
		double[] gradient = objective.gradientAt(point);
		double step = 1e-6;
		for (int i = 0; i < point.length; i++) {
			double[] ahead = point.clone();
			ahead[i] += step;
			double[] behind = point.clone();
			behind[i] -= step;
			double numeric = (objective.valueAt(ahead) - objective.valueAt(behind)) / (2 * step);
			assertThat(gradient[i]).as("weight %d", i).isCloseTo(numeric, within(1e-4));
		}
	}

	@Test
	void gradientIsAFreshArrayEachTime() {
		List<float[]> rows = List.of(new float[] { 1, 0, 0, 0, 0, 0 }, new float[] { 0, 1, 0, 0, 0, 0 });
		DenseMaxentTrainer.LogLikelihood objective = new DenseMaxentTrainer.LogLikelihood(rows, new int[] { 0, 1 },
				FEATURES.length, 2);
		double[] point = new double[objective.getDimension()];
		double[] first = objective.gradientAt(point);
		first[0] += 100;
		assertThat(objective.gradientAt(point)[0]).isNotEqualTo(first[0]);
	}

	@Test
	void trainWhenRowsAndOutcomesDifferInCountThrows() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DenseMaxentTrainer.train(List.of("a"), List.of(), FEATURES, 10, 0.01));
	}

	@Test
	void trainWhenRowHasWrongWidthThrows() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> DenseMaxentTrainer.train(List.of("a"), List.<float[]>of(new float[] { 1, 2 }), FEATURES, 10, 0.01));
	}

	/** Non-negative values, two features per class raised for its own class. */
	private static float[] sample(Random random, int label) {
		float[] row = new float[FEATURES.length];
		for (int i = 0; i < row.length; i++) {
			boolean own = i / 2 == label;
			row[i] = (float) Math.max(0, (own ? 1.0 : 0.3) + random.nextGaussian() * 0.4);
		}
		return row;
	}

	private static MaxentModel openNlpQn(List<String> outcomes, List<float[]> rows) throws IOException {
		List<Event> events = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			events.add(new Event(outcomes.get(i), FEATURES, rows.get(i)));
		}
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
		parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
		parameters.put(TrainingParameters.THREADS_PARAM, 1);
		parameters.put(QNTrainer.L2COST_PARAM, 0.01);
		parameters.put(QNTrainer.L1COST_PARAM, 0.0);
		parameters.put("DataIndexer", "OnePassRealValue");
		return TrainerFactory.getEventTrainer(parameters, new HashMap<>())
			.train(ObjectStreamUtils.createObjectStream(events));
	}

}
