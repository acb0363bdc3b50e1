package com.clinicfaq.chatbot.nlu;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;

/**
 * Trains an OpenNLP maximum-entropy model ({@link QNModel}) on dense real-valued features with OpenNLP's L-BFGS
 * minimizer ({@link QNMinimizer}).
 * <p>
 * It minimizes the same L2-regularized negative log-likelihood as OpenNLP's {@link QNTrainer}, with the same
 * minimizer settings, so the model is the one {@code QNTrainer} would produce. Only the objective is laid out for
 * dense data: OpenNLP's generic objective walks every feature of every row once per outcome through an index
 * computation. Here the weights of one feature for all outcomes are adjacent, so scoring a row and adding its share
 * of the gradient are loops over contiguous memory; the probabilities computed for the value are kept for the
 * gradient at the same point; and the rows are split into a fixed number of blocks summed in a fixed order, so the result
 * does not depend on how many cores run them. How much faster it is: {@code docs/measurements.md}.
 */
public final class DenseMaxentTrainer {

	/** Rows are summed in this many blocks, in parallel where cores allow. */
	private static final int BLOCKS = 4;

	private DenseMaxentTrainer() {
	}

	/**
	 * Trains a model.
	 * @param outcomes the outcome (intent) of each row
	 * @param rows the feature values of each row, one value per entry of {@code featureNames}; zero values are skipped;
	 * read during training, never changed (the caller must not change them either until it returns)
	 * @param featureNames the predicate names the model will be evaluated with
	 * @param iterations L-BFGS iterations
	 * @param l2Cost L2 regularization cost
	 * @return the trained model
	 */
	public static QNModel train(List<String> outcomes, List<float[]> rows, String[] featureNames, int iterations,
			double l2Cost) {
		return train(outcomes, rows, featureNames, iterations, l2Cost, false);
	}

	/**
	 * As {@link #train(List, List, String[], int, double)}, emptying {@code rows} (a modifiable list the caller no
	 * longer needs) once they are indexed: a row with zeros is kept in sparse form, so its dense array can go before
	 * training instead of staying in the heap beside its copy. The model is the same.
	 */
	public static QNModel trainReleasingRows(List<String> outcomes, List<float[]> rows, String[] featureNames,
			int iterations, double l2Cost) {
		return train(outcomes, rows, featureNames, iterations, l2Cost, true);
	}

	/**
	 * As {@link #train(List, List, String[], int, double)}, but to the optimum: OpenNLP's minimizer stops as soon as
	 * one iteration improves the objective by less than a ten-thousandth of it, which on a weakly regularized
	 * problem can be long before the optimum, at a point that depends on the path taken (the risk detector's model
	 * stopped 8% above its optimum, and dropping 6 of its 13,000 sentences moved its objective up instead of down,
	 * and moved a few hundredths of a probability everywhere: docs/safety.md). Here the minimizer is started again
	 * from where it stopped until a run improves the objective by less than {@code tolerance} of it (or after
	 * {@code maxRuns} runs). The optimum of the L2-regularized objective is unique, so the model then depends on the
	 * data, not on where a run happened to stop: a small change of the data moves it a little.
	 * @param iterations L-BFGS iterations of each run
	 * @param tolerance the relative improvement of a run below which the model is taken as trained (1e-6)
	 * @param maxRuns at most this many runs
	 */
	public static QNModel trainToOptimum(List<String> outcomes, List<float[]> rows, String[] featureNames,
			int iterations, double l2Cost, double tolerance, int maxRuns) {
		Objective objective = objective(outcomes, rows, featureNames, false);
		double[] weights = new double[objective.likelihood().getDimension()];
		double before = Double.POSITIVE_INFINITY;
		for (int run = 0; run < maxRuns; run++) {
			Regularized from = new Regularized(objective.likelihood(), weights, l2Cost);
			double[] step = new QNMinimizer(0, 0, iterations, QNTrainer.M_DEFAULT, QNTrainer.MAX_FCT_EVAL_DEFAULT)
				.minimize(from);
			double after = from.valueAt(step);
			if (after <= before) {
				weights = from.point(step);
			}
			if (!(before - after > tolerance * Math.abs(after))) {
				break;
			}
			before = after;
		}
		return model(weights, featureNames, objective.outcomes());
	}

	private static QNModel train(List<String> outcomes, List<float[]> rows, String[] featureNames, int iterations,
			double l2Cost, boolean release) {
		Objective objective = objective(outcomes, rows, featureNames, release);
		QNMinimizer minimizer = new QNMinimizer(0, l2Cost, iterations, QNTrainer.M_DEFAULT,
				QNTrainer.MAX_FCT_EVAL_DEFAULT);
		double[] weights = minimizer.minimize(objective.likelihood());
		return model(weights, featureNames, objective.outcomes());
	}

	private record Objective(LogLikelihood likelihood, String[] outcomes) {
	}

	private static Objective objective(List<String> outcomes, List<float[]> rows, String[] featureNames,
			boolean release) {
		if (outcomes.size() != rows.size() || rows.isEmpty()) {
			throw new IllegalArgumentException("Need one outcome per row and at least one row");
		}
		Map<String, Integer> outcomeIndex = new LinkedHashMap<>();
		int[] labels = new int[outcomes.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = outcomeIndex.computeIfAbsent(outcomes.get(i), (outcome) -> outcomeIndex.size());
		}
		LogLikelihood objective = new LogLikelihood(rows, labels, featureNames.length, outcomeIndex.size());
		if (release) {
			rows.clear();
		}
		return new Objective(objective, outcomeIndex.keySet().toArray(String[]::new));
	}

	/**
	 * The L2-regularized objective as a function of a step from a starting point (what OpenNLP's minimizer adds for
	 * its L2 cost, on the whole weights): a run of the minimizer, which always starts from zero, then starts there.
	 */
	private static final class Regularized implements Function {

		private final LogLikelihood likelihood;

		private final double[] start;

		private final double l2Cost;

		Regularized(LogLikelihood likelihood, double[] start, double l2Cost) {
			this.likelihood = likelihood;
			this.start = start;
			this.l2Cost = l2Cost;
		}

		double[] point(double[] step) {
			double[] point = new double[this.start.length];
			for (int i = 0; i < point.length; i++) {
				point[i] = this.start[i] + step[i];
			}
			return point;
		}

		@Override
		public int getDimension() {
			return this.likelihood.getDimension();
		}

		@Override
		public double valueAt(double[] step) {
			double[] point = point(step);
			double squares = 0;
			for (double weight : point) {
				squares += weight * weight;
			}
			return this.likelihood.valueAt(point) + this.l2Cost * squares;
		}

		@Override
		public double[] gradientAt(double[] step) {
			double[] point = point(step);
			double[] gradient = this.likelihood.gradientAt(point);
			for (int i = 0; i < gradient.length; i++) {
				gradient[i] += 2 * this.l2Cost * point[i];
			}
			return gradient;
		}

	}

	private static QNModel model(double[] weights, String[] featureNames, String[] outcomeNames) {
		int outcomeCount = outcomeNames.length;
		int[] allOutcomes = IntStream.range(0, outcomeCount).toArray();
		Context[] parameters = new Context[featureNames.length];
		for (int feature = 0; feature < featureNames.length; feature++) {
			double[] alpha = Arrays.copyOfRange(weights, feature * outcomeCount, (feature + 1) * outcomeCount);
			parameters[feature] = new Context(allOutcomes, alpha);
		}
		return new QNModel(parameters, featureNames.clone(), outcomeNames);
	}

	/**
	 * The negative log-likelihood of the rows' outcomes under a softmax over the outcomes; weight
	 * {@code feature * outcomes + outcome} belongs to a feature and an outcome.
	 */
	static final class LogLikelihood implements Function {

		private final int[][] indices;

		private final float[][] values;

		private final int[] labels;

		private final int outcomes;

		private final int dimension;

		/** For each row and outcome, the predicted probability minus the observed one, at {@link #point}. */
		private final double[] residuals;

		private double[] point;

		LogLikelihood(List<float[]> rows, int[] labels, int features, int outcomes) {
			this.indices = new int[rows.size()][];
			this.values = new float[rows.size()][];
			// a row repeated to weigh more (the same array given again) shares its sparse copy, and a row without
			// zeros (a sentence embedding) is read in place with one shared list of all features: the risk detector
			// repeats most of its ten thousand rows three times, and per-row copies were most of a first start's heap
			Map<float[], Integer> seen = new IdentityHashMap<>();
			int[] allFeatures = IntStream.range(0, features).toArray();
			for (int row = 0; row < rows.size(); row++) {
				float[] dense = rows.get(row);
				Integer earlier = seen.putIfAbsent(dense, row);
				if (earlier != null) {
					this.indices[row] = this.indices[earlier];
					this.values[row] = this.values[earlier];
					continue;
				}
				if (dense.length != features) {
					throw new IllegalArgumentException("Row " + row + " has " + dense.length + " values, not "
							+ features);
				}
				int nonZero = 0;
				for (float value : dense) {
					nonZero += (value != 0) ? 1 : 0;
				}
				if (nonZero == features) {
					this.indices[row] = allFeatures;
					this.values[row] = dense;
					continue;
				}
				this.indices[row] = new int[nonZero];
				this.values[row] = new float[nonZero];
				for (int feature = 0, k = 0; feature < features; feature++) {
					if (dense[feature] != 0) {
						this.indices[row][k] = feature;
						this.values[row][k++] = dense[feature];
					}
				}
			}
			this.labels = labels;
			this.outcomes = outcomes;
			this.dimension = features * outcomes;
			this.residuals = new double[rows.size() * outcomes];
		}

		@Override
		public int getDimension() {
			return this.dimension;
		}

		@Override
		public double valueAt(double[] x) {
			checkDimension(x);
			double[] blockValues = new double[BLOCKS];
			IntStream.range(0, BLOCKS).parallel().forEach((block) -> blockValues[block] = blockValue(block, x));
			this.point = x.clone();
			double value = 0;
			for (double blockValue : blockValues) {
				value += blockValue;
			}
			return value;
		}

		private double blockValue(int block, double[] x) {
			double[] scores = new double[this.outcomes];
			double value = 0;
			for (int row = start(block); row < start(block + 1); row++) {
				Arrays.fill(scores, 0);
				int[] rowIndices = this.indices[row];
				float[] rowValues = this.values[row];
				for (int k = 0; k < rowIndices.length; k++) {
					double featureValue = rowValues[k];
					int base = rowIndices[k] * this.outcomes;
					for (int outcome = 0; outcome < this.outcomes; outcome++) {
						scores[outcome] += featureValue * x[base + outcome];
					}
				}
				double max = Double.NEGATIVE_INFINITY;
				for (double score : scores) {
					max = Math.max(max, score);
				}
				int label = this.labels[row];
				double labelScore = scores[label];
				double sum = 0;
				for (int outcome = 0; outcome < this.outcomes; outcome++) {
					scores[outcome] = Math.exp(scores[outcome] - max);
					sum += scores[outcome];
				}
				value -= labelScore - max - Math.log(sum);
				int offset = row * this.outcomes;
				for (int outcome = 0; outcome < this.outcomes; outcome++) {
					this.residuals[offset + outcome] = scores[outcome] / sum - ((outcome == label) ? 1 : 0);
				}
			}
			return value;
		}

		@Override
		public double[] gradientAt(double[] x) {
			checkDimension(x);
			if (!Arrays.equals(x, this.point)) {
				valueAt(x);
			}
			double[][] blockGradients = new double[BLOCKS][];
			IntStream.range(0, BLOCKS).parallel().forEach((block) -> blockGradients[block] = blockGradient(block));
			double[] gradient = blockGradients[0];
			for (int block = 1; block < BLOCKS; block++) {
				double[] other = blockGradients[block];
				for (int i = 0; i < gradient.length; i++) {
					gradient[i] += other[i];
				}
			}
			// a new array each time: OpenNLP's L2 regularization adds to the array it is given
			return gradient;
		}

		private double[] blockGradient(int block) {
			double[] gradient = new double[this.dimension];
			for (int row = start(block); row < start(block + 1); row++) {
				int[] rowIndices = this.indices[row];
				float[] rowValues = this.values[row];
				int offset = row * this.outcomes;
				for (int k = 0; k < rowIndices.length; k++) {
					double featureValue = rowValues[k];
					int base = rowIndices[k] * this.outcomes;
					for (int outcome = 0; outcome < this.outcomes; outcome++) {
						gradient[base + outcome] += featureValue * this.residuals[offset + outcome];
					}
				}
			}
			return gradient;
		}

		private int start(int block) {
			return (int) ((long) this.labels.length * block / BLOCKS);
		}

		private void checkDimension(double[] x) {
			if (x.length != this.dimension) {
				throw new IllegalArgumentException("Expected " + this.dimension + " weights, got " + x.length);
			}
		}

	}

}
