package com.clinicfaq.chatbot.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.JsonLines;
import com.clinicfaq.chatbot.transcripts.DayFileAppender;
import com.clinicfaq.chatbot.transcripts.LineCipher;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

/**
 * Keeps every alert and every change to it ({@link AlertEvent}) as append-only JSON lines in daily files
 * ({@code YYYY-MM-DD.jsonl}, the day of writing, UTC) beside the transcripts, encrypted with the transcripts' key
 * when one is set, so that a restart or a crash loses neither the alerts nobody acknowledged nor the deliveries still
 * owed.
 * <p>
 * {@link #record} only queues the event and returns: the events are written in order, in batches (one write and one
 * fsync per batch), by one drain at a time on the given scheduler (blocking I/O, never the event loop or the
 * visitor's request). When the folder cannot be written the batch stays queued, the failure is logged and shown by
 * {@link #failure()}, and the drain tries again every few seconds.
 * <p>
 * {@link #load} folds the files back into alerts; a line that cannot be read (torn by a crash, damaged, encrypted with
 * a key the service no longer has) is skipped with a warning and never stops the start-up.
 */
public class AlertJournal implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AlertJournal.class);

	/** Events held in memory at most while the folder cannot be written; beyond it the oldest are dropped. */
	static final int MAX_QUEUED = 100_000;

	private final Path directory;

	private final ObjectMapper json;

	private final LineCipher cipher;

	private final Scheduler scheduler;

	private final Clock clock;

	private final Duration retryEvery;

	private final Object lock = new Object();

	/** Guarded by {@link #lock}. */
	private final ArrayDeque<AlertEvent> queue = new ArrayDeque<>();

	/** Whether a drain is scheduled or running; guarded by {@link #lock}. */
	private boolean draining;

	private volatile String failure;

	private final DayFileAppender appender;

	/**
	 * @param directory the folder of the daily journal files (created, owner-only, on the first write)
	 * @param fsync whether each batch is forced to disk
	 * @param json writes and reads the lines (with Java time support, dates as text)
	 * @param cipher encrypts each line at rest, or {@code null} for plain JSON lines
	 * @param scheduler where the blocking writes run
	 * @param clock the day of the file a batch goes to
	 * @param retryEvery how long to wait before writing again after a failed write
	 */
	public AlertJournal(Path directory, boolean fsync, ObjectMapper json, LineCipher cipher, Scheduler scheduler,
			Clock clock, Duration retryEvery) {
		this.directory = directory;
		this.json = json;
		this.cipher = cipher;
		this.scheduler = scheduler;
		this.clock = clock;
		this.retryEvery = retryEvery;
		this.appender = new DayFileAppender(directory, fsync, cipher, "the alert journal");
	}

	public Path directory() {
		return this.directory;
	}

	/**
	 * Queues the event for writing and returns at once.
	 */
	void record(AlertEvent event) {
		boolean startDrain;
		synchronized (this.lock) {
			if (this.queue.size() >= MAX_QUEUED) {
				AlertEvent dropped = this.queue.removeFirst();
				logger.error("More than {} alert events wait to be written to {}; the oldest ({} of alert {}) is "
						+ "dropped", MAX_QUEUED, this.directory, dropped.event(), dropped.id());
			}
			this.queue.addLast(event);
			startDrain = !this.draining;
			this.draining = true;
		}
		if (startDrain) {
			this.scheduler.schedule(this::drain);
		}
	}

	private void drain() {
		while (true) {
			List<AlertEvent> batch;
			synchronized (this.lock) {
				if (this.queue.isEmpty()) {
					this.draining = false;
					this.lock.notifyAll();
					return;
				}
				batch = new ArrayList<>(this.queue);
				this.queue.clear();
			}
			try {
				write(batch);
				if (this.failure != null) {
					logger.warn("Alert journal {} is writable again", this.directory);
				}
				this.failure = null;
			}
			catch (RuntimeException ex) {
				if (this.failure == null) {
					logger.error("ALERT: cannot write the alert journal in {} ({}); {} alert events are held in memory "
							+ "and retried every {} s", this.directory, ex.getMessage(), batch.size(),
							this.retryEvery.toSeconds(), ex);
				}
				this.failure = ex.getMessage();
				synchronized (this.lock) {
					for (int i = batch.size() - 1; i >= 0; i--) {
						this.queue.addFirst(batch.get(i));
					}
					this.lock.notifyAll();
				}
				this.scheduler.schedule(this::drain, this.retryEvery.toMillis(), TimeUnit.MILLISECONDS);
				return;
			}
		}
	}

	private synchronized void write(List<AlertEvent> events) {
		List<String> lines = new ArrayList<>(events.size());
		for (AlertEvent event : events) {
			try {
				lines.add(this.json.writeValueAsString(event));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Cannot serialize alert event " + event.event() + " of " + event.id(),
						ex);
			}
		}
		this.appender.append(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)), lines);
	}

	/**
	 * Reads every journal file, oldest first, and folds the events into the alerts they describe, oldest first.
	 * Never throws for bad content: unreadable lines are counted, logged at WARN and skipped; a folder that cannot
	 * be read at all gives no alerts and an ERROR.
	 */
	public synchronized Loaded load() {
		Map<String, AlertStatus> alerts = new LinkedHashMap<>();
		int[] damaged = { 0 };
		int[] orphans = { 0 };
		List<Path> files;
		try {
			files = TranscriptFiles.dayFiles(this.directory, null, null);
		}
		catch (UncheckedIOException ex) {
			logger.error("Cannot list the alert journal in {}: earlier alerts are not restored", this.directory, ex);
			return new Loaded(List.of(), 0);
		}
		for (Path file : files) {
			List<Integer> bad = new ArrayList<>();
			try {
				JsonLines.read(file, (line, number) -> {
					AlertEvent event = parse(line);
					if (event == null) {
						bad.add(number);
						return null;
					}
					AlertStatus before = alerts.get(event.id());
					if (before == null && !AlertEvent.RAISED.equals(event.event())) {
						// its alert's line went with an older file (retention) or with a forgotten conversation
						orphans[0]++;
						return null;
					}
					AlertStatus after = event.applyTo(before);
					if (after == null) {
						bad.add(number);
						return null;
					}
					alerts.put(event.id(), after);
					return null;
				}, bad::add);
			}
			catch (UncheckedIOException ex) {
				logger.warn("Cannot read alert journal file {}; its alerts are not restored", file, ex);
				continue;
			}
			if (!bad.isEmpty()) {
				damaged[0] += bad.size();
				logger.warn("Alert journal {}: skipped {} unreadable line(s) (line {}{}): damaged, torn by a crash, or "
						+ "encrypted with a key that is not configured", file, bad.size(),
						bad.subList(0, Math.min(10, bad.size())),
						(bad.size() > 10) ? ", ..." : "");
			}
		}
		if (orphans[0] > 0) {
			logger.debug("Alert journal {}: {} event(s) of alerts no longer kept", this.directory, orphans[0]);
		}
		return new Loaded(List.copyOf(alerts.values()), damaged[0]);
	}

	private AlertEvent parse(String stored) {
		String line = (this.cipher != null) ? this.cipher.decrypt(stored) : stored;
		if (line == null || line.startsWith("enc:")) {
			return null;
		}
		try {
			AlertEvent event = this.json.readValue(line, AlertEvent.class);
			return (event != null && event.id() != null && event.event() != null) ? event : null;
		}
		catch (JsonProcessingException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Removes every line of the alerts of one conversation (a visitor's request to be forgotten), rewriting each
	 * affected file through a temporary file and an atomic move; waits first for queued events to be written.
	 *
	 * @return how many lines were removed
	 */
	public int forget(String conversationId) {
		awaitFlushed(Duration.ofSeconds(10));
		synchronized (this) {
			closeQuietly();
			List<Path> files = TranscriptFiles.dayFiles(this.directory, null, null);
			Set<String> ids = new HashSet<>();
			for (Path file : files) {
				JsonLines.read(file, (line, number) -> {
					AlertEvent event = parse(line);
					if (event != null && event.alert() != null
							&& conversationId.equals(event.alert().conversationId())) {
						ids.add(event.id());
					}
					return null;
				});
			}
			if (ids.isEmpty()) {
				return 0;
			}
			int removed = 0;
			for (Path file : files) {
				removed += removeLines(file, ids);
			}
			return removed;
		}
	}

	private int removeLines(Path file, Set<String> ids) {
		try {
			return DayFileAppender.removeLines(file, (raw) -> {
				String text = JsonLines.decode(raw);
				AlertEvent event = (text != null) ? parse(text) : null;
				return event != null && ids.contains(event.id());
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot rewrite alert journal " + file, ex);
		}
	}

	/**
	 * Deletes the journal files of days before the given one (the transcripts' retention applies to alerts too: they
	 * carry the same redacted text).
	 *
	 * @return the deleted files
	 */
	public synchronized List<Path> deleteBefore(LocalDate oldestKept) {
		closeQuietly();
		List<Path> deleted = new ArrayList<>();
		for (Path file : TranscriptFiles.dayFiles(this.directory, null, oldestKept.minusDays(1))) {
			try {
				Files.deleteIfExists(file);
				deleted.add(file);
			}
			catch (IOException ex) {
				logger.warn("Cannot delete old alert journal file {}", file, ex);
			}
		}
		return deleted;
	}

	/**
	 * Why the last write failed while events still wait for the folder, or {@code null} when writes work.
	 */
	public String failure() {
		return this.failure;
	}

	/**
	 * Waits (at most the given time) until every queued event is written.
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
			logger.error("Alert journal closed with events still waiting to be written to {}", this.directory);
		}
		synchronized (this) {
			closeQuietly();
		}
	}

	private void closeQuietly() {
		this.appender.close();
	}

	/**
	 * What {@link #load} found.
	 *
	 * @param alerts the alerts, oldest first, each with every recorded change applied
	 * @param damaged lines skipped because they could not be read
	 */
	public record Loaded(List<AlertStatus> alerts, int damaged) {
	}

}
