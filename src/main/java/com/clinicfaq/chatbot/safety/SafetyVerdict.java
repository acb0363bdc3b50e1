package com.clinicfaq.chatbot.safety;

import java.util.List;

/**
 * The safety screen's finding on one message.
 *
 * @param urgency whether the message reports a crisis or an emergency happening now
 * @param mentionsSelfHarm whether the message mentions suicide or self-harm at all, even negated or as a question
 * @param matchedRules the ids of the urgent rules that fired, for review
 * @param benignReading whether the message uses crisis or emergency wording that the screen judged harmless: a clear
 * negation, an idiom, or an information question; never true when the message is urgent
 * @param adviceBoundary whether the message asks for personal medical advice (own dose, stopping or combining own
 * medication, whether the visitor personally qualifies)
 * @param illicitRequest whether the message asks for ketamine outside medical care or how to make it
 */
public record SafetyVerdict(Urgency urgency, boolean mentionsSelfHarm, List<String> matchedRules,
		boolean benignReading, boolean adviceBoundary, boolean illicitRequest) {

	public static final SafetyVerdict SAFE = new SafetyVerdict(Urgency.NONE, false, List.of());

	public SafetyVerdict {
		matchedRules = List.copyOf(matchedRules);
		benignReading = benignReading && urgency == Urgency.NONE;
	}

	public SafetyVerdict(Urgency urgency, boolean mentionsSelfHarm, List<String> matchedRules) {
		this(urgency, mentionsSelfHarm, matchedRules, false, false, false);
	}

	public boolean urgent() {
		return this.urgency != Urgency.NONE;
	}

}
