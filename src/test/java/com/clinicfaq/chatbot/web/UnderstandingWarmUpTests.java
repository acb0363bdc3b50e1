package com.clinicfaq.chatbot.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up after start-up keeps readiness down until its messages have gone through understanding (embedded
 * ahead first, as a web request's), and never for longer than its time limit or after a failure.
 */
class UnderstandingWarmUpTests {

	private final Scheduler scheduler = Schedulers.newParallel("warm-up-test", 2);

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void readinessIsDownUntilEveryMessageHasBeenUnderstoodAfterItsTextsWereEmbeddedAhead() throws Exception {
		Set<String> embedded = ConcurrentHashMap.newKeySet();
		Set<String> understood = ConcurrentHashMap.newKeySet();
		List<String> understoodBeforeEmbedding = new ArrayList<>();
		CountDownLatch release = new CountDownLatch(1);
		UnderstandingWarmUp warmUp = new UnderstandingWarmUp((text) -> {
			await(release);
			if (!embedded.contains(text)) {
				synchronized (understoodBeforeEmbedding) {
					understoodBeforeEmbedding.add(text);
				}
			}
			understood.add(text);
		}, (text) -> Mono.fromRunnable(() -> embedded.add(text)), this.scheduler, 2);
		List<String> messages = List.of("one", "two", "three", "four", "five");
		Thread running = new Thread(() -> warmUp.run(messages, Duration.ofSeconds(30)));
		running.start();
		Thread.sleep(200);
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(warmUp.finished()).isFalse();
		release.countDown();
		running.join(10_000);
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
		assertThat(warmUp.health().getDetails()).containsEntry("messages", 5).containsEntry("outcome", "done");
		assertThat(understood).containsExactlyInAnyOrderElementsOf(messages);
		assertThat(understoodBeforeEmbedding).isEmpty();
	}

	@Test
	void theTimeLimitEndsALongWarmUp() {
		UnderstandingWarmUp warmUp = new UnderstandingWarmUp((text) -> sleep(50), EmbeddingsAhead.NONE, this.scheduler,
				2);
		List<String> messages = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			messages.add("message " + i);
		}
		long start = System.nanoTime();
		warmUp.run(messages, Duration.ofMillis(300));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
		assertThat(warmUp.health().getDetails()).containsEntry("outcome", "time limit");
		assertThat((Integer) warmUp.health().getDetails().get("messages")).isLessThan(100);
	}

	@Test
	void aFailureEndsTheWarmUpAndLeavesReadinessToTheOtherIndicators() {
		UnderstandingWarmUp warmUp = new UnderstandingWarmUp((text) -> {
			throw new IllegalStateException("the detector failed to load");
		}, EmbeddingsAhead.NONE, this.scheduler, 2);
		warmUp.run(List.of("one", "two"), Duration.ofSeconds(30));
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
		assertThat((String) warmUp.health().getDetails().get("outcome")).contains("the detector failed to load");
	}

	@Test
	void noMessagesIsNoWarmUp() {
		UnderstandingWarmUp warmUp = new UnderstandingWarmUp((text) -> {
			throw new AssertionError("nothing to understand");
		}, EmbeddingsAhead.NONE, this.scheduler, 2);
		warmUp.run(List.of(), Duration.ofSeconds(30));
		assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void theMessagesAreCatalogPhrasesOfManyIntentsWithOpenersAndEndingsInAFixedOrder() {
		IntentCatalog catalog = IntentCatalog.load(Path.of("intents"));
		List<String> messages = UnderstandingWarmUp.messages(catalog, 300);
		assertThat(messages).hasSize(300).isEqualTo(UnderstandingWarmUp.messages(catalog, 300));
		assertThat(new HashSet<>(messages)).hasSizeGreaterThan(290);
		Set<String> intents = new HashSet<>();
		for (String message : messages) {
			String intent = null;
			for (IntentDefinition definition : catalog.all()) {
				for (String example : definition.examples()) {
					if (message.contains(example)) {
						intent = definition.name();
					}
				}
			}
			assertThat(intent).as(message).isNotNull();
			intents.add(intent);
		}
		assertThat(intents).hasSizeGreaterThan(30);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
