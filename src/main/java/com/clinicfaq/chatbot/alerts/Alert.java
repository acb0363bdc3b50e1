package com.clinicfaq.chatbot.alerts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.safety.Urgency;
import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;

/**
 * What staff are told about one urgent turn. It carries the visitor's text only with personal data redacted.
 *
 * @param id the alert's id: the turn's message id, so a retried delivery can be recognised
 * @param kind {@code crisis} or {@code emergency}
 * @param conversationId the conversation, to open on the staff page
 * @param channel where the message came from
 * @param time when the message arrived
 * @param text the message with phone numbers, e-mail addresses, names and other personal data replaced by markers
 * @param redactions the kinds of personal data removed from {@code text}
 * @param rules the safety rules that fired, empty when the classifier alone judged the message urgent
 * @param link the conversation on the staff page
 */
public record Alert(String id, String kind, String conversationId, String channel, Instant time, String text,
		List<String> redactions, List<String> rules, URI link) {

	public Alert {
		redactions = List.copyOf(redactions);
		rules = List.copyOf(rules);
	}

	static Alert from(ChatTurn turn, PersonalDataRedactor redactor, URI staffBaseUrl) {
		PersonalDataRedactor.Redaction redacted = redactor.redact(turn.text());
		return new Alert(turn.messageId(), kindOf(turn), turn.conversationId(), turn.channel(), turn.time(),
				redacted.text(), redacted.types(), turn.verdict().matchedRules(),
				linkTo(staffBaseUrl, turn.conversationId()));
	}

	/**
	 * The alert of an urgent turn read back from its transcript line, whose text is already redacted. The line keeps
	 * which signals fired, not which rules, so {@code rules} is empty.
	 */
	static Alert recovered(TranscriptEntry entry, URI staffBaseUrl) {
		Urgency kind = Urgency.EMERGENCY.intent().equals(entry.intent()) ? Urgency.EMERGENCY : Urgency.CRISIS;
		return new Alert(entry.messageId(), kind.intent(), entry.conversationId(), entry.channel(), entry.time(),
				entry.text(), entry.redactions(), List.of(), linkTo(staffBaseUrl, entry.conversationId()));
	}

	private static String kindOf(ChatTurn turn) {
		if (turn.verdict().urgent()) {
			return turn.verdict().urgency().intent();
		}
		boolean emergency = turn.intent() != null && Urgency.EMERGENCY.intent().equals(turn.intent().name());
		return (emergency ? Urgency.EMERGENCY : Urgency.CRISIS).intent();
	}

	static URI linkTo(URI staffBaseUrl, String conversationId) {
		String base = staffBaseUrl.toString();
		String separator = base.contains("?") ? "&" : (base.endsWith("/") ? "?" : "/?");
		return URI.create(base + separator + "conversation=" + URLEncoder.encode(conversationId, StandardCharsets.UTF_8));
	}

}
