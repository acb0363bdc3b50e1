package com.clinicfaq.chatbot.web;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, with the status and a message that names what was wrong.
 */
class InvalidRequestException extends RuntimeException {

	private final HttpStatus status;

	InvalidRequestException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
