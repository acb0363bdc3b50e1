package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Coalesces the texts that concurrent requests need embedded into batched runs of the encoder
 * ({@link SentenceEmbedder#embedAll(List)}: one weight pass for a group of texts of similar length, each text's vector
 * the same bit for bit as alone).
 * <p>
 * No request waits on purpose: the first text to arrive while no batch is due schedules one on {@code executor} (the
 * understanding threads), and the batch takes every text that has arrived by the time a thread runs it, up to
 * {@code maxTexts} (the rest go to the next batch, scheduled at once, which the other thread may run meanwhile). On an
 * idle service a batch holds one request's texts and runs as soon as its request has handed them over; under load the
 * texts of the requests that arrived while the threads were busy share one. So a request waits for the tasks queued
 * before its batch and for one batch of at most {@code maxTexts} texts (about 1.5 ms each), never for a timer, and no
 * thread blocks: a request's continuation is signalled when its batch is done.
 */
public final class EmbeddingBatcher {

	private final Function<List<String>, List<float[]>> encoder;

	private final Executor executor;

	private final int maxTexts;

	private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

	/** Whether a batch is scheduled and has not yet taken its texts. */
	private final AtomicBoolean due = new AtomicBoolean();

	/**
	 * @param encoder embeds a list of distinct texts, answering their vectors in the same order
	 * @param executor runs the batches
	 * @param maxTexts at most this many texts in one batch (a request with more texts still gets one batch of its own)
	 */
	public EmbeddingBatcher(Function<List<String>, List<float[]>> encoder, Executor executor, int maxTexts) {
		if (maxTexts < 1) {
			throw new IllegalArgumentException("maxTexts must be at least 1");
		}
		this.encoder = encoder;
		this.executor = executor;
		this.maxTexts = maxTexts;
	}

	/**
	 * The vectors of these texts, in their order, once a batch has embedded them (completed on the thread that ran
	 * the batch); an empty list at once. Errors of the encoder reach every request of the batch.
	 */
	public CompletableFuture<List<float[]>> submit(List<String> texts) {
		if (texts.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		Waiting request = new Waiting(List.copyOf(texts), new CompletableFuture<>());
		this.waiting.add(request);
		scheduleIfNeeded();
		return request.result();
	}

	private void scheduleIfNeeded() {
		if (!this.waiting.isEmpty() && this.due.compareAndSet(false, true)) {
			try {
				this.executor.execute(this::runBatch);
			}
			catch (RuntimeException ex) {
				// the executor refused (shut down): nothing will run the waiting requests, so fail them
				this.due.set(false);
				Waiting request;
				while ((request = this.waiting.poll()) != null) {
					request.result().completeExceptionally(ex);
				}
			}
		}
	}

	/** Takes the texts that arrived (up to the limit), lets the next batch be scheduled, embeds them together. */
	private void runBatch() {
		List<Waiting> batch = new ArrayList<>();
		LinkedHashSet<String> texts = new LinkedHashSet<>();
		Waiting next;
		while ((next = this.waiting.peek()) != null
				&& (batch.isEmpty() || texts.size() + next.texts().size() <= this.maxTexts)) {
			this.waiting.poll();
			batch.add(next);
			texts.addAll(next.texts());
		}
		this.due.set(false);
		// what arrived after the limit (or while the texts were being taken) gets a batch of its own, which the
		// other understanding thread may run while this one embeds
		scheduleIfNeeded();
		if (batch.isEmpty()) {
			return;
		}
		Map<String, float[]> vectors = new HashMap<>();
		try {
			List<String> distinct = List.copyOf(texts);
			List<float[]> embedded = this.encoder.apply(distinct);
			if (embedded.size() != distinct.size()) {
				throw new IllegalStateException(
						"the encoder answered " + embedded.size() + " vectors for " + distinct.size() + " texts");
			}
			for (int i = 0; i < distinct.size(); i++) {
				vectors.put(distinct.get(i), embedded.get(i));
			}
		}
		catch (RuntimeException | Error ex) {
			batch.forEach((request) -> request.result().completeExceptionally(ex));
			return;
		}
		for (Waiting request : batch) {
			request.result().complete(request.texts().stream().map(vectors::get).toList());
		}
	}

	private record Waiting(List<String> texts, CompletableFuture<List<float[]>> result) {
	}

}
