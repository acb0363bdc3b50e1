package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TranscriptWriter}: group commit, ordering, the bounded queue and failures.
 */
class TranscriptWriterTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@TempDir
	Path directory;

	@Test
	void recordCompletesOnlyOnceTheLineIsInTheFile() {
		TranscriptFiles files = new TranscriptFiles(this.directory, true, this.json);
		TranscriptWriter writer = writer(files, 16);
		Path file = this.directory.resolve("2026-03-01.jsonl");
		StepVerifier.create(writer.record(entry("m1")).then(Mono.fromCallable(() -> Files.readAllLines(file))))
			.assertNext((lines) -> assertThat(lines).hasSize(1).first().asString().contains("\"messageId\":\"m1\""))
			.verifyComplete();
	}

	@Test
	void recordWritesOffTheCallingThread() {
		String caller = Thread.currentThread().getName();
		List<String> threads = new CopyOnWriteArrayList<>();
		TranscriptWriter writer = writer((entries) -> threads.add(Thread.currentThread().getName()), 16);
		StepVerifier.create(writer.record(entry("m1"))).verifyComplete();
		assertThat(threads).singleElement().asString().isNotEqualTo(caller).startsWith("boundedElastic");
	}

	@Test
	void recordOfTurnsArrivingDuringAFlushSharesOneWriteAndKeepsTheirOrder() throws InterruptedException {
		BlockingStore store = new BlockingStore();
		TranscriptWriter writer = writer(store, 16);
		Mono<Void> first = writer.record(entry("m0")).cache();
		first.subscribe();
		store.awaitFirstFlushStarted();
		StepVerifier.create(Flux.merge(writer.record(entry("m1")), writer.record(entry("m2")),
				writer.record(entry("m3")), writer.record(entry("m4"))))
			.then(() -> assertThat(writer.queued()).isEqualTo(4))
			.then(store::release)
			.verifyComplete();
		StepVerifier.create(first).verifyComplete();
		assertThat(store.batches).containsExactly(List.of("m0"), List.of("m1", "m2", "m3", "m4"));
		assertThat(this.meters.get("chatbot.transcripts.flush").timer().count()).isEqualTo(2);
	}

	@Test
	void recordCompletesEachTurnOnlyAfterItsBatchIsWritten() throws InterruptedException {
		BlockingStore store = new BlockingStore();
		TranscriptWriter writer = writer(store, 16);
		List<String> completedBeforeRelease = new CopyOnWriteArrayList<>();
		writer.record(entry("m0")).subscribe(null, null, () -> completedBeforeRelease.add("m0"));
		store.awaitFirstFlushStarted();
		writer.record(entry("m1")).subscribe(null, null, () -> completedBeforeRelease.add("m1"));
		assertThat(completedBeforeRelease).isEmpty();
		StepVerifier.create(Mono.fromRunnable(store::release).then(writer.record(entry("m2")))).verifyComplete();
		assertThat(store.batches.stream().flatMap(List::stream)).containsExactly("m0", "m1", "m2");
	}

	@Test
	void recordWhenTheQueueIsFullFailsAtOnceButStillQueuesAnUrgentTurn() throws InterruptedException {
		BlockingStore store = new BlockingStore();
		TranscriptWriter writer = writer(store, 2);
		writer.record(entry("m0")).subscribe();
		store.awaitFirstFlushStarted();
		Mono<Void> waiting = Flux.merge(writer.record(entry("m1")), writer.record(entry("m2"))).then().cache();
		waiting.subscribe();
		StepVerifier.create(writer.record(entry("m3"))).expectError(TranscriptQueueFullException.class).verify();
		Mono<Void> urgent = writer.record(urgentEntry("u1")).cache();
		urgent.subscribe();
		assertThat(writer.queued()).isEqualTo(3);
		store.release();
		StepVerifier.create(waiting.then(urgent)).verifyComplete();
		assertThat(store.batches).containsExactly(List.of("m0"), List.of("m1", "m2", "u1"));
	}

	@Test
	void recordWhenTheStoreFailsSignalsTheErrorToEveryTurnOfTheBatchAndRecovers() throws IOException {
		Path notAFolder = Files.writeString(this.directory.resolve("file"), "x");
		TranscriptWriter failing = writer(new TranscriptFiles(notAFolder, false, this.json), 16);
		StepVerifier.create(failing.record(entry("m1"))).expectError(UncheckedIOException.class).verify();

		List<Integer> calls = new ArrayList<>();
		TranscriptWriter flaky = writer((entries) -> {
			calls.add(entries.size());
			if (calls.size() == 1) {
				throw new UncheckedIOException(new IOException("disk full"));
			}
		}, 16);
		StepVerifier.create(flaky.record(entry("m1")))
			.expectErrorMatches((ex) -> ex.getMessage().contains("disk full"))
			.verify();
		StepVerifier.create(flaky.record(entry("m2"))).verifyComplete();
	}

	@Test
	void recordWhenASharedFlushFailsFailsTheOrdinaryTurnsButKeepsTheUrgentOneInMemory() throws InterruptedException {
		BlockingStore store = new BlockingStore() {
			@Override
			public void appendAll(List<TranscriptEntry> entries) {
				super.appendAll(entries);
				if (entries.size() > 1) {
					throw new UncheckedIOException(new IOException("disk full"));
				}
			}
		};
		TranscriptWriter writer = writer(store, 16);
		writer.record(entry("m0")).subscribe();
		store.awaitFirstFlushStarted();
		Mono<Void> ordinary = writer.record(entry("m1")).cache();
		Mono<Void> urgent = writer.record(urgentEntry("u1")).cache();
		ordinary.subscribe(null, (ex) -> { });
		urgent.subscribe();
		store.release();
		StepVerifier.create(ordinary).expectErrorMatches((ex) -> ex.getMessage().contains("disk full")).verify();
		StepVerifier.create(urgent).verifyComplete();
		assertThat(store.batches).startsWith(List.of("m0"), List.of("m1", "u1"));
		assertThat(writer.status().urgentHeldInMemory()).isEqualTo(1);
		assertThat(writer.status().writable()).isFalse();

		writer.retryPending();

		assertThat(store.batches).last().isEqualTo(List.of("u1"));
		assertThat(writer.status().urgentHeldInMemory()).isZero();
		assertThat(writer.status().writable()).isTrue();
	}

	@Test
	void recordOfManyConcurrentTurnsKeepsEveryLineWholeInFewerFlushes() {
		TranscriptWriter writer = writer(new TranscriptFiles(this.directory, true, this.json), 1024);
		StepVerifier.create(Flux.range(0, 200).flatMap((i) -> writer.record(entry("m" + i)), 32).then())
			.verifyComplete();
		assertThat(new TranscriptReader(this.json).readAll(this.directory)).hasSize(200);
		assertThat(this.meters.get("chatbot.transcripts.flush.batch").summary().totalAmount()).isEqualTo(200);
	}

	@Test
	void awaitFlushedReturnsOnceTheQueuedTurnsAreWritten() throws InterruptedException {
		BlockingStore store = new BlockingStore();
		TranscriptWriter writer = writer(store, 16);
		writer.record(entry("m0")).subscribe();
		store.awaitFirstFlushStarted();
		writer.record(entry("m1")).subscribe();
		store.release();
		assertThat(writer.awaitFlushed(java.time.Duration.ofSeconds(30))).isTrue();
		assertThat(store.batches.stream().flatMap(List::stream)).containsExactly("m0", "m1");
		assertThat(writer.queued()).isZero();
	}

	private TranscriptWriter writer(TranscriptStore store, int capacity) {
		return new TranscriptWriter(store, Schedulers.boundedElastic(), capacity, this.meters);
	}

	private static TranscriptEntry entry(String messageId) {
		return TranscriptFilesTests.entry(messageId, "2026-03-01T10:00:00Z");
	}

	private static TranscriptEntry urgentEntry(String messageId) {
		return new TranscriptEntry(Instant.parse("2026-03-01T10:00:00Z"), "c1", messageId, "web", "i took too much",
				null, null, com.clinicfaq.chatbot.intents.Route.HANDOFF,
				com.clinicfaq.chatbot.intents.HandoffReason.URGENT, "urgent#1", true);
	}

	/** A store whose first flush waits until the test releases it, so that later turns pile up behind it. */
	private static class BlockingStore implements TranscriptStore {

		final List<List<String>> batches = new CopyOnWriteArrayList<>();

		private final CountDownLatch started = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		@Override
		public void appendAll(List<TranscriptEntry> entries) {
			this.started.countDown();
			try {
				this.released.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.batches.add(entries.stream().map(TranscriptEntry::messageId).toList());
		}

		void awaitFirstFlushStarted() throws InterruptedException {
			assertThat(this.started.await(30, TimeUnit.SECONDS)).isTrue();
		}

		void release() {
			this.released.countDown();
		}

	}

}
