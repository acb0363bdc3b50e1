package com.clinicfaq.chatbot.chat;

import com.clinicfaq.chatbot.safety.SafetyVerdict;

/**
 * A visitor's message screened once ({@link ChatService#screened(String)}).
 *
 * @param raw the message as received
 * @param text the message sanitized ({@link MessageSanitizer}), as everything after the edge reads it
 * @param verdict the safety screen's finding on {@code text}
 * @param gloss the message's English gloss when it is written in another language the bot reads
 * ({@link ForeignGloss}), or {@code null}
 */
public record Screened(String raw, String text, SafetyVerdict verdict, ForeignGloss.Gloss gloss) {

	/**
	 * What understanding reads: the English gloss of a message in another language, else the sanitized text.
	 */
	public String read() {
		return (this.gloss != null) ? this.gloss.english() : this.text;
	}

}
