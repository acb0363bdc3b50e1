package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.model.MaxentModel;

/**
 * An {@link IntentClassifier} backed by OpenNLP maximum-entropy models that {@link IntentModelTrainer} trained (and
 * {@link IntentModelArtifact} saves and loads as bare {@link MaxentModel}s, never through {@code DoccatFactory}, so
 * OpenNLP's feature-generator save/load traps do not apply: features are rebuilt from our code): a word model over
 * stemmed words, bigrams and character n-grams and, when enabled, a second model over the message's sentence
 * embedding; the confidence combines their probabilities, by default as their weighted arithmetic mean, or
 * log-linearly as a weighted geometric mean renormalized ({@link NluProperties.Combination}).
 * <p>
 * Cascade: the sentence encoder is most of a message's cost, so when the word model alone is already sure (its best
 * probability at least {@code chatbot.nlu.cascade-confidence}, about an intent not in
 * {@code chatbot.nlu.cascade-excluded}), its probabilities are the answer and the encoder is not run; only the
 * uncertain messages pay for it. The threshold keeps accuracy within 0.5 point (docs/measurements.md). The encoder
 * reads {@link TextNormalizer#embeddingText(String)} (punctuation kept, contractions spelled out), for the training
 * phrases and the messages alike: for most messages that is a unit the risk detector has just embedded, so the two
 * share one encoder run.
 * <p>
 * Classification evaluates the trained {@link MaxentModel}s directly instead of going through
 * {@code DocumentCategorizerME}, which re-creates feature generators from their class names. Thread safety: feature
 * extraction keeps no shared mutable state, {@code MaxentModel.eval} only reads the parameters and ONNX Runtime
 * sessions may run concurrently, so one instance is shared by all threads.
 */
public class OpenNlpIntentClassifier implements IntentClassifier {

	private static final double CURATED_WEIGHT = 0.5;

	/** The smallest probability the log-linear combination takes the logarithm of. */
	static final double FLOOR = 1e-12;

	private final MaxentModel words;

	private final FeatureExtractor features;

	private final MaxentModel embeddings;

	private final SentenceEmbedder embedder;

	private final TextNormalizer normalizer;

	private final double embeddingWeight;

	/** Whether the probabilities are combined log-linearly rather than linearly. */
	private final boolean logLinear;

	/** The log-linear combination's temperature. */
	private final double temperature;

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

	/** The nearest-neighbour vote over the training phrases' embeddings, or {@code null} when it is off. */
	private final NeighbourVote neighbourVote;

	/** For each outcome of the word model, the index of the same intent in the neighbour vote. */
	private final int[] neighbourOutcome;

	/**
	 * A classifier over trained models; {@link IntentModelTrainer} trains them.
	 * @param words the word model
	 * @param features the word model's feature extractor
	 * @param embeddings the embedding model, or {@code null} when embeddings are off
	 * @param embedder the sentence embedder, or {@code null} when embeddings are off
	 * @param normalizer the text normalizer the models were trained with
	 * @param embeddingWeight the embedding model's share of the confidence
	 * @param cascadeConfidence the word model's best probability from which it decides alone (above 1: never)
	 * @param cascadeExcluded intents the word model never decides alone
	 * @param curated each curated training phrase, normalized, with its intent; an exact match is given half the
	 * weight, so a single phrase a staff member just taught, or a suggestion button, lands on its intent
	 * @param neighbourVote the vote of the nearest training phrases, mixed into the embedding part of the confidence
	 * with its own weight, or {@code null} when it is off
	 * @param combination how the two models' probabilities are combined
	 * @param temperature the log-linear combination's temperature
	 */
	OpenNlpIntentClassifier(MaxentModel words, FeatureExtractor features, MaxentModel embeddings,
			SentenceEmbedder embedder, TextNormalizer normalizer, double embeddingWeight, double cascadeConfidence,
			Set<String> cascadeExcluded, Map<String, String> curated, NeighbourVote neighbourVote,
			NluProperties.Combination combination, double temperature) {
		this.logLinear = combination == NluProperties.Combination.LOG_LINEAR;
		this.temperature = temperature;
		this.curated = Map.copyOf(curated);
		this.neighbourVote = neighbourVote;
		this.neighbourOutcome = new int[words.getNumOutcomes()];
		Arrays.fill(this.neighbourOutcome, -1);
		if (neighbourVote != null) {
			List<String> voted = List.of(neighbourVote.intents());
			for (int i = 0; i < this.neighbourOutcome.length; i++) {
				this.neighbourOutcome[i] = voted.indexOf(words.getOutcome(i));
			}
		}
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

	/** The word model, for saving. */
	MaxentModel wordModel() {
		return this.words;
	}

	/** The embedding model, or {@code null} when embeddings are off; for saving. */
	MaxentModel embeddingModel() {
		return this.embeddings;
	}

	/** Which feature dimension {@code i} feeds: its positive part {@code i} or its negative part {@code length + i}. */
	static int embeddingFeature(float[] vector, int i) {
		return (vector[i] >= 0) ? i : vector.length + i;
	}

	static String[] embeddingFeatureNames(int dimension) {
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
			float[] vector = this.embedder.embed(this.features.corrected(this.normalizer.embeddingText(text)));
			double[] scores = evalEmbedding(vector);
			double[] dense = new double[outcomes.length];
			double[] votes = (this.neighbourVote != null) ? this.neighbourVote.vote(vector) : null;
			double share = (votes != null) ? this.neighbourVote.weight() : 0;
			for (int i = 0; i < outcomes.length; i++) {
				double other = (this.embeddingOutcome[i] >= 0) ? scores[this.embeddingOutcome[i]] : 0;
				if (votes != null) {
					double vote = (this.neighbourOutcome[i] >= 0) ? votes[this.neighbourOutcome[i]] : 0;
					other = (1 - share) * other + share * vote;
				}
				dense[i] = other;
			}
			combine(outcomes, dense, this.embeddingWeight, this.logLinear, this.temperature);
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

	/**
	 * Combines the word model's probabilities with the embedding part's, in place: linearly,
	 * {@code (1 - w) × words + w × embeddings}, or log-linearly, {@code (words^(1 - w) × embeddings^w)^(1 / t)}
	 * renormalized to sum to one (a probability of 0 counts as {@link #FLOOR}); a weight of 0 or 1 keeps one model's
	 * probabilities as they are.
	 */
	static void combine(double[] words, double[] embeddings, double weight, boolean logLinear, double temperature) {
		if (!logLinear || weight <= 0 || weight >= 1) {
			// a weight of 0 or 1 is one model alone, exactly as the weighted mean gives it
			for (int i = 0; i < words.length; i++) {
				words[i] = (1 - weight) * words[i] + weight * embeddings[i];
			}
			return;
		}
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < words.length; i++) {
			words[i] = ((1 - weight) * Math.log(Math.max(words[i], FLOOR))
					+ weight * Math.log(Math.max(embeddings[i], FLOOR))) / temperature;
			max = Math.max(max, words[i]);
		}
		double sum = 0;
		for (int i = 0; i < words.length; i++) {
			words[i] = Math.exp(words[i] - max);
			sum += words[i];
		}
		for (int i = 0; i < words.length; i++) {
			words[i] /= sum;
		}
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


}
