package com.clinicfaq.chatbot.alerts;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health details for alerting ({@code /actuator/health/setup}): which routes are on, the recent alerts whose
 * delivery failed and those nobody acknowledged yet, and whether the journal can be written. Always up: a failed
 * alert must not take the chat down, and the staff page shows it too.
 */
@Component("alerts")
class AlertsHealthIndicator implements HealthIndicator {

	private final AlertBoard board;

	private final AlertJournal journal;

	AlertsHealthIndicator(AlertBoard board, AlertJournal journal) {
		this.board = board;
		this.journal = journal;
	}

	@Override
	public Health health() {
		List<AlertStatus> recent = this.board.recent();
		Health.Builder health = Health.up()
			.withDetail("routes", this.board.routes())
			.withDetail("recentAlerts", recent.size())
			.withDetail("recentFailedAlerts", recent.stream().filter(AlertStatus::failed).count())
			.withDetail("unacknowledgedAlerts",
					recent.stream().filter((status) -> status.acknowledgement() == null).count());
		if (this.journal.failure() != null) {
			// this endpoint is public: the reason (with the folder) is in the log only
			health.withDetail("journalError",
					"alert changes cannot be written to the journal; they are held in memory and retried (see the log)");
		}
		if (this.board.routes().isEmpty()) {
			health.withDetail("warning", "no alert route is configured: urgent turns are not pushed to anyone");
		}
		return health.build();
	}

}
