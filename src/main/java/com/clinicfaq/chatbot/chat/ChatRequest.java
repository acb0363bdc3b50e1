package com.clinicfaq.chatbot.chat;

import java.util.regex.Pattern;

/**
 * One visitor message as the core sees it, whatever channel it came from.
 *
 * @param conversationId the conversation it belongs to, or {@code null} to start a new one
 * @param channel where it came from ({@code web}, {@code sms}, ...)
 * @param text what the visitor wrote
 */
public record ChatRequest(String conversationId, String channel, String text) {

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	public ChatRequest {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A chat message needs text");
		}
		channel = (channel == null || channel.isBlank()) ? "web" : channel;
	}

	/**
	 * Whether a conversation id as a visitor or staff member sent it has the one accepted form: 1 to 100 letters,
	 * digits or {@code . _ : -} characters.
	 */
	public static boolean isConversationId(String id) {
		return id != null && CONVERSATION_ID.matcher(id).matches();
	}

}
