package com.clinicfaq.chatbot.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link EmbeddingBatcher}: texts of requests that arrive together share one encoder call, each request
 * gets its own vectors back, nothing waits for a timer, a batch is bounded, and the encoder's errors reach the
 * requests that waited for it. The "encoder" here makes a vector from the text's length and first letter, so a vector
 * routed to the wrong request shows.
 */
class EmbeddingBatcherTests {

	/** Every call to the fake encoder, with its texts. */
	private final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());

	private List<float[]> encode(List<String> texts) {
		this.calls.add(List.copyOf(texts));
		return texts.stream().map(EmbeddingBatcherTests::vectorOf).toList();
	}

	private static float[] vectorOf(String text) {
		return new float[] { text.length(), text.isEmpty() ? 0 : text.charAt(0) };
	}

	/** An executor that only queues its tasks until {@link #runAll()}: a busy understanding thread. */
	private static final class HeldExecutor implements Executor {

		private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

		@Override
		public void execute(Runnable task) {
			this.tasks.add(task);
		}

		int queued() {
			return this.tasks.size();
		}

		void runAll() {
			Runnable task;
			while ((task = this.tasks.poll()) != null) {
				task.run();
			}
		}

	}

	@Test
	void requestsArrivingWhileTheThreadsAreBusyShareOneEncoderCallAndEachGetsItsOwnVectors() {
		HeldExecutor busy = new HeldExecutor();
		EmbeddingBatcher batcher = new EmbeddingBatcher(this::encode, busy, 32);
		CompletableFuture<List<float[]>> first = batcher.submit(List.of("how much is it", "hi"));
		CompletableFuture<List<float[]>> second = batcher.submit(List.of("where do i park"));
		CompletableFuture<List<float[]>> third = batcher.submit(List.of("hi", "can i drive after"));
		assertThat(busy.queued()).as("one batch scheduled for all three").isEqualTo(1);
		assertThat(first).isNotDone();
		busy.runAll();
		assertThat(this.calls).containsExactly(List.of("how much is it", "hi", "where do i park", "can i drive after"));
		assertThat(first.join()).containsExactly(vectorOf("how much is it"), vectorOf("hi"));
		assertThat(second.join()).containsExactly(vectorOf("where do i park"));
		assertThat(third.join()).containsExactly(vectorOf("hi"), vectorOf("can i drive after"));
	}

	@Test
	void aLoneRequestRunsAsSoonAsAThreadTakesItWithNoTimer() {
		EmbeddingBatcher batcher = new EmbeddingBatcher(this::encode, Runnable::run, 32);
		CompletableFuture<List<float[]>> alone = batcher.submit(List.of("is it safe"));
		assertThat(alone).isCompleted();
		assertThat(alone.join()).containsExactly(vectorOf("is it safe"));
	}

	@Test
	void aBatchTakesAtMostTheLimitAndTheRestGetTheNextBatch() {
		HeldExecutor busy = new HeldExecutor();
		EmbeddingBatcher batcher = new EmbeddingBatcher(this::encode, busy, 3);
		CompletableFuture<List<float[]>> a = batcher.submit(List.of("a1", "a2"));
		CompletableFuture<List<float[]>> b = batcher.submit(List.of("b1", "b2"));
		CompletableFuture<List<float[]>> c = batcher.submit(List.of("c1"));
		CompletableFuture<List<float[]>> big = batcher.submit(List.of("d1", "d2", "d3", "d4"));
		busy.runAll();
		// a alone (a + b would be 4 texts), then b + c, then d alone: a request larger than the limit is not split
		assertThat(this.calls).containsExactly(List.of("a1", "a2"), List.of("b1", "b2", "c1"),
				List.of("d1", "d2", "d3", "d4"));
		assertThat(List.of(a, b, c, big)).allMatch(CompletableFuture::isDone);
		assertThat(big.join().get(3)).containsExactly(vectorOf("d4"));
	}

	@Test
	void anEncoderErrorReachesEveryRequestOfItsBatchAndTheNextBatchStillRuns() {
		HeldExecutor busy = new HeldExecutor();
		boolean[] failing = { true };
		EmbeddingBatcher batcher = new EmbeddingBatcher((texts) -> {
			if (failing[0]) {
				failing[0] = false;
				throw new IllegalStateException("Sentence embedding failed");
			}
			return encode(texts);
		}, busy, 32);
		CompletableFuture<List<float[]>> first = batcher.submit(List.of("one"));
		CompletableFuture<List<float[]>> second = batcher.submit(List.of("two"));
		busy.runAll();
		assertThatThrownBy(first::join).hasRootCauseMessage("Sentence embedding failed");
		assertThatThrownBy(second::join).hasRootCauseMessage("Sentence embedding failed");
		CompletableFuture<List<float[]>> later = batcher.submit(List.of("three"));
		busy.runAll();
		assertThat(later.join()).containsExactly(vectorOf("three"));
	}

	@Test
	void anEmptyRequestNeedsNoBatch() {
		HeldExecutor busy = new HeldExecutor();
		EmbeddingBatcher batcher = new EmbeddingBatcher(this::encode, busy, 32);
		StepVerifier.create(Mono.fromFuture(() -> batcher.submit(List.of()))).expectNext(List.of()).verifyComplete();
		assertThat(busy.queued()).isZero();
	}

	@Test
	void theMonoSignalsItsVectorsOnlyOnceTheBatchHasRun() {
		HeldExecutor busy = new HeldExecutor();
		EmbeddingBatcher batcher = new EmbeddingBatcher(this::encode, busy, 32);
		StepVerifier.create(Mono.fromFuture(() -> batcher.submit(List.of("how long is a session"))))
			.then(() -> assertThat(this.calls).isEmpty())
			.expectNoEvent(Duration.ofMillis(50))
			.then(busy::runAll)
			.assertNext((vectors) -> assertThat(vectors).containsExactly(vectorOf("how long is a session")))
			.verifyComplete();
	}

	@Test
	void theMonoSignalsTheEncodersError() {
		EmbeddingBatcher batcher = new EmbeddingBatcher((texts) -> {
			throw new IllegalStateException("Sentence embedding failed");
		}, Runnable::run, 32);
		StepVerifier.create(Mono.fromFuture(() -> batcher.submit(List.of("hello"))))
			.expectErrorMessage("Sentence embedding failed")
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void manyThreadsSubmittingAtOnceAllGetTheirOwnVectorsOnTwoWorkers() throws Exception {
		ExecutorService workers = Executors.newFixedThreadPool(2);
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			EmbeddingBatcher batcher = new EmbeddingBatcher(this::encode, workers, 16);
			List<CompletableFuture<Void>> checks = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String text = "message number " + i;
				String other = "x".repeat(i % 37);
				checks.add(CompletableFuture.supplyAsync(() -> batcher.submit(List.of(text, other)), clients)
					.thenCompose((future) -> future)
					.thenAccept((vectors) -> {
						assertThat(vectors.get(0)).containsExactly(vectorOf(text));
						assertThat(vectors.get(1)).containsExactly(vectorOf(other));
					}));
			}
			CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
			assertThat(this.calls.stream().mapToInt(List::size).max().orElseThrow()).isLessThanOrEqualTo(16);
		}
		finally {
			workers.shutdownNow();
			clients.shutdownNow();
		}
	}

}
