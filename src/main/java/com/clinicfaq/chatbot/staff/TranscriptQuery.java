package com.clinicfaq.chatbot.staff;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.clinicfaq.chatbot.transcripts.TranscriptEntry;

/**
 * Which transcript turns staff want to see: every filter is optional and they combine with "and".
 *
 * @param route answer, clarify or handoff
 * @param reason urgent, requested or unmatched
 * @param intent the intent name of the reply
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 * @param text words the visitor's message must contain (case-insensitive)
 * @param conversationId one conversation
 * @param urgentFirst whether urgent turns come before the others (each group newest first)
 */
record TranscriptQuery(String route, String reason, String intent, Instant from, Instant to, String text,
		String conversationId, boolean urgentFirst) {

	static final TranscriptQuery ALL = new TranscriptQuery(null, null, null, null, null, null, null, false);

	TranscriptQuery {
		route = blankToNull(route);
		reason = blankToNull(reason);
		intent = blankToNull(intent);
		text = blankToNull(text);
		conversationId = blankToNull(conversationId);
	}

	boolean matches(TranscriptEntry entry) {
		return (this.route == null || (entry.route() != null && this.route.equalsIgnoreCase(entry.route().value())))
				&& (this.reason == null || (entry.handoffReason() != null && this.reason.equalsIgnoreCase(entry.handoffReason().value())))
				&& (this.intent == null || this.intent.equals(entry.intent()))
				&& (this.from == null || !entry.time().isBefore(this.from))
				&& (this.to == null || entry.time().isBefore(this.to))
				&& (this.conversationId == null || this.conversationId.equals(entry.conversationId()))
				&& (this.text == null || (entry.text() != null && entry.text().toLowerCase(Locale.ROOT)
					.contains(this.text.toLowerCase(Locale.ROOT))));
	}

	/**
	 * The filters that were set, for the audit log.
	 */
	Map<String, Object> describe() {
		Map<String, Object> filters = new LinkedHashMap<>();
		put(filters, "route", this.route);
		put(filters, "reason", this.reason);
		put(filters, "intent", this.intent);
		put(filters, "from", this.from);
		put(filters, "to", this.to);
		put(filters, "q", this.text);
		put(filters, "conversationId", this.conversationId);
		return filters;
	}

	private static void put(Map<String, Object> filters, String key, Object value) {
		if (value != null) {
			filters.put(key, value.toString());
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
