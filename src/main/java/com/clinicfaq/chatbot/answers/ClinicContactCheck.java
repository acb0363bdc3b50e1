package com.clinicfaq.chatbot.answers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns, loudly at start-up and in the health details ({@code /actuator/health/setup}), while the clinic's phone is
 * still the shipped placeholder: urgent replies tell people in crisis to call it. It does not take the service down
 * (the crisis lines in those replies still work), but nobody should miss it.
 */
@Component("clinicContact")
class ClinicContactCheck implements HealthIndicator {

	private static final Logger logger = LoggerFactory.getLogger(ClinicContactCheck.class);

	static final String WARNING = "chatbot.clinic.phone is still the placeholder " + ClinicContact.PLACEHOLDER_PHONE
			+ ": urgent replies tell people in crisis to call a number that reaches nobody. Set CHATBOT_CLINIC_PHONE "
			+ "(and chatbot.clinic.name, .email, .booking-url) before visitors use this service.";

	private final ClinicContact clinic;

	ClinicContactCheck(ClinicContact clinic) {
		this.clinic = clinic;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAtStartUp() {
		if (this.clinic.placeholderPhone()) {
			logger.warn("\n************************************************************************\n"
					+ "* PLACEHOLDER CLINIC CONTACT\n* {}\n"
					+ "************************************************************************", WARNING);
		}
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetail("name", this.clinic.name()).withDetail("phone",
				this.clinic.phone());
		if (this.clinic.placeholderPhone()) {
			health.withDetail("placeholder", true).withDetail("warning", WARNING);
		}
		else {
			health.withDetail("placeholder", false);
		}
		return health.build();
	}

}
