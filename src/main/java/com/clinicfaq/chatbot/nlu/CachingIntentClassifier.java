package com.clinicfaq.chatbot.nlu;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * Remembers the classification of recently seen messages, keyed on their normalized text, so a repeated question
 * (a suggestion button, a common greeting) is not classified again. Each trained model gets its own cache
 * (see {@link CurrentModel}), so nothing needs invalidating when a model is replaced.
 */
public class CachingIntentClassifier implements IntentClassifier {

	private final IntentClassifier delegate;

	private final TextNormalizer normalizer;

	private final Cache<String, Prediction> cache;

	public CachingIntentClassifier(IntentClassifier delegate, TextNormalizer normalizer, long maximumSize,
			Duration expireAfterWrite) {
		this.delegate = delegate;
		this.normalizer = normalizer;
		this.cache = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfterWrite(expireAfterWrite)
			.recordStats()
			.build();
	}

	@Override
	public Prediction classify(String text) {
		return this.cache.get(this.normalizer.normalize(text), (key) -> this.delegate.classify(text));
	}

	public CacheStats stats() {
		return this.cache.stats();
	}

}
