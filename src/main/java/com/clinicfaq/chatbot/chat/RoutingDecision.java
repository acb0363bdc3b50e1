package com.clinicfaq.chatbot.chat;

import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;

/**
 * What the routing policy decided for one message.
 *
 * @param route answer, clarify or handoff
 * @param reason why it was handed off, or {@code null}
 * @param intent the intent answered, or whose handoff lead-in is used; {@code null} when unmatched
 * @param options the intents offered when clarifying (for an answer: the close second whose question it suggests)
 * @param also a second question's intent answered in the same reply, or {@code null}
 * @param signals what made an urgent handoff urgent ({@code rules}, {@code detector}, or {@code classifier+detector}:
 * the classifier's urgent intent backed by a supporting detector score); empty otherwise
 * @param context how the conversation so far was used to reach this decision (a {@link ContextUse}), or {@code null}
 * when the message was read on its own
 */
public record RoutingDecision(Route route, HandoffReason reason, String intent, List<String> options, String also,
		List<String> signals, ContextUse context) {

	/** Signal: the classifier's crisis or emergency intent, backed by a detector score above the supporting level. */
	public static final String CLASSIFIER_WITH_DETECTOR = "classifier+detector";

	/** The signal of a classifier crisis or emergency call that stands because an earlier turn was urgent. */
	public static final String CLASSIFIER_AFTER_URGENT = "classifier+conversation";

	/** The signal of a message the bot could not place, urgent because an earlier turn was. */
	public static final String UNPLACED_AFTER_URGENT = "conversation";

	public RoutingDecision {
		options = List.copyOf(options);
		signals = (signals != null) ? List.copyOf(signals) : List.of();
	}

	public RoutingDecision(Route route, HandoffReason reason, String intent, List<String> options, String also,
			List<String> signals) {
		this(route, reason, intent, options, also, signals, null);
	}

	public RoutingDecision(Route route, HandoffReason reason, String intent, List<String> options, String also) {
		this(route, reason, intent, options, also, List.of());
	}

	public RoutingDecision(Route route, HandoffReason reason, String intent, List<String> options) {
		this(route, reason, intent, options, null, List.of());
	}

	static RoutingDecision urgent(String intent, List<String> signals) {
		return new RoutingDecision(Route.HANDOFF, HandoffReason.URGENT, intent, List.of(), null, signals);
	}

	static RoutingDecision answerBoth(String first, String second) {
		return new RoutingDecision(Route.ANSWER, null, first, List.of(), second);
	}

	/**
	 * An answer of {@code intent} that suggests the question of {@code suggested}, the close second it was chosen over
	 * (kept in {@link #options()}, which only a clarifying question otherwise uses).
	 */
	static RoutingDecision answerSuggesting(String intent, String suggested) {
		return new RoutingDecision(Route.ANSWER, null, intent, List.of(suggested));
	}

	/**
	 * This decision, saying how the conversation was used to reach it; an earlier reason is kept (the first use
	 * decided it), and an urgent decision never records one (urgency is decided on the message alone).
	 */
	RoutingDecision because(ContextUse use) {
		if (use == null || this.context != null || urgent()) {
			return this;
		}
		return new RoutingDecision(this.route, this.reason, this.intent, this.options, this.also, this.signals, use);
	}

	boolean answers() {
		return this.route == Route.ANSWER;
	}

	boolean urgent() {
		return this.reason == HandoffReason.URGENT;
	}

	static RoutingDecision answer(String intent) {
		return new RoutingDecision(Route.ANSWER, null, intent, List.of());
	}

	static RoutingDecision clarify(List<String> options) {
		return new RoutingDecision(Route.CLARIFY, null, null, options);
	}

	static RoutingDecision handoff(HandoffReason reason, String intent) {
		return new RoutingDecision(Route.HANDOFF, reason, intent, List.of());
	}

}
