package com.clinicfaq.chatbot.intents;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the service does with a message: answer it, ask which of two intents was meant, or hand it to a person.
 */
public enum Route {

	ANSWER, CLARIFY, HANDOFF;

	@JsonValue
	public String value() {
		return name().toLowerCase();
	}

	@JsonCreator
	public static Route of(String value) {
		return valueOf(value.trim().toUpperCase());
	}

}
