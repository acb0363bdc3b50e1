package com.clinicfaq.chatbot.channels;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What all channels share.
 *
 * @param conversationKey the key of the keyed hash that turns a phone number or user id into a conversation id (env
 * {@code CHANNELS_CONVERSATION_KEY}, at least 16 characters); blank: a random key for this run only, so
 * conversations do not continue across a restart
 * @param deliveryTtl how long a provider's message id is remembered to answer its retries with the same reply
 * @param maxDeliveries how many message ids are remembered at most
 * @param maxTextLength the longest message text passed to the chat core; longer ones are cut
 * @param maxBodySize the largest webhook body accepted
 * @param smsDisclaimer the short disclaimer used on SMS
 * @param outbound calls to the providers' APIs
 */
@Validated
@ConfigurationProperties("chatbot.channels")
public record ChannelsProperties(String conversationKey, @DefaultValue("24h") Duration deliveryTtl,
		@DefaultValue("100000") @Min(1) long maxDeliveries, @DefaultValue("1000") @Min(1) int maxTextLength,
		@DefaultValue("64KB") DataSize maxBodySize,
		@DefaultValue("General information only, not medical advice. Ask your clinician about your own care.") String smsDisclaimer,
		@DefaultValue Outbound outbound) {

	@Override
	public String toString() {
		return "ChannelsProperties[conversationKey=<hidden>, deliveryTtl=" + this.deliveryTtl + ", maxDeliveries="
				+ this.maxDeliveries + ", outbound=" + this.outbound + "]";
	}

	/**
	 * Calls to the providers' APIs.
	 *
	 * @param connectTimeout how long to wait for a connection
	 * @param responseTimeout how long to wait for an answer, per attempt
	 * @param retries how many times a call is retried after a 429, a 5xx or a network error
	 * @param firstBackoff the wait before the first retry; it doubles (with jitter) each time
	 * @param queueCapacity how many replies may wait to be sent; past that, webhooks answer 503 so providers retry
	 * @param concurrency how many replies are sent at once
	 */
	public record Outbound(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration responseTimeout,
			@DefaultValue("3") @Min(0) int retries, @DefaultValue("500ms") Duration firstBackoff,
			@DefaultValue("1000") @Min(1) int queueCapacity, @DefaultValue("8") @Min(1) int concurrency) {
	}

}
