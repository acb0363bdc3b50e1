package com.clinicfaq.chatbot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinicfaq.chatbot.alerts.AlertStatus.Acknowledgement;
import com.clinicfaq.chatbot.alerts.AlertStatus.Delivery;
import com.clinicfaq.chatbot.alerts.AlertStatus.Outcome;
import com.clinicfaq.chatbot.alerts.AlertStatus.State;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The recent alerts and their delivery results, in memory, for the staff page; every change is also published to
 * {@link #changes()} for the live stream and, when there is a journal, queued for the {@link AlertJournal} (which
 * writes it off this thread), so that {@link #restore} can bring the board back after a restart. Holds the newest
 * {@code capacity} alerts; when it is full, the oldest acknowledged alert goes first, so an alert nobody followed up
 * stays as long as possible (the transcripts keep every urgent turn for good). Thread-safe: changes are serialized on
 * this board, which also keeps the journal's lines in the order of the changes and is what the sink requires.
 */
public class AlertBoard {

	private final List<String> routes;

	private final int capacity;

	private final Clock clock;

	private final Map<String, AlertStatus> alerts = new LinkedHashMap<>();

	private final Sinks.Many<AlertStatus> changes = Sinks.many().multicast().directBestEffort();

	private final AlertJournal journal;

	/**
	 * A board kept in memory only.
	 */
	AlertBoard(List<String> routes, int capacity, Clock clock) {
		this(routes, capacity, clock, null);
	}

	/**
	 * @param journal where every change is recorded, or {@code null} to keep the board in memory only
	 */
	AlertBoard(List<String> routes, int capacity, Clock clock, AlertJournal journal) {
		this.routes = List.copyOf(routes);
		this.capacity = capacity;
		this.clock = clock;
		this.journal = journal;
	}

	/**
	 * The names of the configured routes, in order; empty when urgent turns are not pushed to anyone.
	 */
	public List<String> routes() {
		return this.routes;
	}

	synchronized AlertStatus raised(Alert alert) {
		AlertStatus status = AlertStatus.raised(alert, this.routes, this.clock.instant());
		record(AlertEvent.raised(status, this.clock.instant()));
		put(status);
		evict();
		return publish(status);
	}

	/**
	 * Puts alerts read back from the journal on the board, without recording them again: the newest
	 * {@code capacity}, acknowledged ones leaving first. Called once, at start-up, before any new alert.
	 */
	synchronized void restore(List<AlertStatus> restored) {
		restored.forEach(this::put);
		evict();
	}

	synchronized void retrying(String id, String route, int attempts, String error) {
		update(id, new Delivery(route, State.PENDING, attempts, error, this.clock.instant()));
	}

	synchronized void delivered(String id, String route, int attempts) {
		update(id, new Delivery(route, State.DELIVERED, attempts, null, this.clock.instant()));
	}

	synchronized void failed(String id, String route, int attempts, String error) {
		update(id, new Delivery(route, State.FAILED, attempts, error, this.clock.instant()));
	}

	/**
	 * Removes the alerts of one conversation from the board and from the journal (a visitor's request to be
	 * forgotten). Blocking file I/O when there is a journal: callers run it off the event loop.
	 *
	 * @return how many alerts were on the board
	 */
	public int forget(String conversationId) {
		int removed;
		synchronized (this) {
			int before = this.alerts.size();
			this.alerts.values().removeIf((status) -> status.alert().conversationId().equals(conversationId));
			removed = before - this.alerts.size();
		}
		if (this.journal != null) {
			this.journal.forget(conversationId);
		}
		return removed;
	}

	/**
	 * Records who followed the alert up and how; empty when the alert is unknown (too old, or from before a restart).
	 */
	public synchronized Optional<AlertStatus> acknowledge(String id, String user, Outcome outcome, String note) {
		AlertStatus status = this.alerts.get(id);
		if (status == null) {
			return Optional.empty();
		}
		Acknowledgement acknowledgement = new Acknowledgement(user, outcome, note, this.clock.instant());
		record(AlertEvent.acknowledged(id, acknowledgement));
		return Optional.of(publish(put(status.with(acknowledgement))));
	}

	/**
	 * Waits (at most the given time) until every change so far is in the journal; blocking, so callers run it off
	 * the event loop. True at once without a journal.
	 */
	public boolean awaitRecorded(Duration timeout) {
		return this.journal == null || this.journal.awaitFlushed(timeout);
	}

	/**
	 * The recent alerts, newest first.
	 */
	public synchronized List<AlertStatus> recent() {
		List<AlertStatus> recent = new ArrayList<>(this.alerts.values());
		Collections.reverse(recent);
		return recent;
	}

	public synchronized Optional<AlertStatus> find(String id) {
		return Optional.ofNullable(this.alerts.get(id));
	}

	/**
	 * Every new alert and every change to one, from the moment of subscribing. A subscriber too slow to keep up
	 * misses changes rather than holding up the others; the staff page re-reads {@link #recent()} on reconnect.
	 */
	public Flux<AlertStatus> changes() {
		return this.changes.asFlux();
	}

	private void update(String id, Delivery delivery) {
		// recorded even when the alert has left the board, so a restart does not send it again
		record(AlertEvent.delivery(id, delivery));
		AlertStatus status = this.alerts.get(id);
		if (status != null) {
			publish(put(status.with(delivery)));
		}
	}

	private void record(AlertEvent event) {
		if (this.journal != null) {
			this.journal.record(event);
		}
	}

	private void evict() {
		while (this.alerts.size() > this.capacity) {
			String oldest = this.alerts.values()
				.stream()
				.filter((status) -> status.acknowledgement() != null)
				.map((status) -> status.alert().id())
				.findFirst()
				.orElseGet(() -> this.alerts.keySet().iterator().next());
			this.alerts.remove(oldest);
		}
	}

	private AlertStatus put(AlertStatus status) {
		this.alerts.put(status.alert().id(), status);
		return status;
	}

	private AlertStatus publish(AlertStatus status) {
		this.changes.tryEmitNext(status);
		return status;
	}

}
