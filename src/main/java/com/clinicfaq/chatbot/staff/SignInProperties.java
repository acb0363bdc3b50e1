package com.clinicfaq.chatbot.staff;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on failed staff sign-ins: after too many failures within the window, further attempts for that user name,
 * or from that address, are refused with 429 until the lockout ends, without checking the password.
 *
 * @param maxFailuresPerUser failures allowed per user name within the window
 * @param maxFailuresPerAddress failures allowed per client address within the window
 * @param window how long a failure counts
 * @param lockout how long a user name or address stays locked
 */
@Validated
@ConfigurationProperties("chatbot.staff.sign-in")
public record SignInProperties(@DefaultValue("5") @Min(1) int maxFailuresPerUser,
		@DefaultValue("20") @Min(1) int maxFailuresPerAddress, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockout) {
}
