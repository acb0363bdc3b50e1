package com.clinicfaq.chatbot.answers;

import java.util.List;

import com.clinicfaq.chatbot.safety.CrisisLine;

/**
 * A composed reply: what the visitor reads, the disclaimer, the follow-up buttons and any crisis lines.
 *
 * @param id which curated text was used (intent and content version), for transcripts
 * @param text the reply text
 * @param disclaimer the safety disclaimer, never empty
 * @param suggestions follow-up questions shown as buttons
 * @param crisisLines crisis resources, given when the message was urgent or mentioned suicide or self-harm
 */
public record Answer(String id, String text, String disclaimer, List<String> suggestions,
		List<CrisisLine> crisisLines) {

	public Answer {
		if (disclaimer == null || disclaimer.isBlank()) {
			throw new IllegalArgumentException("Every answer carries a disclaimer");
		}
		suggestions = List.copyOf(suggestions);
		crisisLines = List.copyOf(crisisLines);
	}

}
