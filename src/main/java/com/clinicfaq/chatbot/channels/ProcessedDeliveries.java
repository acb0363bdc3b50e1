package com.clinicfaq.chatbot.channels;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * Processes each provider delivery once. Providers retry a webhook when our answer is slow or lost; a retry with the
 * same message or event id gets the reply of the first delivery (even while that one is still being worked out), so
 * the chat core runs once and the transcript gets one line. A failed delivery is forgotten, so its retry is
 * processed afresh. Bounded in size and time, as the Reactor team advises for async values: {@link AsyncCache} and
 * {@link Mono#fromFuture}.
 */
public class ProcessedDeliveries {

	private final AsyncCache<String, ChannelReply> replies;

	public ProcessedDeliveries(Duration ttl, long maximumSize) {
		this.replies = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).buildAsync();
	}

	public Mono<ChannelReply> once(String deliveryKey, Supplier<Mono<ChannelReply>> work) {
		return Mono.defer(() -> {
			AtomicBoolean first = new AtomicBoolean();
			CompletableFuture<ChannelReply> reply = this.replies.get(deliveryKey, (key, executor) -> {
				first.set(true);
				return work.get().toFuture();
			});
			// Caffeine drops a failed future by itself, but maybe only after this subscriber has seen the error:
			// forget it now, so a provider's retry that follows at once is processed afresh.
			return Mono.fromFuture(reply, true)
				.doOnError((ex) -> this.replies.asMap().remove(deliveryKey, reply))
				.map((answer) -> first.get() ? answer : answer.asRedelivery());
		});
	}

}
