package com.clinicfaq.chatbot.chat;

import java.util.List;

import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.SafetyVerdict;

/**
 * What the service understood of a message, without replying or recording anything.
 *
 * @param intent the intent it is about, or {@code null} when unmatched or clarifying
 * @param ranking the classifier's best three intents
 * @param decision the routing decision
 * @param verdict the safety screen's finding
 */
public record Classification(ScoredIntent intent, List<ScoredIntent> ranking, RoutingDecision decision,
		SafetyVerdict verdict) {

	public Classification {
		ranking = List.copyOf(ranking);
	}

}
