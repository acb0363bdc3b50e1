package com.clinicfaq.chatbot.nlu;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the classifier is trained and how its results are cached.
 *
 * @param iterations training iterations of the maximum-entropy model
 * @param cutoff minimum count of a feature to be kept
 * @param cacheSize how many classified messages are cached
 * @param cacheTtl how long a cached classification is kept
 */
@Validated
@ConfigurationProperties("chatbot.nlu")
public record NluProperties(@DefaultValue("150") @Min(1) int iterations, @DefaultValue("0") @Min(0) int cutoff,
		@DefaultValue("10000") @Min(0) long cacheSize, @DefaultValue("1h") Duration cacheTtl) {
}
