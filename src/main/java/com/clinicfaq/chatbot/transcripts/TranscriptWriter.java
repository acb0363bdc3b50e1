package com.clinicfaq.chatbot.transcripts;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicfaq.chatbot.chat.ChatTurn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Records chat turns without blocking the event loop: redacts personal data, then appends the line on a bounded
 * elastic scheduler; the returned {@link Mono} completes only once the line is written.
 * <p>
 * An urgent turn is never lost: when the transcript cannot be written, it goes to the fallback folder (when one is
 * configured) and, failing that, to a bounded queue in memory that is retried every few seconds and on every later
 * write. Meanwhile {@link #status()} reports the store as failing, which the health and readiness checks show. Any
 * other turn's failure is signalled to the caller, so the visitor gets a 503 and can retry.
 */
public class TranscriptWriter implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TranscriptWriter.class);

	/** Urgent turns kept in memory at most while neither folder can be written. */
	static final int MAX_PENDING = 10_000;

	private final TranscriptFiles files;

	private final TranscriptFiles fallback;

	private final Scheduler scheduler;

	private final Deque<TranscriptEntry> pending = new ArrayDeque<>();

	private final AtomicLong fallbackWrites = new AtomicLong();

	private volatile String failure;

	private final Disposable retries;

	public TranscriptWriter(TranscriptFiles files, Scheduler scheduler) {
		this(files, null, scheduler, Duration.ofSeconds(5));
	}

	/**
	 * @param fallback where urgent turns go when {@code files} cannot be written, or {@code null}
	 * @param retryEvery how often urgent turns held in memory are retried
	 */
	public TranscriptWriter(TranscriptFiles files, TranscriptFiles fallback, Scheduler scheduler,
			Duration retryEvery) {
		this.files = files;
		this.fallback = fallback;
		this.scheduler = scheduler;
		this.retries = scheduler.schedulePeriodically(this::retryPending, retryEvery.toMillis(), retryEvery.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private final PersonalDataRedactor redactor = new PersonalDataRedactor();

	/**
	 * Redacts and records one chat turn.
	 */
	public Mono<Void> record(ChatTurn turn) {
		return Mono.fromCallable(() -> TranscriptEntry.of(turn, this.redactor)).flatMap(this::record);
	}

	public Mono<Void> record(TranscriptEntry entry) {
		return Mono.fromRunnable(() -> append(entry)).subscribeOn(this.scheduler).then();
	}

	private void append(TranscriptEntry entry) {
		try {
			this.files.append(entry);
		}
		catch (RuntimeException ex) {
			this.failure = ex.getMessage();
			if (!entry.urgent()) {
				throw ex;
			}
			keepUrgent(entry, ex);
			return;
		}
		this.failure = null;
		retryPending();
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
					this.files.append(next);
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

	@Override
	public void close() {
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

}
