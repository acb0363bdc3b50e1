package com.clinicfaq.chatbot.intents;

/**
 * An intent file that cannot be used, with the file (and line, where known) in the message.
 */
public class IntentFileException extends RuntimeException {

	public IntentFileException(String message) {
		super(message);
	}

	public IntentFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
