package com.clinicfaq.chatbot.nlu;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains intent classifiers: the one code path used at start-up, by hot retraining and by the evaluation command, so
 * that what is measured is what is served.
 */
public class IntentModelTrainer {

	private static final Logger logger = LoggerFactory.getLogger(IntentModelTrainer.class);

	private final TextNormalizer normalizer;

	private final NluProperties properties;

	private final EmbeddingCacheFile embeddingCache;

	private final IntentModelArtifact artifact;

	public IntentModelTrainer(TextNormalizer normalizer, NluProperties properties) {
		this.normalizer = normalizer;
		this.properties = properties;
		String cache = properties.embeddingCache();
		this.embeddingCache = (cache != null && !cache.isBlank() && properties.embeddings())
				? new EmbeddingCacheFile(Path.of(cache)) : null;
		String artifact = properties.modelArtifact();
		this.artifact = (artifact != null && !artifact.isBlank()) ? new IntentModelArtifact(Path.of(artifact)) : null;
	}

	/**
	 * A classifier for every example of every intent in the catalog: loaded from the saved model when one was
	 * trained on exactly this catalog by this code with these properties, otherwise trained (and then saved).
	 */
	public OpenNlpIntentClassifier train(IntentCatalog catalog) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		for (IntentDefinition intent : catalog.all()) {
			examples.put(intent.name(), intent.examples());
		}
		return loadOrTrain(examples);
	}

	OpenNlpIntentClassifier loadOrTrain(Map<String, List<String>> examples) {
		if (this.artifact == null) {
			return train(examples);
		}
		String key = IntentModelArtifact.key(examples, this.properties,
				this.properties.embeddings() ? SentenceEmbedder.load().fingerprint() : "none");
		OpenNlpIntentClassifier loaded = this.artifact.load(key, examples, this.normalizer, this.properties);
		if (loaded != null) {
			logger.info("Loaded the intent model from {}", this.artifact.file());
			return loaded;
		}
		OpenNlpIntentClassifier trained = train(examples);
		try {
			this.artifact.save(trained, key);
		}
		catch (UncheckedIOException ex) {
			// the model serves from memory; the next start-up trains again
			logger.warn("Cannot save the intent model: {}", ex.getMessage());
		}
		return trained;
	}

	/**
	 * Trains a classifier on example phrases grouped by intent name.
	 */
	public OpenNlpIntentClassifier train(Map<String, List<String>> examplesByIntent) {
		return OpenNlpIntentClassifier.train(examplesByIntent, this.normalizer, this.properties, this.embeddingCache);
	}

	public NluProperties properties() {
		return this.properties;
	}

}
