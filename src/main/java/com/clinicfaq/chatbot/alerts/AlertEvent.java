package com.clinicfaq.chatbot.alerts;

import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.alerts.AlertStatus.Outcome;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change to an alert, as one line of the {@link AlertJournal}: the alert raised (with the routes it goes to), an
 * attempt failed and will be retried, delivered or failed for good on a route, or acknowledged by a staff member.
 * Folding an alert's events in order gives its {@link AlertStatus} back.
 *
 * @param event {@code raised}, {@code retrying}, {@code delivered}, {@code failed} or {@code acknowledged}
 * @param time when it happened
 * @param id the alert's id
 * @param alert the alert (redacted text only), on {@code raised}
 * @param routes the routes it is sent through, on {@code raised}
 * @param route the route, on a delivery event
 * @param attempts attempts made so far, on a delivery event
 * @param error why the last attempt failed, on {@code retrying} and {@code failed}
 * @param user the staff member, on {@code acknowledged}
 * @param outcome called back or left a message, on {@code acknowledged}
 * @param note the staff member's note, on {@code acknowledged}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AlertEvent(String event, Instant time, String id, Alert alert, List<String> routes, String route,
		Integer attempts, String error, String user, Outcome outcome, String note) {

	static final String RAISED = "raised";

	static final String RETRYING = "retrying";

	static final String DELIVERED = "delivered";

	static final String FAILED = "failed";

	static final String ACKNOWLEDGED = "acknowledged";

	static AlertEvent raised(AlertStatus status, Instant time) {
		return new AlertEvent(RAISED, time, status.alert().id(), status.alert(),
				status.deliveries().stream().map(AlertStatus.Delivery::route).toList(), null, null, null, null, null,
				null);
	}

	static AlertEvent delivery(String id, AlertStatus.Delivery delivery) {
		String event = switch (delivery.state()) {
			case PENDING -> RETRYING;
			case DELIVERED -> DELIVERED;
			case FAILED -> FAILED;
		};
		return new AlertEvent(event, delivery.time(), id, null, null, delivery.route(), delivery.attempts(),
				delivery.error(), null, null, null);
	}

	static AlertEvent acknowledged(String id, AlertStatus.Acknowledgement acknowledgement) {
		return new AlertEvent(ACKNOWLEDGED, acknowledgement.time(), id, null, null, null, null, null,
				acknowledgement.user(), acknowledgement.outcome(), acknowledgement.note());
	}

	/**
	 * This event applied to the alert's status so far ({@code null} before {@code raised}); {@code null} when the
	 * event does not fit (a delivery without its alert, a field missing), which the journal reports as damage.
	 */
	AlertStatus applyTo(AlertStatus status) {
		if (RAISED.equals(this.event)) {
			if (this.alert == null || this.routes == null || !this.alert.id().equals(this.id) || this.time == null) {
				return null;
			}
			return AlertStatus.raised(this.alert, this.routes, this.time);
		}
		if (status == null || this.time == null) {
			return null;
		}
		if (ACKNOWLEDGED.equals(this.event)) {
			return (this.user != null && this.outcome != null) ? status
				.with(new AlertStatus.Acknowledgement(this.user, this.outcome, this.note, this.time)) : null;
		}
		AlertStatus.State state = switch (String.valueOf(this.event)) {
			case RETRYING -> AlertStatus.State.PENDING;
			case DELIVERED -> AlertStatus.State.DELIVERED;
			case FAILED -> AlertStatus.State.FAILED;
			default -> null;
		};
		if (state == null || this.route == null || this.attempts == null) {
			return null;
		}
		return status.with(new AlertStatus.Delivery(this.route, state, this.attempts, this.error, this.time));
	}

}
