package com.clinicfaq.chatbot.web;

/**
 * The body of {@code POST /api/v1/chat} and {@code POST /api/v1/parse}.
 *
 * @param conversationId the conversation to continue, or {@code null} to start one
 * @param text what the visitor wrote
 */
record ChatMessageRequest(String conversationId, String text) {
}
