package com.clinicfaq.chatbot.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Token buckets per client address and per conversation, kept in size-bounded Caffeine caches (a flood of new
 * addresses or conversation ids evicts old buckets instead of growing memory). {@link #tryAcquire} takes one token
 * from both buckets or tells how long to wait.
 */
class RateLimiter {

	private final RateLimitProperties properties;

	private final LongSupplier nanoTime;

	private final Cache<String, Bucket> clients;

	private final Cache<String, Bucket> conversations;

	RateLimiter(RateLimitProperties properties, LongSupplier nanoTime) {
		this.properties = properties;
		this.nanoTime = nanoTime;
		this.clients = Caffeine.newBuilder().maximumSize(properties.maxTracked()).build();
		this.conversations = Caffeine.newBuilder().maximumSize(properties.maxTracked()).build();
	}

	/**
	 * Takes one message's token for the client and (when given) the conversation.
	 *
	 * @return empty when the message may go ahead, else how long until it may
	 */
	Optional<Duration> tryAcquire(String client, String conversationId) {
		if (!this.properties.enabled()) {
			return Optional.empty();
		}
		long now = this.nanoTime.getAsLong();
		Bucket clientBucket = this.clients.get(client,
				(key) -> new Bucket(this.properties.clientBurst(), this.properties.clientRefill(), now));
		Bucket conversationBucket = (conversationId != null) ? this.conversations.get(conversationId,
				(key) -> new Bucket(this.properties.conversationBurst(), this.properties.conversationRefill(), now))
				: null;
		long clientWait = clientBucket.waitNanos(now);
		long conversationWait = (conversationBucket != null) ? conversationBucket.waitNanos(now) : 0;
		if (clientWait > 0 || conversationWait > 0) {
			return Optional.of(Duration.ofNanos(Math.max(clientWait, conversationWait)));
		}
		clientBucket.take(now);
		if (conversationBucket != null) {
			conversationBucket.take(now);
		}
		return Optional.empty();
	}

	/**
	 * A token bucket that refills continuously.
	 */
	private static final class Bucket {

		private final int capacity;

		private final long refillNanos;

		private double tokens;

		private long updated;

		Bucket(int capacity, Duration refill, long now) {
			this.capacity = capacity;
			this.refillNanos = Math.max(1, refill.toNanos());
			this.tokens = capacity;
			this.updated = now;
		}

		synchronized long waitNanos(long now) {
			refill(now);
			return (this.tokens >= 1) ? 0 : (long) Math.ceil((1 - this.tokens) * this.refillNanos);
		}

		synchronized void take(long now) {
			refill(now);
			this.tokens = Math.max(0, this.tokens - 1);
		}

		private void refill(long now) {
			if (now > this.updated) {
				this.tokens = Math.min(this.capacity, this.tokens + (now - this.updated) / (double) this.refillNanos);
				this.updated = now;
			}
		}

	}

}
