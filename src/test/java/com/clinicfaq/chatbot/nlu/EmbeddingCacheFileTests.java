package com.clinicfaq.chatbot.nlu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmbeddingCacheFile}: what a restart reads back, and that a bad file is never trusted.
 */
class EmbeddingCacheFileTests {

	private static final String MODEL = "model-a";

	@TempDir
	Path directory;

	@Test
	void readAfterWriteReturnsTheSameEmbeddings() {
		Path file = this.directory.resolve("cache/embeddings.bin");
		new EmbeddingCacheFile(file).write(MODEL, 3, sample());

		Map<String, float[]> read = new EmbeddingCacheFile(file).read(MODEL, 3);

		assertThat(read).containsOnlyKeys("how long does it take", "is it safe ✓");
		assertThat(read.get("how long does it take")).containsExactly(0.5f, -0.25f, 1e-7f);
		assertThat(read.get("is it safe ✓")).containsExactly(-1f, 0f, 0.75f);
	}

	@Test
	void readWhenFileMissingReturnsNothing() {
		EmbeddingCacheFile cache = new EmbeddingCacheFile(this.directory.resolve("missing.bin"));
		assertThat(cache.isUnread()).isTrue();
		assertThat(cache.read(MODEL, 3)).isEmpty();
		assertThat(cache.isUnread()).isFalse();
	}

	@Test
	void readWhenWrittenForAnotherModelOrDimensionReturnsNothing() {
		Path file = this.directory.resolve("embeddings.bin");
		new EmbeddingCacheFile(file).write(MODEL, 3, sample());
		assertThat(new EmbeddingCacheFile(file).read("model-b", 3)).isEmpty();
		assertThat(new EmbeddingCacheFile(file).read(MODEL, 4)).isEmpty();
	}

	@Test
	void readWhenFileTruncatedReturnsNothingAndTheNextWriteRepairsIt() throws IOException {
		Path file = this.directory.resolve("embeddings.bin");
		new EmbeddingCacheFile(file).write(MODEL, 3, sample());
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));

		EmbeddingCacheFile cache = new EmbeddingCacheFile(file);
		assertThat(cache.read(MODEL, 3)).isEmpty();
		cache.write(MODEL, 3, sample());
		assertThat(new EmbeddingCacheFile(file).read(MODEL, 3)).hasSize(2);
	}

	@Test
	void readWhenFileHasTrailingBytesReturnsNothing() throws IOException {
		Path file = this.directory.resolve("embeddings.bin");
		new EmbeddingCacheFile(file).write(MODEL, 3, sample());
		Files.write(file, new byte[] { 1, 2, 3 }, java.nio.file.StandardOpenOption.APPEND);
		assertThat(new EmbeddingCacheFile(file).read(MODEL, 3)).isEmpty();
	}

	@Test
	void readWhenFileIsGarbageClaimingHugeSizesReturnsNothing() throws IOException {
		Path file = this.directory.resolve("embeddings.bin");
		new EmbeddingCacheFile(file).write(MODEL, 3, sample());
		byte[] bytes = Files.readAllBytes(file);
		// the entry count follows magic, version, fingerprint (2 + 7 bytes) and dimension
		int countOffset = 4 + 4 + 2 + MODEL.length() + 4;
		bytes[countOffset] = 0x7f;
		Files.write(file, bytes);
		assertThat(new EmbeddingCacheFile(file).read(MODEL, 3)).isEmpty();
		Files.write(file, new byte[] { 0x4B, 0x51, 0x45, 0x45, 0, 0, 0, 1, (byte) 0xff });
		assertThat(new EmbeddingCacheFile(file).read(MODEL, 3)).isEmpty();
	}

	@Test
	void writeWhenDirectoryCannotBeCreatedDoesNotThrow() throws IOException {
		Path notADirectory = Files.writeString(this.directory.resolve("plain-file"), "x");
		EmbeddingCacheFile cache = new EmbeddingCacheFile(notADirectory.resolve("embeddings.bin"));
		cache.write(MODEL, 3, sample());
		assertThat(cache.read(MODEL, 3)).isEmpty();
		try (var files = Files.list(this.directory)) {
			assertThat(files).containsExactly(notADirectory);
		}
	}

	@Test
	void writeWithTheSamePhrasesLeavesTheFileAlone() throws IOException {
		Path file = this.directory.resolve("embeddings.bin");
		EmbeddingCacheFile cache = new EmbeddingCacheFile(file);
		cache.write(MODEL, 3, sample());
		Files.writeString(file, "marker");
		cache.write(MODEL, 3, sample());
		assertThat(Files.readString(file)).isEqualTo("marker");
		Map<String, float[]> more = new LinkedHashMap<>(sample());
		more.put("new phrase", new float[] { 1, 1, 1 });
		cache.write(MODEL, 3, more);
		assertThat(new EmbeddingCacheFile(file).read(MODEL, 3)).hasSize(3);
	}

	@Test
	void trainerWithCacheWritesEveryTrainingPhrasesEmbeddingText() {
		Path file = this.directory.resolve("cache/phrase-embeddings.bin");
		NluProperties properties = new NluProperties("MAXENT", 20, 0, 0.1, 3, 5, true, 0.5, 20, 2, "", 100,
				Duration.ofMinutes(1), file.toString(), null, SentenceEmbedder.Encoder.MINILM, 0, 10,
				NluProperties.Combination.LOG_LINEAR, 1.0, 0, true);
		new IntentModelTrainer(new TextNormalizer(), properties).train(Map.of("greeting", List.of("Hello there!", "hi"),
				"cost", List.of("How much does it cost?", "price")));

		Map<String, float[]> cached = new EmbeddingCacheFile(file).read(SentenceEmbedder.load().fingerprint(), 384);
		TextNormalizer normalizer = new TextNormalizer();
		assertThat(cached).containsOnlyKeys(normalizer.embeddingText("Hello there!"), normalizer.embeddingText("hi"),
				normalizer.embeddingText("How much does it cost?"), normalizer.embeddingText("price"));
		assertThat(cached.get(normalizer.embeddingText("price")))
			.containsExactly(SentenceEmbedder.load().embed(normalizer.embeddingText("price")));
	}

	private static Map<String, float[]> sample() {
		Map<String, float[]> sample = new LinkedHashMap<>();
		sample.put("how long does it take", new float[] { 0.5f, -0.25f, 1e-7f });
		sample.put("is it safe ✓", new float[] { -1f, 0f, 0.75f });
		return sample;
	}

}
