package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.clinicfaq.chatbot.nlu.SentenceEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SavedDetector}: a restart reads the detector it saved (scoring exactly as the trained one) and
 * trains again when the sentences change or the files are damaged. The sentences were written for these tests.
 */
class SavedDetectorTests {

	private static final List<String> PROBES = List.of("i am going to end it tonight", "my dad collapsed and is not "
			+ "breathing", "what time do you open on monday", "can i drive home after a session");

	private final SentenceEmbedder embedder = SentenceEmbedder.load();

	@Test
	void trainWhenSavedForTheSameSentencesReadsThemWithoutEmbeddingAndScoresTheSame(@TempDir Path folder) {
		RiskDetector trained = train(examples(), folder, this.embedder::embedTrainingPhrases);
		assertThat(folder.resolve("risk-detector-index.bin")).isNotEmptyFile();
		assertThat(folder.resolve("risk-detector.bin")).isNotEmptyFile();
		RiskDetector loaded = train(examples(), folder, SavedDetectorTests::refuseToEmbed);
		for (String probe : PROBES) {
			assertThat(loaded.score(probe)).as(probe).isEqualTo(trained.score(probe));
		}
	}

	@Test
	void aDetectorWithAHiddenLayerIsSavedUnderItsOwnKeyAndReadBackScoringTheSame(@TempDir Path folder)
			throws IOException {
		RiskDetector linear = train(examples(), folder, this.embedder::embedTrainingPhrases);
		RiskDetector hidden = trainHidden(folder, this.embedder::embedTrainingPhrases);
		assertThat(folder.resolve("risk-detector-hidden.bin")).isNotEmptyFile();
		assertThat(hidden.score(PROBES.get(3))).isNotEqualTo(linear.score(PROBES.get(3)));
		RiskDetector loaded = trainHidden(folder, SavedDetectorTests::refuseToEmbed);
		for (String probe : PROBES) {
			assertThat(loaded.score(probe)).as(probe).isEqualTo(hidden.score(probe));
		}
		// a damaged model file is trained again from the saved sentences, to the same weights
		Path model = folder.resolve("risk-detector-hidden.bin");
		byte[] bytes = Files.readAllBytes(model);
		Files.write(model, Arrays.copyOf(bytes, bytes.length / 3));
		RiskDetector retrained = trainHidden(folder, SavedDetectorTests::refuseToEmbed);
		assertThat(retrained.score(PROBES.get(0))).isEqualTo(hidden.score(PROBES.get(0)));
	}

	private RiskDetector trainHidden(Path folder, Function<List<String>, List<float[]>> embedAll) {
		return RiskDetector.train(examples(), String::strip, this.embedder::embed, embedAll, false, 32,
				new SavedDetector(folder, this.embedder.fingerprint(), "strip"));
	}

	@Test
	void trainWhenASentenceChangedEmbedsAndTrainsAgain(@TempDir Path folder) {
		train(examples(), folder, this.embedder::embedTrainingPhrases);
		List<RiskExample> changed = new ArrayList<>(examples());
		changed.set(0, new RiskExample("i wrote a goodbye letter to my kids", Urgency.CRISIS, "test", true));
		List<List<String>> embedded = new ArrayList<>();
		train(changed, folder, (texts) -> {
			embedded.add(texts);
			return this.embedder.embedTrainingPhrases(texts);
		});
		assertThat(embedded).hasSize(1);
	}

	@Test
	void trainWhenTheSavedIndexIsTruncatedTrainsAgain(@TempDir Path folder) throws IOException {
		RiskDetector trained = train(examples(), folder, this.embedder::embedTrainingPhrases);
		Path index = folder.resolve("risk-detector-index.bin");
		byte[] bytes = Files.readAllBytes(index);
		Files.write(index, Arrays.copyOf(bytes, bytes.length - 100));
		List<List<String>> embedded = new ArrayList<>();
		RiskDetector retrained = train(examples(), folder, (texts) -> {
			embedded.add(texts);
			return this.embedder.embedTrainingPhrases(texts);
		});
		assertThat(embedded).hasSize(1);
		assertThat(retrained.score(PROBES.get(0))).isEqualTo(trained.score(PROBES.get(0)));
	}

	@Test
	void trainWhenTheSentencesArePreparedDifferentlyEmbedsAndTrainsAgain(@TempDir Path folder) {
		train(examples(), folder, this.embedder::embedTrainingPhrases);
		List<List<String>> embedded = new ArrayList<>();
		RiskDetector.train(examples(), (text) -> text.strip().toUpperCase(), this.embedder::embed, (texts) -> {
			embedded.add(texts);
			return this.embedder.embedTrainingPhrases(texts);
		}, new SavedDetector(folder, this.embedder.fingerprint(), "strip, then upper case"));
		assertThat(embedded).hasSize(1);
		assertThat(embedded.get(0)).contains("I WANT TO END MY LIFE");
	}

	@Test
	void loadWhenSavedReadsTheVectorsAndTheirEightBitCodesAsBuilt(@TempDir Path folder) {
		Random random = new Random(7);
		float[][] rows = new float[37][24];
		for (float[] row : rows) {
			for (int d = 0; d < row.length; d++) {
				row[d] = (float) random.nextGaussian();
			}
		}
		NearestSentences built = NearestSentences.ofRows(rows, 24);
		SavedDetector saved = new SavedDetector(folder, this.embedder.fingerprint(), "strip");
		saved.save("a-key", built);
		assertThat(saved.load("another-key", 37)).isNull();
		NearestSentences loaded = saved.load("a-key", 37);
		assertThat(loaded.rows()).containsExactly(built.rows());
		assertThat(loaded.codes()).containsExactly(built.codes());
		assertThat(loaded.scales()).containsExactly(built.scales());
		assertThat(loaded.errors()).containsExactly(built.errors());
		assertThat(loaded.maxNorm()).isEqualTo(built.maxNorm());
		float[] query = rows[5];
		assertThat(loaded.vector(5)).containsExactly(query);
	}

	private RiskDetector train(List<RiskExample> examples, Path folder, Function<List<String>, List<float[]>> embedAll) {
		return RiskDetector.train(examples, String::strip, this.embedder::embed, embedAll,
				new SavedDetector(folder, this.embedder.fingerprint(), "strip"));
	}

	private static List<float[]> refuseToEmbed(List<String> texts) {
		throw new AssertionError("embedded " + texts.size() + " sentences although they were saved");
	}

	private static List<RiskExample> examples() {
		List<RiskExample> examples = new ArrayList<>();
		for (String text : List.of("i want to end my life", "i have pills saved up to take them all",
				"nobody would miss me if i was gone", "tonight is the night i do it")) {
			examples.add(new RiskExample(text, Urgency.CRISIS, "test", true));
		}
		for (String text : List.of("he is not breathing and his lips are blue", "she took way too many of her pills and "
				+ "wont wake up", "my chest is crushing and my left arm is numb")) {
			examples.add(new RiskExample(text, Urgency.EMERGENCY, "test", true));
		}
		for (String text : List.of("how much does a session cost", "do you take insurance", "where do i park",
				"can i bring my partner", "what are the side effects", "how long does an infusion take",
				"this traffic is killing me", "i could die for a coffee", "what should i eat before my visit",
				"is ketamine addictive", "do you have evening appointments", "thanks for the help")) {
			examples.add(new RiskExample(text, Urgency.NONE, "test", false));
		}
		return examples;
	}

}
