package com.clinicfaq.chatbot.alerts;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health details for alerting ({@code /actuator/health/setup}): which routes are on, and the recent alerts whose
 * delivery failed. Always up: a failed alert must not take the chat down, and the staff page shows it too.
 */
@Component("alerts")
class AlertsHealthIndicator implements HealthIndicator {

	private final AlertBoard board;

	AlertsHealthIndicator(AlertBoard board) {
		this.board = board;
	}

	@Override
	public Health health() {
		List<AlertStatus> recent = this.board.recent();
		Health.Builder health = Health.up()
			.withDetail("routes", this.board.routes())
			.withDetail("recentAlerts", recent.size())
			.withDetail("recentFailedAlerts", recent.stream().filter(AlertStatus::failed).count());
		if (this.board.routes().isEmpty()) {
			health.withDetail("warning", "no alert route is configured: urgent turns are not pushed to anyone");
		}
		return health.build();
	}

}
