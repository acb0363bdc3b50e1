package com.clinicfaq.chatbot.transcripts;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import com.clinicfaq.chatbot.chat.ChatTurn;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * Records chat turns (personal data redacted first) by group commit: turns that arrive while a flush is running wait in a bounded queue and are then
 * written together, with one write and one fsync ({@link TranscriptStore#appendAll}). The {@link Mono} of each turn
 * completes only after the flush that carried its line, so a reply still goes out only once its turn is on disk.
 * <p>
 * One flush runs at a time, on the given scheduler (blocking I/O, so never the event loop). When the queue holds
 * {@code capacity} turns, a new turn fails at once with {@link TranscriptQueueFullException}; an urgent turn is
 * queued anyway, because an urgent message is never dropped.
 */
public class TranscriptWriter implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TranscriptWriter.class);

	private final TranscriptStore store;

	private final Scheduler scheduler;

	private final int capacity;

	private final Timer flushTime;

	private final DistributionSummary batchSize;

	private final Object lock = new Object();

	/** Guarded by {@link #lock}. */
	private final ArrayDeque<Pending> queue = new ArrayDeque<>();

	/** Whether a drain is scheduled or running; guarded by {@link #lock}. */
	private boolean draining;

	public TranscriptWriter(TranscriptStore store, Scheduler scheduler, int capacity, MeterRegistry meters) {
		if (capacity < 1) {
			throw new IllegalArgumentException("The transcript queue needs room for at least one turn");
		}
		this.store = store;
		this.scheduler = scheduler;
		this.capacity = capacity;
		Gauge.builder("chatbot.transcripts.queue.depth", this, TranscriptWriter::queued)
			.description("Turns waiting for the next transcript flush")
			.register(meters);
		this.flushTime = Timer.builder("chatbot.transcripts.flush")
			.description("Time to write and fsync one batch of transcript lines")
			.publishPercentileHistogram()
			.register(meters);
		this.batchSize = DistributionSummary.builder("chatbot.transcripts.flush.batch")
			.description("Transcript lines written per flush")
			.register(meters);
	}

	private final PersonalDataRedactor redactor = new PersonalDataRedactor();

	/**
	 * Redacts and records one chat turn (see {@link #record(TranscriptEntry)}).
	 */
	public Mono<Void> record(ChatTurn turn) {
		return Mono.fromCallable(() -> TranscriptEntry.of(turn, this.redactor)).flatMap(this::record);
	}

	/**
	 * Queues the entry; the returned {@link Mono} completes once its line is durable, or fails with the store's error
	 * (the whole batch failed) or with {@link TranscriptQueueFullException}.
	 */
	public Mono<Void> record(TranscriptEntry entry) {
		return Mono.create((sink) -> enqueue(new Pending(entry, sink)));
	}

	/** How many turns are waiting for the next flush (not counting the one being written). */
	public int queued() {
		synchronized (this.lock) {
			return this.queue.size();
		}
	}

	private void enqueue(Pending pending) {
		boolean startDrain;
		synchronized (this.lock) {
			if (this.queue.size() >= this.capacity && !pending.entry().urgent()) {
				pending.sink().error(new TranscriptQueueFullException(this.capacity));
				return;
			}
			this.queue.add(pending);
			startDrain = !this.draining;
			this.draining = true;
		}
		if (startDrain) {
			this.scheduler.schedule(this::drain);
		}
	}

	private void drain() {
		while (true) {
			List<Pending> batch;
			synchronized (this.lock) {
				if (this.queue.isEmpty()) {
					this.draining = false;
					this.lock.notifyAll();
					return;
				}
				batch = new ArrayList<>(this.queue);
				this.queue.clear();
			}
			flush(batch);
		}
	}

	private void flush(List<Pending> batch) {
		List<TranscriptEntry> entries = new ArrayList<>(batch.size());
		for (Pending pending : batch) {
			entries.add(pending.entry());
		}
		long start = System.nanoTime();
		try {
			this.store.appendAll(entries);
		}
		catch (RuntimeException | Error ex) {
			batch.forEach((pending) -> pending.sink().error(ex));
			return;
		}
		finally {
			this.flushTime.record(Duration.ofNanos(System.nanoTime() - start));
			this.batchSize.record(batch.size());
		}
		batch.forEach((pending) -> pending.sink().success());
	}

	/**
	 * Waits (at most the given time) until every queued turn is written: called at shutdown, after the server has
	 * stopped taking requests, so that the last turns reach the disk.
	 *
	 * @return whether the queue was empty in time
	 */
	public boolean awaitFlushed(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (this.draining || !this.queue.isEmpty()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					this.lock.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	@Override
	public void close() {
		if (!awaitFlushed(Duration.ofSeconds(10))) {
			logger.error("Transcript writer closed with {} turns still waiting to be written", queued());
		}
	}

	private record Pending(TranscriptEntry entry, MonoSink<Void> sink) {
	}

}
