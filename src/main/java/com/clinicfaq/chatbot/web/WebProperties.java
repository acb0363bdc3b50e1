package com.clinicfaq.chatbot.web;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what visitors may send.
 *
 * @param maxTextLength the longest message text, in characters
 * @param maxBodySize the largest request body
 */
@Validated
@ConfigurationProperties("chatbot.web")
public record WebProperties(@DefaultValue("1000") @Min(1) int maxTextLength,
		@DefaultValue("16KB") DataSize maxBodySize) {
}
