package com.clinicfaq.chatbot.web;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on the server's connections, so idle or deliberately slow clients cannot hold them (and the process's file
 * descriptors) for ever.
 *
 * @param maxConnections open connections allowed at once; a connection over the limit is closed as soon as it is
 * accepted (keep it well under the process's file-descriptor limit, {@code ulimit -n})
 * @param idleTimeout how long a kept-alive connection may wait for its next request
 * @param readTimeout the longest pause allowed while a request's body is being read
 * @param responseDeadline how long a connection may go without a response being written (since it opened or since
 * its last response) before it is closed: this ends clients that trickle their headers a byte at a time
 */
@Validated
@ConfigurationProperties("chatbot.web.connections")
public record ConnectionProperties(@DefaultValue("500") @Min(1) int maxConnections,
		@DefaultValue("15s") Duration idleTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("30s") Duration responseDeadline) {
}
