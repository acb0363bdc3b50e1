package com.clinicfaq.chatbot.alerts;

import java.time.Clock;
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
 * {@link #changes()} for the live stream. Holds the newest {@code capacity} alerts (the transcripts keep every urgent
 * turn for good). Thread-safe: changes are serialized on this board, which is also what the sink requires.
 */
public class AlertBoard {

	private final List<String> routes;

	private final int capacity;

	private final Clock clock;

	private final Map<String, AlertStatus> alerts = new LinkedHashMap<>();

	private final Sinks.Many<AlertStatus> changes = Sinks.many().multicast().directBestEffort();

	AlertBoard(List<String> routes, int capacity, Clock clock) {
		this.routes = List.copyOf(routes);
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * The names of the configured routes, in order; empty when urgent turns are not pushed to anyone.
	 */
	public List<String> routes() {
		return this.routes;
	}

	synchronized AlertStatus raised(Alert alert) {
		AlertStatus status = AlertStatus.raised(alert, this.routes, this.clock.instant());
		this.alerts.put(alert.id(), status);
		while (this.alerts.size() > this.capacity) {
			this.alerts.remove(this.alerts.keySet().iterator().next());
		}
		return publish(status);
	}

	synchronized void delivered(String id, String route, int attempts) {
		update(id, new Delivery(route, State.DELIVERED, attempts, null, this.clock.instant()));
	}

	synchronized void failed(String id, String route, int attempts, String error) {
		update(id, new Delivery(route, State.FAILED, attempts, error, this.clock.instant()));
	}

	/**
	 * Records who followed the alert up and how; empty when the alert is unknown (too old, or from before a restart).
	 */
	public synchronized Optional<AlertStatus> acknowledge(String id, String user, Outcome outcome, String note) {
		AlertStatus status = this.alerts.get(id);
		if (status == null) {
			return Optional.empty();
		}
		return Optional.of(publish(put(status.with(new Acknowledgement(user, outcome, note, this.clock.instant())))));
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
		AlertStatus status = this.alerts.get(id);
		if (status != null) {
			publish(put(status.with(delivery)));
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
