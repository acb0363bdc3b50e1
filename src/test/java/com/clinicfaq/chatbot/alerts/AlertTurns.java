package com.clinicfaq.chatbot.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;

/**
 * Urgent turns for the alert tests, shaped as {@code ChatService} makes them.
 */
final class AlertTurns {

	/** A crisis message full of personal data that must never leave in an alert. */
	static final String TEXT = "My name is Jane Doe, call me at 415-555-0134 or jane.doe@example.com. "
			+ "I have been saving my pills and I want to end it tonight.";

	private AlertTurns() {
	}

	static ChatTurn urgent(String conversationId) {
		return urgent(conversationId, Instant.parse("2026-11-30T22:15:00Z"));
	}

	static ChatTurn urgent(String conversationId, Instant time) {
		return new ChatTurn(conversationId, UUID.randomUUID().toString(), time, "sms",
				TEXT, new ScoredIntent("crisis", 0.91), List.of(new ScoredIntent("crisis", 0.91)), Route.HANDOFF,
				HandoffReason.URGENT, new SafetyVerdict(Urgency.CRISIS, true, List.of("crisis.plan")),
				new Answer("handoff.urgent", "Please reach out now", "General information only.", List.of(), List.of()));
	}

}
