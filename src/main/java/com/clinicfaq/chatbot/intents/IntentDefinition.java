package com.clinicfaq.chatbot.intents;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One curated intent: its contract name, route, training phrases, answer and follow-up suggestions.
 *
 * @param name the contract name from the catalog, in {@code snake_case}
 * @param route {@link Route#ANSWER} or {@link Route#HANDOFF}
 * @param handoffReason why a handoff intent hands off; {@code null} for answer intents
 * @param examples the training phrases
 * @param answer the curated answer; for handoff intents an optional lead-in (may be empty)
 * @param suggestions follow-up questions offered as buttons
 * @param question how the intent is offered when the bot asks which of two was meant (optional)
 */
public record IntentDefinition(String name, Route route, HandoffReason handoffReason, List<String> examples,
		String answer, List<String> suggestions, String question) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public IntentDefinition {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Intent name must be snake_case, was '" + name + "'");
		}
		if (route == null || route == Route.CLARIFY) {
			throw new IllegalArgumentException("Intent '" + name + "' must have route 'answer' or 'handoff'");
		}
		if (route == Route.HANDOFF && handoffReason == null) {
			throw new IllegalArgumentException("Handoff intent '" + name + "' must name a handoffReason");
		}
		if (route == Route.ANSWER && handoffReason != null) {
			throw new IllegalArgumentException("Answer intent '" + name + "' must not have a handoffReason");
		}
		examples = List.copyOf(examples == null ? List.of() : examples);
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("Intent '" + name + "' has no examples");
		}
		answer = (answer == null) ? "" : answer.strip();
		if (route == Route.ANSWER && answer.isEmpty()) {
			throw new IllegalArgumentException("Answer intent '" + name + "' has no answer");
		}
		suggestions = List.copyOf(suggestions == null ? List.of() : suggestions);
		question = (question == null || question.isBlank()) ? examples.get(0) : question.strip();
	}

	/**
	 * Returns a copy of this intent with one more training phrase.
	 */
	public IntentDefinition withExample(String example) {
		List<String> more = new java.util.ArrayList<>(this.examples);
		more.add(example);
		return new IntentDefinition(this.name, this.route, this.handoffReason, more, this.answer, this.suggestions,
				this.question);
	}

	/**
	 * Whether this intent is one of the urgent safety intents ({@code crisis}, {@code emergency}).
	 */
	public boolean urgent() {
		return this.handoffReason == HandoffReason.URGENT;
	}

}
