package com.clinicfaq.chatbot.transcripts;

import com.clinicfaq.chatbot.chat.ChatTurn;

/**
 * The stored form of a chat turn, shared by every edge that records turns (the chat API and the channels): personal
 * data is redacted from the text before it reaches the disk.
 */
public final class ChatTurnEntries {

	private static final PersonalDataRedactor redactor = new PersonalDataRedactor();

	private ChatTurnEntries() {
	}

	public static TranscriptEntry of(ChatTurn turn) {
		PersonalDataRedactor.Redaction redacted = redactor.redact(turn.text());
		return new TranscriptEntry(turn.time(), turn.conversationId(), turn.messageId(), turn.channel(),
				redacted.text(), (turn.intent() != null) ? turn.intent().name() : null,
				(turn.intent() != null) ? turn.intent().confidence() : null, turn.route().value(),
				(turn.reason() != null) ? turn.reason().value() : null, turn.answer().id(), turn.urgent(),
				redacted.types());
	}

}
