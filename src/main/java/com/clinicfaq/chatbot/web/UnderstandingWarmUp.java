package com.clinicfaq.chatbot.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Runs varied messages through the whole understanding path once the application has started, before readiness goes
 * up: each message is embedded ahead as a web request's would be ({@link EmbeddingsAhead}) and then understood on the
 * understanding threads ({@code ChatService.classify}: the safety screen, the sentence encoder, the classifier, routing),
 * as {@code /api/v1/parse} does. Nothing is replied, recorded or alerted: no transcript line, no conversation, no
 * staff alert. Bounded by a number of messages and a time limit; a failure ends the warm-up (logged) and readiness
 * then depends on the other indicators, as without it.
 * <p>
 * The messages are the catalog's phrases with openers and endings of this class's own (not the benchmarks'), in a
 * fixed order, so that the measured load never finds them among the caches of recent results.
 */
final class UnderstandingWarmUp implements HealthIndicator {

	private static final Logger logger = LoggerFactory.getLogger(UnderstandingWarmUp.class);

	private static final List<String> OPENERS = List.of("", "hello there, ", "question - ", "so ", "hey! ",
			"excuse me, ", "one thing: ");

	private static final List<String> ENDINGS = List.of("", "?", ".", " please?", " thx", "!!", " (new patient)");

	private final Consumer<String> understand;

	private final EmbeddingsAhead ahead;

	private final Scheduler scheduler;

	private final int parallel;

	private final AtomicInteger done = new AtomicInteger();

	private volatile Health finished;

	/**
	 * @param understand understands one message, on the calling thread
	 * @param ahead embeds a message's texts ahead, as for a web request
	 * @param scheduler the understanding threads
	 * @param parallel messages in flight at once (the understanding threads' number)
	 */
	UnderstandingWarmUp(Consumer<String> understand, EmbeddingsAhead ahead, Scheduler scheduler, int parallel) {
		this.understand = understand;
		this.ahead = ahead;
		this.scheduler = scheduler;
		this.parallel = Math.max(1, parallel);
	}

	/**
	 * Runs the warm-up on the calling thread (at most {@code timeLimit} plus one message), then readiness may go up.
	 */
	void run(List<String> messages, Duration timeLimit) {
		long start = System.nanoTime();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Flux.fromIterable(messages)
			.takeWhile((text) -> failure.get() == null)
			.flatMap((text) -> Mono.defer(() -> this.ahead.embedAhead(text))
				.then(Mono.fromRunnable(() -> {
					this.understand.accept(text);
					this.done.incrementAndGet();
				}).subscribeOn(this.scheduler))
				.onErrorResume((ex) -> {
					failure.compareAndSet(null, ex);
					return Mono.empty();
				}), this.parallel)
			.take(timeLimit)
			.blockLast();
		String outcome = "done";
		if (failure.get() != null) {
			outcome = "failed: " + failure.get();
			logger.warn("The warm-up stopped after {} messages: {}", this.done.get(), failure.get().toString());
		}
		else if (this.done.get() < messages.size()) {
			outcome = "time limit";
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		this.finished = Health.up()
			.withDetail("messages", this.done.get())
			.withDetail("milliseconds", millis)
			.withDetail("outcome", outcome)
			.build();
		logger.info("Warm-up: {} varied messages understood in {} ms ({})", this.done.get(), millis, outcome);
	}

	/** Whether the warm-up has ended (done, stopped at its time limit, or failed). */
	boolean finished() {
		return this.finished != null;
	}

	@Override
	public Health health() {
		Health health = this.finished;
		return (health != null) ? health
				: Health.outOfService().withDetail("warm-up", this.done.get() + " messages so far").build();
	}

	/**
	 * {@code count} messages: the catalog's phrases, chosen in a fixed pseudo-random order (every intent's, urgent
	 * ones included), each with an opener and an ending.
	 */
	static List<String> messages(IntentCatalog catalog, int count) {
		List<String> phrases = new ArrayList<>();
		for (IntentDefinition intent : catalog.all()) {
			phrases.addAll(intent.examples());
		}
		List<String> messages = new ArrayList<>(count);
		if (phrases.isEmpty()) {
			return messages;
		}
		Random random = new Random(14);
		for (int i = 0; i < count; i++) {
			messages.add(OPENERS.get(random.nextInt(OPENERS.size())) + phrases.get(random.nextInt(phrases.size()))
					+ ENDINGS.get(random.nextInt(ENDINGS.size())));
		}
		return messages;
	}

}
