package com.clinicfaq.chatbot.nlu;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;

/**
 * Trains intent classifiers: the one code path used at start-up, by hot retraining and by the evaluation command, so
 * that what is measured is what is served.
 */
public class IntentModelTrainer {

	private final TextNormalizer normalizer;

	private final NluProperties properties;

	private final EmbeddingCacheFile embeddingCache;

	public IntentModelTrainer(TextNormalizer normalizer, NluProperties properties) {
		this.normalizer = normalizer;
		this.properties = properties;
		String cache = properties.embeddingCache();
		this.embeddingCache = (cache != null && !cache.isBlank() && properties.embeddings())
				? new EmbeddingCacheFile(Path.of(cache)) : null;
	}

	/**
	 * Trains a classifier on every example of every intent in the catalog.
	 */
	public OpenNlpIntentClassifier train(IntentCatalog catalog) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		for (IntentDefinition intent : catalog.all()) {
			examples.put(intent.name(), intent.examples());
		}
		return train(examples);
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
