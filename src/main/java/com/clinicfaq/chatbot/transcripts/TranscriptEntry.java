package com.clinicfaq.chatbot.transcripts;

import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One turn as stored in the transcript.
 *
 * @param time when the message arrived
 * @param conversationId the conversation
 * @param messageId the turn
 * @param channel where the message came from
 * @param text what the visitor wrote, with personal data redacted
 * @param intent the intent of the reply, or {@code null}
 * @param confidence the classifier's confidence in that intent, or {@code null}
 * @param route answer, clarify or handoff
 * @param handoffReason urgent, requested or unmatched, or {@code null}
 * @param answerId which curated text was sent
 * @param urgent whether the turn was urgent, so staff can find those first
 * @param redactions the kinds of personal data removed from {@code text} ({@code phone}, {@code email}, ...), each
 * replaced there by its marker ({@code [PHONE]}, {@code [EMAIL]}, ...); empty for lines written before redaction
 * @param signals what made an urgent turn urgent ({@code rules}, {@code detector}, {@code classifier+detector});
 * empty for other turns and for lines written before signals were recorded
 * @param context how the conversation so far was used to read the message ({@code same_question},
 * {@code read_with_previous}, ...: {@code ContextUse#value()}), or {@code null} when it was read on its own and for
 * lines written before it was recorded
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TranscriptEntry(Instant time, String conversationId, String messageId, String channel, String text,
		String intent, Double confidence, Route route, HandoffReason handoffReason, String answerId, boolean urgent,
		List<String> redactions, List<String> signals, String context) {

	public TranscriptEntry {
		signals = (signals != null) ? List.copyOf(signals) : List.of();
		if (time == null || conversationId == null || messageId == null) {
			throw new IllegalArgumentException("A transcript entry needs a time, a conversation id and a message id");
		}
		redactions = (redactions != null) ? List.copyOf(redactions) : List.of();
	}

	/**
	 * The stored form of a chat turn: personal data is redacted from the text before it reaches the disk.
	 */
	public static TranscriptEntry of(ChatTurn turn, PersonalDataRedactor redactor) {
		PersonalDataRedactor.Redaction redacted = redactor.redact(turn.text());
		return new TranscriptEntry(turn.time(), turn.conversationId(), turn.messageId(), turn.channel(),
				redacted.text(), (turn.intent() != null) ? turn.intent().name() : null,
				(turn.intent() != null) ? turn.intent().confidence() : null, turn.route(), turn.reason(),
				turn.answer().id(), turn.urgent(), redacted.types(), turn.signals(), (turn.context() != null) ? turn.context().value() : null);
	}

	public TranscriptEntry(Instant time, String conversationId, String messageId, String channel, String text,
			String intent, Double confidence, Route route, HandoffReason handoffReason, String answerId, boolean urgent,
			List<String> redactions, List<String> signals) {
		this(time, conversationId, messageId, channel, text, intent, confidence, route, handoffReason, answerId, urgent,
				redactions, signals, null);
	}

	public TranscriptEntry(Instant time, String conversationId, String messageId, String channel, String text,
			String intent, Double confidence, Route route, HandoffReason handoffReason, String answerId, boolean urgent) {
		this(time, conversationId, messageId, channel, text, intent, confidence, route, handoffReason, answerId, urgent,
				List.of());
	}

	public TranscriptEntry(Instant time, String conversationId, String messageId, String channel, String text,
			String intent, Double confidence, Route route, HandoffReason handoffReason, String answerId, boolean urgent,
			List<String> redactions) {
		this(time, conversationId, messageId, channel, text, intent, confidence, route, handoffReason, answerId, urgent,
				redactions, List.of());
	}

}
