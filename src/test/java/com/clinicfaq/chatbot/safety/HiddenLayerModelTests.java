package com.clinicfaq.chatbot.safety;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HiddenLayerModelTests {

	/**
	 * Points in four quadrants, the label set by whether the two signs agree (exclusive or): no straight line
	 * separates them, so only a model that really uses its hidden layer can tell them apart. A fifth, unread value
	 * stands where the detector's rows keep their bias feature.
	 */
	private static float[][] quadrants(int count, long seed, int[] labels) {
		SplittableRandom random = new SplittableRandom(seed);
		float[][] rows = new float[count][];
		for (int i = 0; i < count; i++) {
			float x = (float) (random.nextDouble(0.2, 1.0) * (random.nextBoolean() ? 1 : -1));
			float y = (float) (random.nextDouble(0.2, 1.0) * (random.nextBoolean() ? 1 : -1));
			rows[i] = new float[] { x, y, 0.1f, -0.1f, 1 };
			labels[i] = ((x > 0) == (y > 0)) ? 0 : 1;
		}
		return rows;
	}

	private static HiddenLayerModel trained(long seed) {
		int[] labels = new int[400];
		float[][] rows = quadrants(400, 7, labels);
		float[] weights = new float[400];
		Arrays.fill(weights, 1);
		return HiddenLayerModel.train(rows, 4, labels, weights, 2, 16, 0.1, 60, seed);
	}

	@Test
	void separatesWhatNoLineSeparates() {
		HiddenLayerModel model = trained(1);
		int[] labels = new int[200];
		float[][] unseen = quadrants(200, 99, labels);
		int right = 0;
		for (int i = 0; i < unseen.length; i++) {
			double[] probabilities = model.probabilities(unseen[i]);
			assertThat(probabilities[0] + probabilities[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
			right += ((probabilities[1] > 0.5) == (labels[i] == 1)) ? 1 : 0;
		}
		// a linear model gets about half of these right
		assertThat(right).isGreaterThanOrEqualTo(190);
	}

	@Test
	void theSameRowsAndSeedTrainTheSameModel() {
		assertThat(trained(3)).isEqualTo(trained(3)).isNotEqualTo(trained(4));
	}

	@Test
	void aWeightedOutcomeWinsWhereTheRowsAreTheSame() {
		float[][] rows = { { 0.5f, 0.5f }, { 0.5f, 0.5f } };
		HiddenLayerModel model = HiddenLayerModel.train(rows, 2, new int[] { 0, 1 }, new float[] { 1, 3 }, 2, 4, 0,
				400, 1);
		assertThat(model.probabilities(rows[0])[1]).isGreaterThan(0.7);
	}

	@Test
	void readsWhatItWrote() throws IOException {
		HiddenLayerModel model = trained(5);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(new DataOutputStream(bytes));
		HiddenLayerModel read = HiddenLayerModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
		assertThat(read).isEqualTo(model);
		float[] row = { 0.3f, -0.7f, 0.1f, -0.1f, 1 };
		assertThat(read.probabilities(row)).containsExactly(model.probabilities(row));
	}

	@Test
	void refusesATruncatedOrForeignFile() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		trained(5).write(new DataOutputStream(bytes));
		byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
		assertThatThrownBy(() -> HiddenLayerModel.read(new DataInputStream(new ByteArrayInputStream(truncated))))
			.isInstanceOf(IOException.class);
		byte[] foreign = "not a model at all".getBytes();
		assertThatThrownBy(() -> HiddenLayerModel.read(new DataInputStream(new ByteArrayInputStream(foreign))))
			.isInstanceOf(IOException.class);
	}

	@Test
	void refusesRowsWithoutLabels() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> HiddenLayerModel.train(new float[][] { { 1 } }, 1, new int[0], new float[] { 1 }, 2, 4, 0.1, 1, 1));
	}

}
