package com.clinicfaq.chatbot.nlu;

import java.time.Duration;

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
 * @param cacheSize how many classified messages are cached
 * @param cacheTtl how long a cached classification is kept
 * @param embeddingCache a file that keeps the training phrases' embeddings between runs, so that restarts skip
 * computing them; blank (or unset, as in the evaluation command) keeps them in memory only
 */
@Validated
@ConfigurationProperties("chatbot.nlu")
public record NluProperties(@DefaultValue("MAXENT") String algorithm, @DefaultValue("100") @Min(1) int iterations,
		@DefaultValue("0") @Min(0) int cutoff, @DefaultValue("0.01") @DecimalMin("0.0") double l2Cost,
		@DefaultValue("3") @Min(1) int charNGramMin, @DefaultValue("5") @Min(0) int charNGramMax,
		@DefaultValue("true") boolean embeddings,
		@DefaultValue("0.7") @DecimalMin("0.0") @DecimalMax("1.0") double embeddingWeight,
		@DefaultValue("100") @Min(1) int embeddingIterations,
		@DefaultValue("10000") @Min(0) long cacheSize, @DefaultValue("1h") Duration cacheTtl, String embeddingCache) {
}
