package com.clinicfaq.chatbot.channels;

import java.util.List;

/**
 * A reply as one channel shows it.
 *
 * @param text the message text, within the channel's length limit, ending with the disclaimer
 * @param options the suggestions offered: numbered in the text, or for the channel to show as buttons
 */
public record RenderedReply(String text, List<String> options) {

	public RenderedReply {
		options = List.copyOf(options);
	}

}
