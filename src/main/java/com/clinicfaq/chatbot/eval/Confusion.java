package com.clinicfaq.chatbot.eval;

/**
 * How often messages of one label were classified as another.
 */
public record Confusion(String expected, String predicted, int count) {
}
