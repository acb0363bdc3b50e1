package com.clinicfaq.chatbot.intents;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One curated intent: its contract name, route, training phrases, answer and follow-up suggestions.
 * <p>
 * Two lists train the intent classifier. {@code examples} are the catalog's own phrases: the classifier learns them,
 * staff add to them from the staff page, and the risk detector learns them as this clinic's ordinary (or, for
 * {@code crisis} and {@code emergency}, urgent) messages. {@code visitorExamples} are phrasings collected from people
 * who never saw the catalog: the classifier and its cross-validation learn them too, the risk detector does not.
 *
 * @param name the contract name from the catalog, in {@code snake_case}
 * @param route {@link Route#ANSWER} or {@link Route#HANDOFF}
 * @param handoffReason why a handoff intent hands off; {@code null} for answer intents
 * @param examples the training phrases
 * @param answer the curated answer; for handoff intents an optional lead-in (may be empty)
 * @param suggestions follow-up questions offered as buttons
 * @param question how the intent is offered when the bot asks which of two was meant (optional)
 * @param visitorExamples more training phrases for the intent classifier only, written by people who did not see the
 * catalog (optional): unlike {@code examples} the risk detector does not learn them as the clinic's ordinary
 * messages, so a large batch of them cannot move the detector's boundary ({@link #trainingPhrases()})
 */
public record IntentDefinition(String name, Route route, HandoffReason handoffReason, List<String> examples,
		String answer, List<String> suggestions, String question, List<String> visitorExamples) {

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
		visitorExamples = List.copyOf(visitorExamples == null ? List.of() : visitorExamples);
	}

	/**
	 * An intent with no visitor examples.
	 */
	public IntentDefinition(String name, Route route, HandoffReason handoffReason, List<String> examples, String answer,
			List<String> suggestions, String question) {
		this(name, route, handoffReason, examples, answer, suggestions, question, List.of());
	}

	/**
	 * What the intent classifier learns: the curated {@link #examples()}, then the {@link #visitorExamples()}.
	 */
	public List<String> trainingPhrases() {
		if (this.visitorExamples.isEmpty()) {
			return this.examples;
		}
		List<String> all = new java.util.ArrayList<>(this.examples.size() + this.visitorExamples.size());
		all.addAll(this.examples);
		all.addAll(this.visitorExamples);
		return List.copyOf(all);
	}

	/**
	 * Returns a copy of this intent with one more training phrase.
	 */
	public IntentDefinition withExample(String example) {
		List<String> more = new java.util.ArrayList<>(this.examples);
		more.add(example);
		return new IntentDefinition(this.name, this.route, this.handoffReason, more, this.answer, this.suggestions,
				this.question, this.visitorExamples);
	}

	/**
	 * Whether this intent is one of the urgent safety intents ({@code crisis}, {@code emergency}).
	 */
	public boolean urgent() {
		return this.handoffReason == HandoffReason.URGENT;
	}

}
