package com.clinicfaq.chatbot.alerts;

import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Which failed HTTP deliveries are worth retrying: server errors, 408, 429, timeouts and connection failures, but
 * not a request the receiver refused (a wrong URL or a rejected signature will not fix itself).
 */
final class HttpFailures {

	private HttpFailures() {
	}

	static boolean retryable(Throwable failure) {
		if (failure instanceof WebClientResponseException response) {
			int status = response.getStatusCode().value();
			return status >= 500 || status == 408 || status == 429;
		}
		return true;
	}

}
