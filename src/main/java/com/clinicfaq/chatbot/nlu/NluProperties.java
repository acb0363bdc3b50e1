package com.clinicfaq.chatbot.nlu;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the classifier is trained and how its results are cached. The defaults were chosen by measurement (see the
 * docs/nlu.md and docs/measurements.md).
 *
 * @param algorithm OpenNLP's trainer for the word model: {@code MAXENT_QN} (L-BFGS with L2 regularization) or
 * {@code MAXENT} (GIS)
 * @param iterations training iterations of the word model
 * @param cutoff minimum count of a feature to be kept
 * @param l2Cost L2 regularization of the {@code MAXENT_QN} trainer
 * @param charNGramMin shortest character n-gram taken from each word
 * @param charNGramMax longest character n-gram taken from each word (0 turns character n-grams off)
 * @param embeddings whether sentence embeddings feed a second maximum-entropy model
 * @param embeddingWeight the weight of the embedding model's probabilities in the combined confidence
 * @param embeddingIterations most L-BFGS iterations of the embedding model (it stops earlier when converged)
 * @param cacheSize how many classified messages are cached (as many as the risk detector's remembered sentence scores:
 * a message older than those pays the sentence encoder for its screening again, so a longer memory here saves little
 * more than the word model's work, for about 0.6 KB of heap per message)
 * @param cacheTtl how long a cached classification is kept
 * @param embeddingCache a file that keeps the training phrases' embeddings between runs, so that restarts skip
 * computing them; blank (or unset, as in the evaluation command) keeps them in memory only
 * @param cascadeConfidence the word model's best probability from which a message is classified by the word model
 * alone, without running the sentence encoder (above 1 turns the cascade off)
 * @param cascadeExcluded intents the word model never decides alone, comma-separated (the urgent ones: whether "i am not thinking of
 * hurting myself" is a crisis is for the encoder to weigh, as it was before the cascade)
 * @param modelArtifact a file that keeps the trained model between runs, keyed by the catalog's content, the
 * properties and the code's model version: a restart with the same catalog loads it instead of training; blank (or
 * unset, as in the evaluation command) always trains
 * @param encoder the sentence encoder of the embedding model ({@link SentenceEmbedder.Encoder}; the risk detector
 * keeps MiniLM): bge-small-en-v1.5 by measurement (docs/measurements.md)
 * @param neighbourWeight the share of the embedding part of the confidence given to a vote of the training phrases
 * nearest to the message in the encoder's space (0 turns the vote off; the rest goes to the embedding model)
 * @param neighbours how many nearest training phrases vote
 * @param combination how the word model's and the embedding model's probabilities are combined when both run:
 * {@code LINEAR} (the weighted arithmetic mean) or {@code LOG_LINEAR} (a weighted geometric mean, renormalized: each
 * model can veto an intent it finds unlikely; the default since session 9, when with the visitor examples it gained
 * on cross-validation, the train-s9 held-out half and the benchmarks and no longer lost the dev set's follow-ups:
 * docs/measurements.md)
 * @param combinationTemperature the log-linear combination's temperature: the weighted log-probabilities are divided
 * by it before they are renormalized (below 1 sharper, above 1 flatter; it never changes which intent ranks first,
 * only the confidences the routing thresholds read)
 * @param neighbourTemperature how the neighbour vote weighs its phrases: 0, by their cosine similarity; above 0,
 * by {@code exp((similarity - best similarity) / temperature)}, so that the nearest phrases count far more than the
 * k-th (0.05 measured best: docs/measurements.md)
 * @param spelling whether the word model reads a token that is no training word and no English word, but one typing
 * slip from a training word, as that word ({@link Spelling}; the encoder always reads the message as written)
 */
@Validated
@ConfigurationProperties("chatbot.nlu")
public record NluProperties(@DefaultValue("MAXENT") String algorithm, @DefaultValue("100") @Min(1) int iterations,
		@DefaultValue("0") @Min(0) int cutoff, @DefaultValue("0.01") @DecimalMin("0.0") double l2Cost,
		@DefaultValue("3") @Min(1) int charNGramMin, @DefaultValue("5") @Min(0) int charNGramMax,
		@DefaultValue("true") boolean embeddings,
		@DefaultValue("0.65") @DecimalMin("0.0") @DecimalMax("1.0") double embeddingWeight,
		@DefaultValue("100") @Min(1) int embeddingIterations,
		@DefaultValue("0.7") @DecimalMin("0.0") double cascadeConfidence,
		@DefaultValue("crisis,emergency") String cascadeExcluded,
		@DefaultValue("4096") @Min(0) long cacheSize, @DefaultValue("1h") Duration cacheTtl, String embeddingCache,
		String modelArtifact, @DefaultValue("MINILM") SentenceEmbedder.Encoder encoder,
		@DefaultValue("0") @DecimalMin("0.0") @DecimalMax("1.0") double neighbourWeight,
		@DefaultValue("10") @Min(1) int neighbours, @DefaultValue("LOG_LINEAR") Combination combination,
		@DefaultValue("0.9") @DecimalMin("0.05") double combinationTemperature,
		@DefaultValue("0") @DecimalMin("0.0") double neighbourTemperature,
		@DefaultValue("true") boolean spelling) {

	/** How the two models' probabilities are combined. */
	public enum Combination {

		/** {@code (1 - w) × words + w × embeddings}. */
		LINEAR,

		/** {@code words^(1 - w) × embeddings^w}, to the power {@code 1 / temperature}, renormalized. */
		LOG_LINEAR

	}

	/** The intents of {@link #cascadeExcluded()}, a comma-separated list. */
	public Set<String> cascadeExcludedIntents() {
		if (this.cascadeExcluded == null || this.cascadeExcluded.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(this.cascadeExcluded.split(",")).map(String::trim).filter((name) -> !name.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}
