package com.clinicfaq.chatbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link IntentClassifier} backed by OpenNLP maximum-entropy models (saved and loaded as bare {@link MaxentModel}s
 * by {@link IntentModelArtifact}, never through {@code DoccatFactory}, which avoids OpenNLP's feature-generator
 * save/load traps: our features are rebuilt from our own code and properties): a word model over stemmed words, bigrams and character n-grams
 * and, when enabled, a second model over the message's sentence embedding; the confidence is the weighted mean of
 * their probabilities.
 * <p>
 * Cascade: the sentence encoder is most of a message's cost, so when the word model alone is already sure (its best
 * probability at least {@code chatbot.nlu.cascade-confidence}), its probabilities are the answer and the encoder is
 * not run; only the uncertain messages pay for it. The threshold was chosen so that accuracy does not drop (see
 * docs/measurements.md).
 * <p>
 * Classification evaluates the trained {@link MaxentModel}s directly instead of going through
 * {@code DocumentCategorizerME}, which re-creates feature generators from their class names. Thread safety: feature
 * extraction keeps no shared mutable state, {@code MaxentModel.eval} only reads the parameters and ONNX Runtime
 * sessions may run concurrently, so one instance is shared by all threads.
 */
public class OpenNlpIntentClassifier implements IntentClassifier {

	private static final Logger logger = LoggerFactory.getLogger(OpenNlpIntentClassifier.class);

	private static final double CURATED_WEIGHT = 0.5;

	private final MaxentModel words;

	private final FeatureExtractor features;

	private final MaxentModel embeddings;

	private final SentenceEmbedder embedder;

	private final TextNormalizer normalizer;

	private final double embeddingWeight;

	/** The word model's best probability from which the encoder is skipped (above 1: never skipped). */
	private final double cascadeConfidence;

	/** For each outcome of the word model, whether it may decide a message without the encoder. */
	private final boolean[] decidesAlone;

	/** The embedding model's feature names, built once rather than for every message. */
	private final String[] embeddingFeatures;

	/** For each outcome of the word model, the index of the same intent in the embedding model. */
	private final int[] embeddingOutcome;

	/** Each training phrase, normalized, with its intent; phrases that normalize alike across intents are left out. */
	private final Map<String, String> curated;

	private OpenNlpIntentClassifier(MaxentModel words, FeatureExtractor features, MaxentModel embeddings,
			SentenceEmbedder embedder, TextNormalizer normalizer, double embeddingWeight, double cascadeConfidence,
			Set<String> cascadeExcluded, Map<String, List<String>> examplesByIntent) {
		this.curated = curatedPhrases(examplesByIntent, normalizer);
		this.words = words;
		this.features = features;
		this.embeddings = embeddings;
		this.embedder = embedder;
		this.normalizer = normalizer;
		this.embeddingWeight = embeddingWeight;
		this.cascadeConfidence = cascadeConfidence;
		this.decidesAlone = new boolean[words.getNumOutcomes()];
		for (int i = 0; i < this.decidesAlone.length; i++) {
			this.decidesAlone[i] = !cascadeExcluded.contains(words.getOutcome(i));
		}
		this.embeddingFeatures = (embedder != null) ? embeddingFeatureNames(embedder.dimension()) : null;
		this.embeddingOutcome = new int[words.getNumOutcomes()];
		for (int i = 0; i < this.embeddingOutcome.length; i++) {
			this.embeddingOutcome[i] = (embeddings != null) ? embeddings.getIndex(words.getOutcome(i)) : -1;
		}
	}

	/**
	 * A classifier from models trained earlier (read back from an {@link IntentModelArtifact}), with the same
	 * examples and properties they were trained with.
	 */
	static OpenNlpIntentClassifier restore(MaxentModel words, MaxentModel embeddings,
			Map<String, List<String>> examplesByIntent, TextNormalizer normalizer, NluProperties properties) {
		FeatureExtractor extractor = new FeatureExtractor(normalizer, properties.charNGramMin(),
				properties.charNGramMax());
		if (embeddings == null) {
			return new OpenNlpIntentClassifier(words, extractor, null, null, normalizer, 0, 2, Set.of(),
					examplesByIntent);
		}
		return new OpenNlpIntentClassifier(words, extractor, embeddings, SentenceEmbedder.load(), normalizer,
				properties.embeddingWeight(), properties.cascadeConfidence(), properties.cascadeExcluded(),
				examplesByIntent);
	}

	/** The word model, for saving. */
	MaxentModel wordModel() {
		return this.words;
	}

	/** The embedding model, or {@code null} when embeddings are off; for saving. */
	MaxentModel embeddingModel() {
		return this.embeddings;
	}

	/**
	 * Trains a classifier on example phrases grouped by intent name; see {@link IntentModelTrainer}.
	 */
	static OpenNlpIntentClassifier train(Map<String, List<String>> examplesByIntent, TextNormalizer normalizer,
			NluProperties properties, EmbeddingCacheFile cache) {
		if (examplesByIntent.isEmpty()) {
			throw new IllegalArgumentException("Cannot train a classifier without examples");
		}
		FeatureExtractor extractor = new FeatureExtractor(normalizer, properties.charNGramMin(),
				properties.charNGramMax());
		if (!properties.embeddings()) {
			return new OpenNlpIntentClassifier(trainWordModel(examplesByIntent, extractor, properties), extractor, null,
					null, normalizer, 0, 2, Set.of(), examplesByIntent);
		}
		// the two models are independent: the word model trains on a second core while this one embeds the examples
		CompletableFuture<MaxentModel> wordModel = CompletableFuture
			.supplyAsync(() -> trainWordModel(examplesByIntent, extractor, properties));
		long start = System.nanoTime();
		SentenceEmbedder embedder = SentenceEmbedder.load();
		List<String> outcomes = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		examplesByIntent.forEach((intent, examples) -> {
			for (String example : examples) {
				outcomes.add(intent);
				phrases.add(normalizer.normalize(example));
			}
		});
		List<float[]> rows = embedPhrases(embedder, phrases, cache).stream()
			.map(OpenNlpIntentClassifier::embeddingRow)
			.toList();
		long embedded = System.nanoTime();
		MaxentModel embeddings = DenseMaxentTrainer.train(outcomes, rows, embeddingFeatureNames(embedder.dimension()),
				properties.embeddingIterations(), properties.l2Cost());
		logger.debug("Embedded {} phrases in {} ms, trained the embedding model in {} ms", phrases.size(),
				millisBetween(start, embedded), millisBetween(embedded, System.nanoTime()));
		MaxentModel words = joined(wordModel);
		return new OpenNlpIntentClassifier(words, extractor, embeddings, embedder, normalizer,
				properties.embeddingWeight(), properties.cascadeConfidence(), properties.cascadeExcluded(),
				examplesByIntent);
	}

	/**
	 * The phrases' embeddings: from memory, else from the cache file when one is configured, else computed; the cache
	 * file is then brought up to date with exactly these phrases.
	 */
	private static List<float[]> embedPhrases(SentenceEmbedder embedder, List<String> phrases,
			EmbeddingCacheFile cache) {
		if (cache == null) {
			return embedder.embedTrainingPhrases(phrases);
		}
		if (cache.isUnread()) {
			embedder.rememberTrainingPhrases(cache.read(embedder.fingerprint(), embedder.dimension()));
		}
		List<float[]> vectors = embedder.embedTrainingPhrases(phrases);
		Map<String, float[]> byPhrase = new HashMap<>();
		for (int i = 0; i < phrases.size(); i++) {
			byPhrase.put(phrases.get(i), vectors.get(i));
		}
		cache.write(embedder.fingerprint(), embedder.dimension(), byPhrase);
		return vectors;
	}

	private static MaxentModel trainWordModel(Map<String, List<String>> examplesByIntent, FeatureExtractor extractor,
			NluProperties properties) {
		long start = System.nanoTime();
		List<Event> events = new ArrayList<>();
		examplesByIntent.forEach((intent, examples) -> {
			for (String example : examples) {
				events.add(new Event(intent, extractor.features(example)));
			}
		});
		MaxentModel model = trainModel(events, wordParameters(properties));
		logger.debug("Trained the word model in {} ms", millisBetween(start, System.nanoTime()));
		return model;
	}

	private static long millisBetween(long startNanos, long endNanos) {
		return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
	}

	private static TrainingParameters wordParameters(NluProperties properties) {
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, properties.algorithm());
		parameters.put(TrainingParameters.ITERATIONS_PARAM, properties.iterations());
		parameters.put(TrainingParameters.CUTOFF_PARAM, properties.cutoff());
		parameters.put(TrainingParameters.THREADS_PARAM, 1);
		parameters.put(QNTrainer.L2COST_PARAM, properties.l2Cost());
		parameters.put(QNTrainer.L1COST_PARAM, 0.0);
		return parameters;
	}

	private static MaxentModel joined(CompletableFuture<MaxentModel> model) {
		try {
			return model.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private static MaxentModel trainModel(List<Event> events, TrainingParameters parameters) {
		try {
			EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
			return trainer.train(ObjectStreamUtils.createObjectStream(events));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An embedding as real-valued features: each dimension is split into a positive part (feature {@code p<i>}) and a
	 * negative part (feature {@code n<i>}), which lets the linear model weigh the two directions differently.
	 */
	private static float[] embeddingRow(float[] vector) {
		float[] row = new float[2 * vector.length];
		for (int i = 0; i < vector.length; i++) {
			row[embeddingFeature(vector, i)] = Math.abs(vector[i]);
		}
		return row;
	}

	/** Which feature dimension {@code i} feeds: its positive part {@code i} or its negative part {@code length + i}. */
	private static int embeddingFeature(float[] vector, int i) {
		return (vector[i] >= 0) ? i : vector.length + i;
	}

	private static String[] embeddingFeatureNames(int dimension) {
		String[] names = new String[2 * dimension];
		for (int i = 0; i < dimension; i++) {
			names[i] = "p" + i;
			names[dimension + i] = "n" + i;
		}
		return names;
	}

	/** The embedding model's probabilities for one message's embedding. */
	private double[] evalEmbedding(float[] vector) {
		String[] context = new String[vector.length];
		float[] values = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			context[i] = this.embeddingFeatures[embeddingFeature(vector, i)];
			values[i] = Math.abs(vector[i]);
		}
		return this.embeddings.eval(context, values);
	}

	@Override
	public Prediction classify(String text) {
		String normalized = this.normalizer.normalize(text);
		double[] outcomes = this.words.eval(this.features.features(text));
		if (this.embeddings != null && !wordModelDecides(outcomes)) {
			double[] dense = evalEmbedding(this.embedder.embed(normalized));
			for (int i = 0; i < outcomes.length; i++) {
				double other = (this.embeddingOutcome[i] >= 0) ? dense[this.embeddingOutcome[i]] : 0;
				outcomes[i] = (1 - this.embeddingWeight) * outcomes[i] + this.embeddingWeight * other;
			}
		}
		String curatedIntent = this.curated.get(normalized);
		List<ScoredIntent> ranking = new ArrayList<>(outcomes.length);
		for (int i = 0; i < outcomes.length; i++) {
			String intent = this.words.getOutcome(i);
			double confidence = (curatedIntent == null) ? outcomes[i]
					: CURATED_WEIGHT * (intent.equals(curatedIntent) ? 1 : 0) + (1 - CURATED_WEIGHT) * outcomes[i];
			ranking.add(new ScoredIntent(intent, Math.min(1.0, Math.max(0.0, confidence))));
		}
		return new Prediction(ranking);
	}

	/** Whether the word model is sure enough, about an intent it may decide alone, to skip the encoder. */
	private boolean wordModelDecides(double[] outcomes) {
		int best = 0;
		for (int i = 1; i < outcomes.length; i++) {
			if (outcomes[i] > outcomes[best]) {
				best = i;
			}
		}
		return outcomes[best] >= this.cascadeConfidence && this.decidesAlone[best];
	}

	/**
	 * A message that is, once normalized, one of the curated training phrases belongs to that phrase's intent: the
	 * statistical models alone may still rank a single new phrase (one a staff member just taught) below its
	 * neighbours, so the exact match is given half the weight. Suggestion buttons, which send curated phrases, profit
	 * too.
	 */
	private static Map<String, String> curatedPhrases(Map<String, List<String>> examplesByIntent,
			TextNormalizer normalizer) {
		Map<String, String> phrases = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		examplesByIntent.forEach((intent, examples) -> {
			for (String example : examples) {
				String key = normalizer.normalize(example);
				String previous = phrases.putIfAbsent(key, intent);
				if (previous != null && !previous.equals(intent)) {
					ambiguous.add(key);
				}
			}
		});
		ambiguous.forEach(phrases::remove);
		return Map.copyOf(phrases);
	}

}
