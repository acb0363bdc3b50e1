package com.clinicfaq.chatbot.safety;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How urgent a message is; {@link #CRISIS} and {@link #EMERGENCY} hand off at once.
 */
public enum Urgency {

	NONE, CRISIS, EMERGENCY;

	/**
	 * The catalog intent that stands for this urgency, or {@code null} for {@link #NONE}.
	 */
	@JsonCreator
	public static Urgency of(String value) {
		return valueOf(value.trim().toUpperCase());
	}

	public String intent() {
		return (this == NONE) ? null : name().toLowerCase();
	}

}
