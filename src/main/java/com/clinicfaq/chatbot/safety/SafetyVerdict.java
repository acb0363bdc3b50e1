package com.clinicfaq.chatbot.safety;

import java.util.List;
import java.util.Set;

/**
 * The safety screen's finding on one message.
 *
 * @param urgency whether the message reports a crisis or an emergency happening now
 * @param mentionsSelfHarm whether the message mentions suicide or self-harm at all, even negated or as a question
 * @param matchedRules the ids of the urgent rules that fired, for review
 * @param benignReading whether the message uses crisis or emergency wording that the screen judged harmless: a clear
 * negation, an idiom, or an information question; never true when the message is urgent
 * @param adviceBoundary whether the message asks for personal medical advice (own dose, stopping or combining own
 * medication, whether the visitor personally qualifies, a personal health history)
 * @param illicitRequest whether the message asks for ketamine outside medical care or how to make it
 * @param risk the risk detector's highest scores over the message's sentences ({@link RiskScore#NONE} without a
 * detector)
 * @param signals what made the message urgent: {@link #RULES}, {@link #DETECTOR} and/or {@link #SPANISH_DETECTOR};
 * empty when not urgent
 * @param dangerSignal whether there is any evidence of danger in the text: an urgent signal, or a detector score
 * above the lower "supporting" threshold; an urgent intent from the classifier alone needs this to stand
 * @param riskQuestion whether the message asks about a risk (overdose, breathing, heart rate, blood pressure,
 * dissociation, a heart history) without reporting it happening now: the answer also says what to do if it is
 * @param evidence the kinds of danger the text holds evidence of ({@link Urgency#CRISIS}, {@link Urgency#EMERGENCY}):
 * a detector score of that kind above the "supporting" threshold; the classifier's crisis or emergency intent stands
 * only on evidence of its own kind ("a tiny bruise. no pain." scores a little crisis and no emergency: no evidence for
 * an emergency call). Without it, any danger signal counts for both kinds
 */
public record SafetyVerdict(Urgency urgency, boolean mentionsSelfHarm, List<String> matchedRules,
		boolean benignReading, boolean adviceBoundary, boolean illicitRequest, RiskScore risk, List<String> signals,
		boolean dangerSignal, boolean riskQuestion, Set<Urgency> evidence) {

	/** Signal: a curated rule fired. */
	public static final String RULES = "rules";

	/** Signal: the learned risk detector scored a sentence above its threshold. */
	public static final String DETECTOR = "detector";

	/** Signal: the Spanish risk detector scored a sentence of a Spanish message above its threshold. */
	public static final String SPANISH_DETECTOR = "detector-es";

	public static final SafetyVerdict SAFE = new SafetyVerdict(Urgency.NONE, false, List.of());

	public SafetyVerdict {
		matchedRules = List.copyOf(matchedRules);
		signals = List.copyOf(signals);
		risk = (risk != null) ? risk : RiskScore.NONE;
		benignReading = benignReading && urgency == Urgency.NONE;
		dangerSignal = dangerSignal || urgency != Urgency.NONE;
		riskQuestion = riskQuestion && urgency == Urgency.NONE;
		evidence = (evidence != null) ? Set.copyOf(evidence)
				: (dangerSignal ? Set.of(Urgency.CRISIS, Urgency.EMERGENCY) : Set.of());
	}

	/**
	 * A verdict whose danger signal, if any, is evidence of either kind.
	 */
	public SafetyVerdict(Urgency urgency, boolean mentionsSelfHarm, List<String> matchedRules,
			boolean benignReading, boolean adviceBoundary, boolean illicitRequest, RiskScore risk, List<String> signals,
			boolean dangerSignal, boolean riskQuestion) {
		this(urgency, mentionsSelfHarm, matchedRules, benignReading, adviceBoundary, illicitRequest, risk, signals,
				dangerSignal, riskQuestion, null);
	}

	/**
	 * Whether the text holds evidence enough for the classifier's call of this kind of danger: the message is urgent,
	 * or a detector score of that kind reached the "supporting" threshold.
	 */
	public boolean dangerSignalOf(Urgency kind) {
		return this.urgency != Urgency.NONE || (this.dangerSignal && this.evidence.contains(kind));
	}

	/**
	 * A verdict of the rules alone: urgent by {@link #RULES} when urgent.
	 */
	public SafetyVerdict(Urgency urgency, boolean mentionsSelfHarm, List<String> matchedRules,
			boolean benignReading, boolean adviceBoundary, boolean illicitRequest) {
		this(urgency, mentionsSelfHarm, matchedRules, benignReading, adviceBoundary, illicitRequest, RiskScore.NONE,
				(urgency != Urgency.NONE) ? List.of(RULES) : List.of(), false, false);
	}

	public SafetyVerdict(Urgency urgency, boolean mentionsSelfHarm, List<String> matchedRules) {
		this(urgency, mentionsSelfHarm, matchedRules, false, false, false);
	}

	public boolean urgent() {
		return this.urgency != Urgency.NONE;
	}

}
