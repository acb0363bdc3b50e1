package com.clinicfaq.chatbot.web;

import java.util.List;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what visitors may send.
 *
 * @param maxTextLength the longest message text, in characters
 * @param maxBodySize the largest request body
 * @param allowedOrigins the web sites whose pages may call the chat API from the browser, for example
 * {@code https://www.clinic.example} (CORS, for the {@code /widget.js} chat widget); empty: no other site may
 */
@Validated
@ConfigurationProperties("chatbot.web")
public record WebProperties(@DefaultValue("1000") @Min(1) int maxTextLength,
		@DefaultValue("16KB") DataSize maxBodySize, List<String> allowedOrigins) {

	@ConstructorBinding
	public WebProperties {
		allowedOrigins = (allowedOrigins != null)
				? allowedOrigins.stream().filter((origin) -> !origin.isBlank()).map(String::strip).toList() : List.of();
	}

	public WebProperties(int maxTextLength, DataSize maxBodySize) {
		this(maxTextLength, maxBodySize, List.of());
	}

}
