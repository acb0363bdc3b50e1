package com.clinicfaq.chatbot.nlu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IntentModelArtifact} and how {@link IntentModelTrainer} loads it instead of training.
 */
class IntentModelArtifactTests {

	private static final List<String> OPENERS = List.of("", "hi, ", "quick question: ", "hey so ", "um ");

	private static final List<String> ENDINGS = List.of("", "?", " please", " thanks!", " for my mom");

	private final TextNormalizer normalizer = new TextNormalizer();

	@TempDir
	Path directory;

	@Test
	void saveThenLoadGivesIdenticalProbabilitiesOnManyTexts() {
		Map<String, List<String>> examples = catalogExamples();
		NluProperties properties = properties(true, null);
		OpenNlpIntentClassifier trained = new IntentModelTrainer(this.normalizer, properties).train(examples);
		IntentModelArtifact artifact = new IntentModelArtifact(this.directory.resolve("model.bin"));
		String key = IntentModelArtifact.key(examples, properties, SentenceEmbedder.load().fingerprint());
		artifact.save(trained, key);

		OpenNlpIntentClassifier loaded = artifact.load(key, examples, this.normalizer, properties);

		assertThat(loaded).isNotNull();
		List<String> texts = texts(examples);
		assertThat(texts).hasSizeGreaterThan(300);
		for (String text : texts) {
			assertThat(loaded.classify(text).ranking()).as(text).isEqualTo(trained.classify(text).ranking());
		}
	}

	@Test
	void loadWhenTheCatalogOrTheFileDiffersReturnsNothing() throws IOException {
		Map<String, List<String>> examples = smallCatalog("how long does it take");
		NluProperties properties = properties(false, null);
		IntentModelArtifact artifact = new IntentModelArtifact(this.directory.resolve("model.bin"));
		assertThat(artifact.load("any", examples, this.normalizer, properties)).isNull();

		String key = IntentModelArtifact.key(examples, properties, "none");
		artifact.save(new IntentModelTrainer(this.normalizer, properties).train(examples), key);
		assertThat(artifact.load(key, examples, this.normalizer, properties)).isNotNull();

		Map<String, List<String>> edited = smallCatalog("how long does a session take");
		assertThat(IntentModelArtifact.key(edited, properties, "none")).isNotEqualTo(key);
		assertThat(artifact.load(IntentModelArtifact.key(edited, properties, "none"), edited, this.normalizer,
				properties)).isNull();
		assertThat(IntentModelArtifact.key(examples, properties(true, null), "none")).isNotEqualTo(key);

		byte[] bytes = Files.readAllBytes(artifact.file());
		Files.write(artifact.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThat(artifact.load(key, examples, this.normalizer, properties)).isNull();
	}

	@Test
	void trainWhenTheArtifactMatchesLoadsItAndRetrainsOnlyWhenTheCatalogChanges() throws IOException {
		Path file = this.directory.resolve("cache/model.bin");
		NluProperties properties = properties(false, file.toString());
		Map<String, List<String>> examples = smallCatalog("how long does it take");
		OpenNlpIntentClassifier first = new IntentModelTrainer(this.normalizer, properties).loadOrTrain(examples);
		assertThat(file).exists();
		FileTime written = FileTime.fromMillis(0);
		Files.setLastModifiedTime(file, written);

		OpenNlpIntentClassifier second = new IntentModelTrainer(this.normalizer, properties).loadOrTrain(examples);

		assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
		for (String text : List.of("hello", "what does it cost", "how long is it", "bye")) {
			assertThat(second.classify(text).ranking()).isEqualTo(first.classify(text).ranking());
		}

		new IntentModelTrainer(this.normalizer, properties).loadOrTrain(smallCatalog("how many minutes is it"));
		assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(written);
	}

	private static NluProperties properties(boolean embeddings, String artifact) {
		return new NluProperties("MAXENT", 100, 0, 0.01, 3, 5, embeddings, 0.7, 100, 2, "", 100, Duration.ofMinutes(1), null,
				artifact, SentenceEmbedder.Encoder.MINILM, 0, 10,
				NluProperties.Combination.LOG_LINEAR, 1.0, 0, true);
	}

	private static Map<String, List<String>> smallCatalog(String durationPhrase) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		examples.put("greeting", List.of("hello", "hi there", "good morning"));
		examples.put("cost", List.of("how much does it cost", "what is the price", "is it expensive"));
		examples.put("duration", List.of(durationPhrase, "how many hours is a session", "how long is a visit"));
		return examples;
	}

	private static Map<String, List<String>> catalogExamples() {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		for (IntentDefinition intent : TestChatbot.catalog().all()) {
			examples.put(intent.name(), intent.examples());
		}
		return examples;
	}

	/** Every fifth training phrase, each with an opener and an ending that make it a new message. */
	private static List<String> texts(Map<String, List<String>> examples) {
		List<String> texts = new ArrayList<>();
		int i = 0;
		for (List<String> phrases : examples.values()) {
			for (String phrase : phrases) {
				if (i % 5 == 0) {
					texts.add(OPENERS.get(i % OPENERS.size()) + phrase + ENDINGS.get((i / 5) % ENDINGS.size()));
				}
				i++;
			}
		}
		return texts;
	}

}
