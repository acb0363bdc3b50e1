package com.clinicfaq.chatbot.chat;

import com.clinicfaq.chatbot.safety.SafetyVerdict;

/**
 * A visitor's message screened once ({@link ChatService#screened(String)}).
 *
 * @param raw the message as received
 * @param text the message sanitized ({@link MessageSanitizer}), as everything after the edge reads it
 * @param verdict the safety screen's finding on {@code text}
 */
public record Screened(String raw, String text, SafetyVerdict verdict) {
}
