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

/**
 * Decides between answering, clarifying and handing off. Urgency comes first and nothing later overrides it: an urgent
 * safety verdict, or a best intent that is {@code crisis} or {@code emergency} at any confidence.
 */
public class RoutingPolicy {

	private final RoutingProperties properties;

	public RoutingPolicy(RoutingProperties properties) {
		this.properties = properties;
	}

	public RoutingDecision decide(SafetyVerdict verdict, Prediction prediction, IntentCatalog catalog) {
		if (verdict.urgent()) {
			return RoutingDecision.handoff(HandoffReason.URGENT, verdict.urgency().intent());
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
			return RoutingDecision.handoff(HandoffReason.URGENT, top.name());
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

	private List<String> closeAlternatives(Prediction prediction, IntentCatalog catalog, double best) {
		return prediction.runnerUp()
			.filter((second) -> best - second.confidence() < this.properties.clarifyMargin())
			.filter((second) -> second.confidence() >= this.properties.fallbackThreshold())
			.filter((second) -> catalog.find(second.name()).map((intent) -> !intent.urgent()).orElse(false))
			.map((second) -> List.of(second.name()))
			.orElse(List.of());
	}

}
