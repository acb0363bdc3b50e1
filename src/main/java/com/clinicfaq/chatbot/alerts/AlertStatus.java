package com.clinicfaq.chatbot.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An alert as staff see it: what happened, how each route's delivery went, and who acknowledged it.
 *
 * @param alert the alert
 * @param version goes up with every change, so a page receiving updates out of order keeps the newest
 * @param deliveries one entry per configured route, in configuration order
 * @param acknowledgement who followed it up and how, or {@code null}
 */
public record AlertStatus(Alert alert, long version, List<Delivery> deliveries, Acknowledgement acknowledgement) {

	public AlertStatus {
		deliveries = List.copyOf(deliveries);
	}

	static AlertStatus raised(Alert alert, List<String> routes, Instant now) {
		return new AlertStatus(alert, 1, routes.stream().map((route) -> Delivery.pending(route, now)).toList(), null);
	}

	AlertStatus with(Delivery delivery) {
		Map<String, Delivery> byRoute = new LinkedHashMap<>();
		this.deliveries.forEach((existing) -> byRoute.put(existing.route(), existing));
		byRoute.put(delivery.route(), delivery);
		return new AlertStatus(this.alert, this.version + 1, List.copyOf(byRoute.values()), this.acknowledgement);
	}

	AlertStatus with(Acknowledgement acknowledgement) {
		return new AlertStatus(this.alert, this.version + 1, this.deliveries, acknowledgement);
	}

	public boolean failed() {
		return this.deliveries.stream().anyMatch((delivery) -> delivery.state() == State.FAILED);
	}

	/**
	 * How one route's delivery went.
	 *
	 * @param route {@code webhook}, {@code slack} or {@code email}
	 * @param state pending, delivered or failed
	 * @param attempts how many attempts were made
	 * @param error why the last attempt failed, or {@code null}
	 * @param time when this state was reached
	 */
	public record Delivery(String route, State state, int attempts, String error, Instant time) {

		static Delivery pending(String route, Instant now) {
			return new Delivery(route, State.PENDING, 0, null, now);
		}

	}

	/**
	 * A staff member's follow-up of an alert.
	 *
	 * @param user the staff user
	 * @param outcome called back or left a message
	 * @param note an optional free-text note
	 * @param time when it was recorded
	 */
	public record Acknowledgement(String user, Outcome outcome, String note, Instant time) {
	}

	/**
	 * Where a delivery stands.
	 */
	public enum State {

		PENDING, DELIVERED, FAILED;

		@JsonValue
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * What staff did about an alert.
	 */
	public enum Outcome {

		CALLED_BACK, LEFT_MESSAGE;

		@JsonValue
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * {@code called_back} or {@code left_message}; {@code null} for anything else.
		 */
		@JsonCreator
		public static Outcome of(String value) {
			for (Outcome outcome : values()) {
				if (outcome.value().equals(value)) {
					return outcome;
				}
			}
			return null;
		}

	}

}
