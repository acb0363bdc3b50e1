package com.clinicfaq.chatbot.web;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The warm-up after start-up: readiness stays down until this many varied messages have been understood (the safety
 * screen, the sentence encoder, the classifier and routing, as {@code /api/v1/parse} runs them), so the first visitors
 * do not pay for the JIT compiler's first passes.
 *
 * @param messages how many messages (catalog phrases with an opener and an ending); 0 turns the warm-up off
 * @param timeLimit the warm-up stops after this long even if messages are left (a busy machine)
 */
@Validated
@ConfigurationProperties("chatbot.warm-up")
public record WarmUpProperties(@DefaultValue("300") @Min(0) int messages, @DefaultValue("5s") Duration timeLimit) {
}
