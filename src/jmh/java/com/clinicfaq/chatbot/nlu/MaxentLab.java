package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;

/**
 * For the risk detector's lab ({@code safety.DetectorLab}): trains the same dense maximum-entropy objective as
 * {@link DenseMaxentTrainer} and keeps the weights and the objective's course (iterations run, negative log-likelihood
 * and squared weight norm at each iteration), so whether 300 iterations converge can be read.
 */
public final class MaxentLab {

	private MaxentLab() {
	}

	/**
	 * A trained model: weights {@code feature * outcomes + outcome}, outcomes in order of first appearance.
	 */
	public record Trained(double[] weights, List<String> outcomes, int features, List<double[]> course) {

		/** The softmax over the outcomes for one row (features, bias included). */
		public double[] probabilities(float[] row) {
			int k = this.outcomes.size();
			double[] scores = new double[k];
			for (int f = 0; f < this.features; f++) {
				double v = row[f];
				int base = f * k;
				for (int o = 0; o < k; o++) {
					scores[o] += v * this.weights[base + o];
				}
			}
			double max = Double.NEGATIVE_INFINITY;
			for (double s : scores) {
				max = Math.max(max, s);
			}
			double sum = 0;
			for (int o = 0; o < k; o++) {
				scores[o] = Math.exp(scores[o] - max);
				sum += scores[o];
			}
			for (int o = 0; o < k; o++) {
				scores[o] /= sum;
			}
			return scores;
		}

	}

	public static Trained train(List<String> outcomes, List<float[]> rows, int features, int iterations,
			double l2Cost) {
		return train(outcomes, rows, features, iterations, l2Cost, 0);
	}

	/**
	 * As {@link #train(List, List, int, int, double)}; with {@code tolerance > 0}, the minimizer is started again from
	 * where it stopped (the whole objective, L2 included, shifted to that point) until a run improves the objective by
	 * less than {@code tolerance} relative: OpenNLP's minimizer stops once one iteration gains less than 1e-4.
	 */
	public static Trained train(List<String> outcomes, List<float[]> rows, int features, int iterations,
			double l2Cost, double tolerance) {
		if (tolerance > 0) {
			return trainToConvergence(outcomes, rows, features, iterations, l2Cost, tolerance);
		}
		List<String> names = new ArrayList<>();
		int[] labels = labels(outcomes, names);
		DenseMaxentTrainer.LogLikelihood objective = new DenseMaxentTrainer.LogLikelihood(rows, labels, features,
				names.size());
		List<double[]> course = new ArrayList<>();
		opennlp.tools.ml.maxent.quasinewton.Function recording = new opennlp.tools.ml.maxent.quasinewton.Function() {
			@Override
			public int getDimension() {
				return objective.getDimension();
			}

			@Override
			public double valueAt(double[] x) {
				double value = objective.valueAt(x);
				double norm = 0;
				for (double w : x) {
					norm += w * w;
				}
				course.add(new double[] { value, norm });
				return value;
			}

			@Override
			public double[] gradientAt(double[] x) {
				return objective.gradientAt(x);
			}
		};
		QNMinimizer minimizer = new QNMinimizer(0, l2Cost, iterations, QNTrainer.M_DEFAULT,
				QNTrainer.MAX_FCT_EVAL_DEFAULT);
		double[] weights = minimizer.minimize(recording);
		return new Trained(weights, List.copyOf(names), features, course);
	}

	/** Each outcome's index in {@code names}, which gathers the distinct outcomes in order of first appearance. */
	private static int[] labels(List<String> outcomes, List<String> names) {
		int[] labels = new int[outcomes.size()];
		for (int i = 0; i < labels.length; i++) {
			int index = names.indexOf(outcomes.get(i));
			if (index < 0) {
				names.add(outcomes.get(i));
				index = names.size() - 1;
			}
			labels[i] = index;
		}
		return labels;
	}

	private static Trained trainToConvergence(List<String> outcomes, List<float[]> rows, int features, int iterations,
			double l2Cost, double tolerance) {
		List<String> names = new ArrayList<>();
		int[] labels = labels(outcomes, names);
		DenseMaxentTrainer.LogLikelihood objective = new DenseMaxentTrainer.LogLikelihood(rows, labels, features,
				names.size());
		int dimension = objective.getDimension();
		double[] origin = new double[dimension];
		List<double[]> course = new ArrayList<>();
		double previous = Double.POSITIVE_INFINITY;
		for (int run = 0; run < 50; run++) {
			double[] from = origin.clone();
			opennlp.tools.ml.maxent.quasinewton.Function shifted = new opennlp.tools.ml.maxent.quasinewton.Function() {
				@Override
				public int getDimension() {
					return dimension;
				}

				@Override
				public double valueAt(double[] d) {
					double[] x = add(from, d);
					double norm = 0;
					for (double w : x) {
						norm += w * w;
					}
					double value = objective.valueAt(x);
					course.add(new double[] { value, norm });
					return value + l2Cost * norm;
				}

				@Override
				public double[] gradientAt(double[] d) {
					double[] x = add(from, d);
					double[] gradient = objective.gradientAt(x);
					for (int i = 0; i < gradient.length; i++) {
						gradient[i] += 2 * l2Cost * x[i];
					}
					return gradient;
				}
			};
			double[] step = new QNMinimizer(0, 0, iterations, QNTrainer.M_DEFAULT, QNTrainer.MAX_FCT_EVAL_DEFAULT)
				.minimize(shifted);
			origin = add(from, step);
			double value = shifted.valueAt(step);
			System.err.printf(java.util.Locale.ROOT, "    run %d: objective %.4f%n", run, value);
			if ((previous - value) / Math.abs(value) < tolerance) {
				break;
			}
			previous = value;
		}
		return new Trained(origin, List.copyOf(names), features, course);
	}

	private static double[] add(double[] a, double[] b) {
		double[] sum = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			sum[i] = a[i] + b[i];
		}
		return sum;
	}

}
