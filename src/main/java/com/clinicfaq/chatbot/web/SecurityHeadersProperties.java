package com.clinicfaq.chatbot.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Response headers of the visitor page and API.
 *
 * @param frameAncestors the pages allowed to embed the chat in a frame, as CSP sources: {@code 'self'} by default;
 * add a clinic's own site ({@code https://www.example-clinic.com}) so it can embed the chat, or {@code 'none'}
 */
@ConfigurationProperties("chatbot.web.headers")
public record SecurityHeadersProperties(@DefaultValue("'self'") List<String> frameAncestors) {

	public SecurityHeadersProperties {
		frameAncestors = List.copyOf(frameAncestors);
		for (String source : frameAncestors) {
			if (!source.matches("'self'|'none'|https?://[A-Za-z0-9.*:-]+")) {
				throw new IllegalArgumentException("chatbot.web.headers.frame-ancestors: '" + source
						+ "' is not 'self', 'none' or an http(s) origin");
			}
		}
	}

}
