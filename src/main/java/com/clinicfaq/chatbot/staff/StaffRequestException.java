package com.clinicfaq.chatbot.staff;

/**
 * A staff request the service refuses, with the HTTP status and a message that names what was wrong.
 */
class StaffRequestException extends RuntimeException {

	private final int status;

	StaffRequestException(int status, String message) {
		super(message);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
