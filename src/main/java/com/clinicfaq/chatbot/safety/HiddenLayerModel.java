package com.clinicfaq.chatbot.safety;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A classifier of sentence embeddings with one hidden layer of rectified linear units and a softmax over the outcomes:
 * the risk detector's model when {@code chatbot.safety.detector.hidden-units} is above zero. A linear model over
 * frozen embeddings can only cut the embedding space with flat boundaries; one hidden layer lets "i can't stop
 * laughing" and "i can't stop the bleeding" fall on different sides without a rule. On the detector's own sentences
 * (5-fold cross-validation) it raised about a fifth fewer false alarms on ordinary sentences than the linear model at
 * the same recall (docs/safety.md, session 26).
 * <p>
 * Trained by Adam on shuffled mini-batches from a fixed seed, so the same rows train the same model; each row counts
 * with its weight, and the weights of both layers decay with the L2 cost. Immutable and thread-safe once trained.
 */
final class HiddenLayerModel {

	private static final int MAGIC = 0x484C4D31;

	private static final int BATCH = 64;

	private static final double LEARNING_RATE = 1e-3;

	private static final double BETA1 = 0.9;

	private static final double BETA2 = 0.999;

	private static final double EPSILON = 1e-8;

	private final int dimension;

	private final int units;

	private final int outcomes;

	/** {@code dimension} rows of {@code units} weights: input {@code d}'s weights into every unit. */
	private final float[] inputWeights;

	private final float[] hiddenBias;

	/** {@code units} rows of {@code outcomes} weights. */
	private final float[] outputWeights;

	private final float[] outputBias;

	private HiddenLayerModel(int dimension, int units, int outcomes, float[] inputWeights, float[] hiddenBias,
			float[] outputWeights, float[] outputBias) {
		this.dimension = dimension;
		this.units = units;
		this.outcomes = outcomes;
		this.inputWeights = inputWeights;
		this.hiddenBias = hiddenBias;
		this.outputWeights = outputWeights;
		this.outputBias = outputBias;
	}

	int dimension() {
		return this.dimension;
	}

	/**
	 * The probability of each outcome for one vector (its first {@link #dimension()} values are read).
	 */
	double[] probabilities(float[] vector) {
		float[] hidden = new float[this.units];
		hidden(vector, hidden);
		double[] probabilities = new double[this.outcomes];
		output(hidden, probabilities);
		return probabilities;
	}

	private void hidden(float[] vector, float[] hidden) {
		System.arraycopy(this.hiddenBias, 0, hidden, 0, this.units);
		for (int d = 0; d < this.dimension; d++) {
			float x = vector[d];
			if (x == 0) {
				continue;
			}
			int row = d * this.units;
			for (int h = 0; h < this.units; h++) {
				hidden[h] += x * this.inputWeights[row + h];
			}
		}
		for (int h = 0; h < this.units; h++) {
			hidden[h] = Math.max(hidden[h], 0);
		}
	}

	private void output(float[] hidden, double[] probabilities) {
		double max = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < this.outcomes; k++) {
			double z = this.outputBias[k];
			for (int h = 0; h < this.units; h++) {
				z += hidden[h] * this.outputWeights[h * this.outcomes + k];
			}
			probabilities[k] = z;
			max = Math.max(max, z);
		}
		double total = 0;
		for (int k = 0; k < this.outcomes; k++) {
			probabilities[k] = Math.exp(probabilities[k] - max);
			total += probabilities[k];
		}
		for (int k = 0; k < this.outcomes; k++) {
			probabilities[k] /= total;
		}
	}

	/**
	 * Trains a model.
	 * @param rows one vector per example (only the first {@code dimension} values are read)
	 * @param dimension how many values of each row are inputs
	 * @param labels each example's outcome, {@code 0 <= label < outcomes}
	 * @param weights how much each example counts
	 * @param outcomes how many outcomes
	 * @param units hidden units
	 * @param l2Cost how strongly the weights decay
	 * @param epochs passes over the examples
	 * @param seed the seed of the initial weights and of the shuffles
	 */
	static HiddenLayerModel train(float[][] rows, int dimension, int[] labels, float[] weights, int outcomes, int units,
			double l2Cost, int epochs, long seed) {
		if (rows.length == 0 || rows.length != labels.length || rows.length != weights.length || units <= 0
				|| outcomes < 2) {
			throw new IllegalArgumentException("Need rows, labels and weights of one length, units and two outcomes");
		}
		SplittableRandom random = new SplittableRandom(seed);
		float[] inputWeights = new float[dimension * units];
		double inputScale = Math.sqrt(2.0 / dimension);
		for (int i = 0; i < inputWeights.length; i++) {
			inputWeights[i] = (float) (gaussian(random) * inputScale);
		}
		float[] outputWeights = new float[units * outcomes];
		double outputScale = Math.sqrt(1.0 / units);
		for (int i = 0; i < outputWeights.length; i++) {
			outputWeights[i] = (float) (gaussian(random) * outputScale);
		}
		HiddenLayerModel model = new HiddenLayerModel(dimension, units, outcomes, inputWeights, new float[units],
				outputWeights, new float[outcomes]);
		new Training(model, rows, labels, weights, l2Cost, random).run(epochs);
		return model;
	}

	private static double gaussian(SplittableRandom random) {
		// Box-Muller: SplittableRandom has no nextGaussian on Java 17
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/**
	 * Writes the model (its sizes and weights).
	 */
	void write(DataOutputStream out) throws IOException {
		out.writeInt(MAGIC);
		out.writeInt(this.dimension);
		out.writeInt(this.units);
		out.writeInt(this.outcomes);
		for (float[] values : new float[][] { this.inputWeights, this.hiddenBias, this.outputWeights,
				this.outputBias }) {
			for (float value : values) {
				out.writeFloat(value);
			}
		}
	}

	/**
	 * Reads a model {@link #write(DataOutputStream)} wrote.
	 */
	static HiddenLayerModel read(DataInputStream in) throws IOException {
		if (in.readInt() != MAGIC) {
			throw new IOException("not a hidden-layer model");
		}
		int dimension = in.readInt();
		int units = in.readInt();
		int outcomes = in.readInt();
		if (dimension <= 0 || units <= 0 || outcomes < 2 || (long) dimension * units > 1 << 24) {
			throw new IOException("unexpected sizes " + dimension + ", " + units + ", " + outcomes);
		}
		float[][] parts = { new float[dimension * units], new float[units], new float[units * outcomes],
				new float[outcomes] };
		for (float[] values : parts) {
			for (int i = 0; i < values.length; i++) {
				values[i] = in.readFloat();
				if (!Float.isFinite(values[i])) {
					throw new IOException("a weight is not finite");
				}
			}
		}
		return new HiddenLayerModel(dimension, units, outcomes, parts[0], parts[1], parts[2], parts[3]);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HiddenLayerModel that && this.dimension == that.dimension && this.units == that.units
				&& this.outcomes == that.outcomes && Arrays.equals(this.inputWeights, that.inputWeights)
				&& Arrays.equals(this.hiddenBias, that.hiddenBias)
				&& Arrays.equals(this.outputWeights, that.outputWeights)
				&& Arrays.equals(this.outputBias, that.outputBias);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.inputWeights);
	}

	/**
	 * One run of Adam over a model's parameters, in place. Gradients of a mini-batch are the mean over its examples
	 * (each scaled by its weight) plus the L2 cost's share for a batch of that size.
	 */
	private static final class Training {

		private final HiddenLayerModel model;

		private final float[][] rows;

		private final int[] labels;

		private final float[] weights;

		private final double l2Cost;

		private final SplittableRandom random;

		private final float[][] parameters;

		private final float[][] gradients;

		private final float[][] firstMoments;

		private final float[][] secondMoments;

		private int step;

		Training(HiddenLayerModel model, float[][] rows, int[] labels, float[] weights, double l2Cost,
				SplittableRandom random) {
			this.model = model;
			this.rows = rows;
			this.labels = labels;
			this.weights = weights;
			this.l2Cost = l2Cost;
			this.random = random;
			this.parameters = new float[][] { model.inputWeights, model.hiddenBias, model.outputWeights,
					model.outputBias };
			this.gradients = new float[4][];
			this.firstMoments = new float[4][];
			this.secondMoments = new float[4][];
			for (int i = 0; i < 4; i++) {
				this.gradients[i] = new float[this.parameters[i].length];
				this.firstMoments[i] = new float[this.parameters[i].length];
				this.secondMoments[i] = new float[this.parameters[i].length];
			}
		}

		void run(int epochs) {
			int n = this.rows.length;
			int[] order = new int[n];
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			for (int epoch = 0; epoch < epochs; epoch++) {
				for (int i = n - 1; i > 0; i--) {
					int j = this.random.nextInt(i + 1);
					int swap = order[i];
					order[i] = order[j];
					order[j] = swap;
				}
				for (int start = 0; start < n; start += BATCH) {
					batch(order, start, Math.min(n, start + BATCH));
				}
			}
		}

		private void batch(int[] order, int from, int to) {
			HiddenLayerModel m = this.model;
			int size = to - from;
			for (float[] gradient : this.gradients) {
				Arrays.fill(gradient, 0);
			}
			float[] hidden = new float[m.units];
			double[] probabilities = new double[m.outcomes];
			float[] outputError = new float[m.outcomes];
			float[] hiddenError = new float[m.units];
			float[] gInput = this.gradients[0];
			float[] gHiddenBias = this.gradients[1];
			float[] gOutput = this.gradients[2];
			float[] gOutputBias = this.gradients[3];
			for (int b = from; b < to; b++) {
				int example = order[b];
				float[] row = this.rows[example];
				m.hidden(row, hidden);
				m.output(hidden, probabilities);
				float scale = this.weights[example] / size;
				for (int k = 0; k < m.outcomes; k++) {
					outputError[k] = (float) ((probabilities[k] - ((k == this.labels[example]) ? 1 : 0)) * scale);
					gOutputBias[k] += outputError[k];
				}
				for (int h = 0; h < m.units; h++) {
					float error = 0;
					if (hidden[h] > 0) {
						int at = h * m.outcomes;
						for (int k = 0; k < m.outcomes; k++) {
							gOutput[at + k] += hidden[h] * outputError[k];
							error += outputError[k] * m.outputWeights[at + k];
						}
					}
					hiddenError[h] = error;
					gHiddenBias[h] += error;
				}
				for (int d = 0; d < m.dimension; d++) {
					float x = row[d];
					if (x == 0) {
						continue;
					}
					int at = d * m.units;
					for (int h = 0; h < m.units; h++) {
						gInput[at + h] += x * hiddenError[h];
					}
				}
			}
			float decay = (float) (this.l2Cost * size / this.rows.length);
			for (int i = 0; i < gInput.length; i++) {
				gInput[i] += decay * m.inputWeights[i];
			}
			for (int i = 0; i < gOutput.length; i++) {
				gOutput[i] += decay * m.outputWeights[i];
			}
			this.step++;
			double correction1 = 1 - Math.pow(BETA1, this.step);
			double correction2 = 1 - Math.pow(BETA2, this.step);
			float rate = (float) (LEARNING_RATE * Math.sqrt(correction2) / correction1);
			float epsilon = (float) (EPSILON * Math.sqrt(correction2));
			for (int p = 0; p < 4; p++) {
				float[] parameter = this.parameters[p];
				float[] gradient = this.gradients[p];
				float[] first = this.firstMoments[p];
				float[] second = this.secondMoments[p];
				for (int i = 0; i < parameter.length; i++) {
					float g = gradient[i];
					first[i] = (float) (BETA1 * first[i] + (1 - BETA1) * g);
					second[i] = (float) (BETA2 * second[i] + (1 - BETA2) * g * g);
					parameter[i] -= rate * first[i] / ((float) Math.sqrt(second[i]) + epsilon);
				}
			}
		}

	}

}
