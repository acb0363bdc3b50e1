package com.clinicfaq.chatbot.safety;

import java.util.List;

/**
 * The safety screen's finding on one message.
 *
 * @param urgency whether the message reports a crisis or an emergency happening now
 * @param mentionsSelfHarm whether the message mentions suicide or self-harm at all, even as a question
 * @param matchedRules the ids of the rules that fired, for review
 */
public record SafetyVerdict(Urgency urgency, boolean mentionsSelfHarm, List<String> matchedRules) {

	public static final SafetyVerdict SAFE = new SafetyVerdict(Urgency.NONE, false, List.of());

	public SafetyVerdict {
		matchedRules = List.copyOf(matchedRules);
	}

	public boolean urgent() {
		return this.urgency != Urgency.NONE;
	}

}
