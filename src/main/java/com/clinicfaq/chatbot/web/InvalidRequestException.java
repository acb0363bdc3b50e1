package com.clinicfaq.chatbot.web;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses (visitor or staff), with the status and a message that names what was wrong;
 * the edges render it with {@link ProblemResponses}.
 */
public class InvalidRequestException extends RuntimeException {

	private final HttpStatus status;

	public InvalidRequestException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

}
