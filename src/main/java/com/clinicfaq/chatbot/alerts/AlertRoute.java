package com.clinicfaq.chatbot.alerts;

import reactor.core.publisher.Mono;

/**
 * One way of telling staff about an urgent turn. {@link #send} makes a single attempt; the dispatcher adds the
 * timeout, the retries with backoff and the record of the outcome.
 */
interface AlertRoute {

	/**
	 * A short name shown on the staff page: {@code webhook}, {@code slack}, {@code email}.
	 */
	String name();

	Mono<Void> send(Alert alert);

	/**
	 * Whether another attempt may succeed after this failure (a refused request, such as a 400, will not).
	 */
	default boolean retryable(Throwable failure) {
		return true;
	}

}
