package com.clinicfaq.chatbot.intents;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a message was handed to a person.
 */
public enum HandoffReason {

	/** A crisis or medical emergency: always first, whatever else the message says. */
	URGENT,
	/** The visitor asked for a person, an appointment or the clinic's contact. */
	REQUESTED,
	/** The bot could not tell what the visitor meant, or the topic is outside the catalog. */
	UNMATCHED;

	@JsonValue
	public String value() {
		return name().toLowerCase();
	}

	@JsonCreator
	public static HandoffReason of(String value) {
		return valueOf(value.trim().toUpperCase());
	}

}
