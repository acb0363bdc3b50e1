package com.clinicfaq.chatbot.web;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many chat messages one client and one conversation may send. Each is a token bucket: up to {@code burst}
 * messages at once, then one more every {@code refill}. A message the safety screen finds urgent is answered over
 * any limit.
 *
 * @param enabled whether the limits apply
 * @param clientBurst messages one client address may send at once
 * @param clientRefill how often one more message is allowed per client address
 * @param conversationBurst messages one conversation may send at once
 * @param conversationRefill how often one more message is allowed per conversation
 * @param maxTracked the most clients and conversations remembered; the least recently seen are forgotten
 */
@Validated
@ConfigurationProperties("chatbot.web.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30") @Min(1) int clientBurst,
		@DefaultValue("2s") Duration clientRefill, @DefaultValue("10") @Min(1) int conversationBurst,
		@DefaultValue("3s") Duration conversationRefill, @DefaultValue("100000") @Min(1) int maxTracked) {

	public static RateLimitProperties unlimited() {
		return new RateLimitProperties(false, 1, Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 1);
	}

}
