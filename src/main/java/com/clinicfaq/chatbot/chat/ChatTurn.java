package com.clinicfaq.chatbot.chat;

import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.SafetyVerdict;

/**
 * One finished turn: the visitor's message, what the service understood and decided, and the reply.
 *
 * @param conversationId the conversation
 * @param messageId this turn's id
 * @param time when the message arrived
 * @param channel where it came from
 * @param text what the visitor wrote
 * @param intent the intent the reply is about, or {@code null} when unmatched or clarifying
 * @param ranking the classifier's best three intents
 * @param route answer, clarify or handoff
 * @param reason the handoff reason, or {@code null}
 * @param verdict the safety screen's finding
 * @param answer the reply
 * @param signals what made the turn urgent ({@code rules}, {@code detector}, {@code classifier+detector}); empty when
 * it was not urgent
 * @param context how the conversation so far was used to understand the message, or {@code null} when it was read on
 * its own
 */
public record ChatTurn(String conversationId, String messageId, Instant time, String channel, String text,
		ScoredIntent intent, List<ScoredIntent> ranking, Route route, HandoffReason reason, SafetyVerdict verdict,
		Answer answer, List<String> signals, ContextUse context) {

	public ChatTurn {
		ranking = List.copyOf(ranking);
		signals = (signals != null) ? List.copyOf(signals) : List.of();
	}

	public ChatTurn(String conversationId, String messageId, Instant time, String channel, String text,
			ScoredIntent intent, List<ScoredIntent> ranking, Route route, HandoffReason reason, SafetyVerdict verdict,
			Answer answer, List<String> signals) {
		this(conversationId, messageId, time, channel, text, intent, ranking, route, reason, verdict, answer, signals,
				null);
	}

	public ChatTurn(String conversationId, String messageId, Instant time, String channel, String text,
			ScoredIntent intent, List<ScoredIntent> ranking, Route route, HandoffReason reason, SafetyVerdict verdict,
			Answer answer) {
		this(conversationId, messageId, time, channel, text, intent, ranking, route, reason, verdict, answer,
				List.of());
	}

	public boolean urgent() {
		return this.reason == HandoffReason.URGENT;
	}

}
