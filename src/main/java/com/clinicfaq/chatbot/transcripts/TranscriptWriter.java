package com.clinicfaq.chatbot.transcripts;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicfaq.chatbot.chat.ChatTurn;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
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
 * <p>
 * An urgent turn is never lost: when its batch cannot be written, it goes to the fallback folder (when one is
 * configured) and, failing that, to a bounded queue in memory that is retried every few seconds and after every
 * later flush; its {@link Mono} completes. Meanwhile {@link #status()} reports the store as failing, which the health
 * and readiness checks show. Any other turn's failure is signalled to the caller, so the visitor gets a 503 and can
 * retry.
 */
public class TranscriptWriter implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TranscriptWriter.class);

	/** Turns that may wait for the next flush unless configured otherwise. */
	static final int DEFAULT_CAPACITY = 1024;

	/** Urgent turns kept in memory at most while neither folder can be written. */
	static final int MAX_PENDING = 10_000;

	private final TranscriptStore store;

	private final TranscriptFiles fallback;

	private final Scheduler scheduler;

	private final Deque<TranscriptEntry> pending = new ArrayDeque<>();

	private final AtomicLong fallbackWrites = new AtomicLong();

	private volatile String failure;

	private final Disposable retries;

	private final int capacity;

	private final Timer flushTime;

	private final DistributionSummary batchSize;

	private final Object lock = new Object();

	/** Guarded by {@link #lock}. */
	private final ArrayDeque<Pending> queue = new ArrayDeque<>();

	/** Whether a drain is scheduled or running; guarded by {@link #lock}. */
	private boolean draining;

	public TranscriptWriter(TranscriptFiles files, Scheduler scheduler) {
		this(files, null, scheduler, DEFAULT_CAPACITY, Duration.ofSeconds(5), new SimpleMeterRegistry());
	}

	public TranscriptWriter(TranscriptFiles files, TranscriptFiles fallback, Scheduler scheduler,
			Duration retryEvery) {
		this(files, fallback, scheduler, DEFAULT_CAPACITY, retryEvery, new SimpleMeterRegistry());
	}

	public TranscriptWriter(TranscriptStore store, Scheduler scheduler, int capacity, MeterRegistry meters) {
		this(store, null, scheduler, capacity, Duration.ofSeconds(5), meters);
	}

	/**
	 * @param store where lines are written
	 * @param fallback where urgent turns go when {@code store} cannot be written, or {@code null}
	 * @param scheduler where flushes (blocking I/O) run
	 * @param capacity how many turns may wait for the next flush
	 * @param retryEvery how often urgent turns held in memory are retried
	 * @param meters where the queue depth and flush metrics go
	 */
	public TranscriptWriter(TranscriptStore store, TranscriptFiles fallback, Scheduler scheduler, int capacity,
			Duration retryEvery, MeterRegistry meters) {
		if (capacity < 1) {
			throw new IllegalArgumentException("The transcript queue needs room for at least one turn");
		}
		this.store = store;
		this.fallback = fallback;
		this.scheduler = scheduler;
		this.capacity = capacity;
		this.retries = scheduler.schedulePeriodically(this::retryPending, retryEvery.toMillis(), retryEvery.toMillis(),
				TimeUnit.MILLISECONDS);
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
		// urgent turns held in memory after an earlier failure go first, so the transcript keeps their order
		retryPending();
		long start = System.nanoTime();
		try {
			this.store.appendAll(entries);
		}
		catch (RuntimeException ex) {
			this.failure = ex.getMessage();
			for (Pending pending : batch) {
				if (pending.entry().urgent()) {
					keepUrgent(pending.entry(), ex);
					pending.sink().success();
				}
				else {
					pending.sink().error(ex);
				}
			}
			return;
		}
		catch (Error ex) {
			batch.forEach((pending) -> pending.sink().error(ex));
			throw ex;
		}
		finally {
			this.flushTime.record(Duration.ofNanos(System.nanoTime() - start));
			this.batchSize.record(batch.size());
		}
		if (heldInMemory() == 0) {
			this.failure = null;
		}
		batch.forEach((pending) -> pending.sink().success());
	}

	private int heldInMemory() {
		synchronized (this.pending) {
			return this.pending.size();
		}
	}

	private void keepUrgent(TranscriptEntry entry, RuntimeException cause) {
		if (this.fallback != null) {
			try {
				this.fallback.append(entry);
				this.fallbackWrites.incrementAndGet();
				logger.error("ALERT: urgent turn {} of conversation {} could not be written to the transcript ({}); "
						+ "it was written to the fallback folder {}", entry.messageId(), entry.conversationId(),
						cause.getMessage(), this.fallback.directory());
				return;
			}
			catch (RuntimeException ex) {
				cause.addSuppressed(ex);
			}
		}
		synchronized (this.pending) {
			if (this.pending.size() >= MAX_PENDING) {
				TranscriptEntry dropped = this.pending.removeFirst();
				logger.error("ALERT: more than {} urgent turns held in memory; the oldest, {}, is dropped",
						MAX_PENDING, dropped.messageId());
			}
			this.pending.addLast(entry);
		}
		logger.error("ALERT: urgent turn {} of conversation {} could not be written anywhere ({}); held in memory "
				+ "and retried", entry.messageId(), entry.conversationId(), cause.getMessage());
	}

	/**
	 * Writes the urgent turns held in memory, oldest first, stopping at the first failure.
	 */
	void retryPending() {
		synchronized (this.pending) {
			while (!this.pending.isEmpty()) {
				TranscriptEntry next = this.pending.peekFirst();
				try {
					this.store.appendAll(List.of(next));
				}
				catch (RuntimeException ex) {
					this.failure = ex.getMessage();
					return;
				}
				this.pending.removeFirst();
				this.failure = null;
				logger.warn("Urgent turn {} held in memory is now in the transcript", next.messageId());
			}
		}
	}

	/**
	 * Whether the last write to the transcript worked, how many urgent turns wait in memory and how many went to the
	 * fallback folder since start-up.
	 */
	public Status status() {
		int held;
		synchronized (this.pending) {
			held = this.pending.size();
		}
		return new Status(this.failure == null && held == 0, this.failure, held, this.fallbackWrites.get());
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
		this.retries.dispose();
	}

	/**
	 * The transcript store's state.
	 *
	 * @param writable whether the last write worked and nothing waits in memory
	 * @param lastError why the last write failed, or {@code null}
	 * @param urgentHeldInMemory urgent turns waiting to be written
	 * @param urgentInFallback urgent turns written to the fallback folder since start-up
	 */
	public record Status(boolean writable, String lastError, int urgentHeldInMemory, long urgentInFallback) {
	}

	private record Pending(TranscriptEntry entry, MonoSink<Void> sink) {
	}

}
