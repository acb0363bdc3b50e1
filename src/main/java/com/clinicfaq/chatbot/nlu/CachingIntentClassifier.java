package com.clinicfaq.chatbot.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * Remembers the classification of recently seen messages, keyed on their normalized text, so a repeated question
 * (a suggestion button, a common greeting) is not classified again. Each trained model gets its own cache
 * (see {@link CurrentModel}), so nothing needs invalidating when a model is replaced.
 * <p>
 * A ranking is kept as two arrays (the intents' names, shared with the model, and their confidences) rather than as
 * the {@link Prediction}'s list of {@link ScoredIntent} objects: with the catalog's 43 ranked intents about 0.6 KB
 * instead of 1.2 KB per remembered message (class histograms after a load), so a full cache (10,000 varied messages, the
 * default until session 10; 4,096 since) takes about 6 MB less of the heap (docs/measurements.md). A remembered message's prediction is rebuilt from them, equal to the one first computed.
 */
public class CachingIntentClassifier implements IntentClassifier {

	private final IntentClassifier delegate;

	private final TextNormalizer normalizer;

	private final Cache<String, Ranking> cache;

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
		return this.cache.get(this.normalizer.normalize(text), (key) -> Ranking.of(this.delegate.classify(text)))
			.prediction();
	}

	public CacheStats stats() {
		return this.cache.stats();
	}

	/** A prediction's ranking, best first, as two parallel arrays. */
	private record Ranking(String[] names, double[] confidences) {

		static Ranking of(Prediction prediction) {
			List<ScoredIntent> ranking = prediction.ranking();
			String[] names = new String[ranking.size()];
			double[] confidences = new double[ranking.size()];
			for (int i = 0; i < names.length; i++) {
				names[i] = ranking.get(i).name();
				confidences[i] = ranking.get(i).confidence();
			}
			return new Ranking(names, confidences);
		}

		Prediction prediction() {
			List<ScoredIntent> ranking = new ArrayList<>(this.names.length);
			for (int i = 0; i < this.names.length; i++) {
				ranking.add(new ScoredIntent(this.names[i], this.confidences[i]));
			}
			return new Prediction(ranking);
		}

	}

}
