package com.clinicfaq.chatbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;

/**
 * Decides between answering, clarifying and handing off. Urgency comes first and nothing later overrides it: an urgent
 * safety verdict (a curated rule or the risk detector), or a best intent that is {@code crisis} or {@code emergency}
 * backed by evidence in the text.
 * <p>
 * No alarm without evidence: the classifier alone never makes a message urgent. Its crisis or emergency call stands
 * only when the screen saw a danger signal (a detector score above the supporting level); otherwise, as for an emoji,
 * gibberish or an unrelated question that happens to land near the crisis examples, the message is routed on the
 * remaining intents. And the classifier's bag of words cannot read "I am <b>not</b> thinking of hurting myself" or
 * "this wait is killing me", the screen can: when it positively judged the danger words harmless (a clear negation, an
 * idiom, an information question), a classifier urgent call below {@link #DEFAULT_CLASSIFIER_VETO_BELOW} confidence is
 * set aside too. The screen's own urgent findings are never set aside.
 */
public class RoutingPolicy {

	/** Classifier urgent calls at or above this confidence stand even against the screen's benign reading. */
	public static final double DEFAULT_CLASSIFIER_VETO_BELOW = 0.9;

	private final RoutingProperties properties;

	private final double classifierVetoBelow;

	public RoutingPolicy(RoutingProperties properties) {
		this(properties, DEFAULT_CLASSIFIER_VETO_BELOW);
	}

	public RoutingPolicy(RoutingProperties properties, double classifierVetoBelow) {
		this.properties = properties;
		this.classifierVetoBelow = classifierVetoBelow;
	}

	public RoutingDecision decide(SafetyVerdict verdict, Prediction prediction, IntentCatalog catalog) {
		return decide(verdict, prediction, catalog, false);
	}

	/**
	 * As {@link #decide(SafetyVerdict, Prediction, IntentCatalog)} for a message of a conversation that already had an
	 * urgent turn when {@code urgentBefore}: there the classifier's crisis or emergency call is evidence enough ("i have
	 * the pills in my hand now" after a crisis message names no danger the screen reads on its own). A benign reading
	 * of the screen (a clear negation such as "i'm not going to hurt myself", an idiom) still sets a weak call aside.
	 */
	public RoutingDecision decide(SafetyVerdict verdict, Prediction prediction, IntentCatalog catalog,
			boolean urgentBefore) {
		if (verdict.urgent()) {
			return RoutingDecision.urgent(verdict.urgency().intent(), verdict.signals());
		}
		Optional<ScoredIntent> best = prediction.best();
		if (best.isEmpty()) {
			return RoutingDecision.handoff(HandoffReason.UNMATCHED, null);
		}
		IntentDefinition top = catalog.find(best.get().name()).orElse(null);
		if (top == null) {
			return RoutingDecision.handoff(HandoffReason.UNMATCHED, null);
		}
		if (top.urgent()) {
			boolean vetoed = verdict.benignReading() && best.get().confidence() < this.classifierVetoBelow;
			boolean evidence = evidenceFor(verdict, top.name());
			if (vetoed || !(evidence || urgentBefore)) {
				return decide(verdict, withoutUrgentIntents(prediction, catalog), catalog);
			}
			return RoutingDecision.urgent(top.name(), List.of(evidence
					? RoutingDecision.CLASSIFIER_WITH_DETECTOR : RoutingDecision.CLASSIFIER_AFTER_URGENT));
		}
		if (verdict.illicitRequest()) {
			return RoutingDecision.handoff(HandoffReason.UNMATCHED, null);
		}
		if (top.handoffReason() == HandoffReason.UNMATCHED) {
			// the catalog's out-of-scope class: never offered as a clarifying option
			return RoutingDecision.handoff(HandoffReason.UNMATCHED, top.name());
		}
		double confidence = best.get().confidence();
		if (confidence < this.properties.fallbackThreshold()) {
			return RoutingDecision.handoff(HandoffReason.UNMATCHED, null);
		}
		List<String> close = closeAlternatives(prediction, catalog, confidence);
		if (!close.isEmpty()) {
			List<String> options = new ArrayList<>();
			options.add(top.name());
			options.addAll(close);
			return RoutingDecision.clarify(options);
		}
		if (top.route() == Route.HANDOFF) {
			return RoutingDecision.handoff(top.handoffReason(), top.name());
		}
		if (confidence >= this.properties.answerThreshold()) {
			return RoutingDecision.answer(top.name());
		}
		return RoutingDecision.clarify(List.of(top.name()));
	}

	/**
	 * Whether the screen found evidence for the classifier's urgent intent: evidence of its own kind for the crisis and
	 * emergency intents, any danger signal for another urgent intent a catalog may add.
	 */
	private static boolean evidenceFor(SafetyVerdict verdict, String intent) {
		for (Urgency kind : Urgency.values()) {
			if (kind != Urgency.NONE && kind.intent().equals(intent)) {
				return verdict.dangerSignalOf(kind);
			}
		}
		return verdict.dangerSignal();
	}

	/**
	 * The ranking without the urgent intents, rescaled so that the remaining confidences sum as before.
	 */
	private static Prediction withoutUrgentIntents(Prediction prediction, IntentCatalog catalog) {
		List<ScoredIntent> rest = prediction.ranking()
			.stream()
			.filter((scored) -> catalog.find(scored.name()).map((intent) -> !intent.urgent()).orElse(true))
			.toList();
		double mass = rest.stream().mapToDouble(ScoredIntent::confidence).sum();
		double total = prediction.ranking().stream().mapToDouble(ScoredIntent::confidence).sum();
		double scale = (mass > 0) ? Math.min(total / mass, 1 / rest.get(0).confidence()) : 1;
		return new Prediction(rest.stream()
			.map((scored) -> new ScoredIntent(scored.name(), Math.min(1.0, scored.confidence() * scale)))
			.toList());
	}

	/**
	 * The confidence at which a follow-up message is understood on its own, without the message it follows.
	 */
	double clearOnItsOwn() {
		return this.properties.followUpOwnThreshold();
	}

	/**
	 * The confidence below which a message is handed off as unmatched.
	 */
	double fallbackThreshold() {
		return this.properties.fallbackThreshold();
	}

	/**
	 * The confidence from which a message that says nothing of ketamine treatment is answered.
	 */
	double unanchoredAnswerThreshold() {
		return this.properties.unanchoredAnswerThreshold();
	}

	private List<String> closeAlternatives(Prediction prediction, IntentCatalog catalog, double best) {
		return prediction.runnerUp()
			.filter((second) -> best - second.confidence() < this.properties.clarifyMargin())
			.filter((second) -> second.confidence() >= this.properties.fallbackThreshold())
			.filter((second) -> catalog.find(second.name())
				.map((intent) -> !intent.urgent() && intent.handoffReason() != HandoffReason.UNMATCHED)
				.orElse(false))
			.map((second) -> List.of(second.name()))
			.orElse(List.of());
	}

}
