package com.clinicfaq.chatbot.chat;

/**
 * One visitor message as the core sees it, whatever channel it came from.
 *
 * @param conversationId the conversation it belongs to, or {@code null} to start a new one
 * @param channel where it came from ({@code web}, {@code sms}, ...)
 * @param text what the visitor wrote
 */
public record ChatRequest(String conversationId, String channel, String text) {

	public ChatRequest {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A chat message needs text");
		}
		channel = (channel == null || channel.isBlank()) ? "web" : channel;
	}

}
