package com.clinicfaq.chatbot.nlu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SavedModelFile}.
 */
class SavedModelFileTests {

	private static final String[] FEATURES = { "x", "y", "bias" };

	private static final List<float[]> ROWS = List.of(new float[] { 1, 0, 1 }, new float[] { 0.9f, 0.2f, 1 },
			new float[] { 0, 1, 1 }, new float[] { 0.1f, 0.8f, 1 });

	private static final List<String> OUTCOMES = List.of("A", "A", "B", "B");

	@TempDir
	Path folder;

	private final AtomicInteger trainings = new AtomicInteger();

	@Test
	void loadOrTrainWhenSavedUnderTheSameKeyLoadsTheSameModelWithoutTraining() {
		SavedModelFile file = new SavedModelFile(this.folder.resolve("model.bin"));
		MaxentModel trained = file.loadOrTrain("key-1", this::train);
		MaxentModel loaded = new SavedModelFile(this.folder.resolve("model.bin")).loadOrTrain("key-1", this::train);

		assertThat(this.trainings).hasValue(1);
		for (float[] row : List.of(new float[] { 0.5f, 0.5f, 1 }, new float[] { 0.7f, 0.1f, 1 }, ROWS.get(2))) {
			assertThat(loaded.eval(FEATURES, row)).containsExactly(trained.eval(FEATURES, row));
		}
		assertThat(loaded.getIndex("B")).isEqualTo(trained.getIndex("B"));
	}

	@Test
	void loadOrTrainWhenKeyDiffersTrainsAgainAndReplacesTheFile() {
		SavedModelFile file = new SavedModelFile(this.folder.resolve("model.bin"));
		file.loadOrTrain("key-1", this::train);
		file.loadOrTrain("key-2", this::train);
		file.loadOrTrain("key-2", this::train);

		assertThat(this.trainings).hasValue(2);
	}

	@Test
	void loadOrTrainWhenFileIsDamagedTrainsInsteadOfFailing() throws Exception {
		Path path = this.folder.resolve("model.bin");
		new SavedModelFile(path).loadOrTrain("key-1", this::train);
		byte[] bytes = Files.readAllBytes(path);
		Files.write(path, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		MaxentModel model = new SavedModelFile(path).loadOrTrain("key-1", this::train);

		assertThat(this.trainings).hasValue(2);
		assertThat(model.getBestOutcome(model.eval(FEATURES, ROWS.get(0)))).isEqualTo("A");
	}

	private MaxentModel train() {
		this.trainings.incrementAndGet();
		return DenseMaxentTrainer.train(OUTCOMES, ROWS, FEATURES, 50, 0.01);
	}

}
