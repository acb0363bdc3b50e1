package com.clinicfaq.chatbot.safety;

/**
 * The {@link RiskDetector}'s probabilities for one sentence (or the highest over a message's sentences).
 *
 * @param crisis probability that the sentence reports suicide risk or self-harm now
 * @param emergency probability that it reports a medical emergency now
 */
public record RiskScore(double crisis, double emergency) {

	public static final RiskScore NONE = new RiskScore(0, 0);

	/**
	 * The higher of the two probabilities.
	 */
	public double max() {
		return Math.max(this.crisis, this.emergency);
	}

	/**
	 * Which of the two is more likely; {@link Urgency#NONE} when both are below {@code threshold}.
	 */
	public Urgency urgency(double threshold) {
		if (max() < threshold) {
			return Urgency.NONE;
		}
		return (this.crisis >= this.emergency) ? Urgency.CRISIS : Urgency.EMERGENCY;
	}

	/**
	 * The higher of each probability of two scores.
	 */
	public RiskScore or(RiskScore other) {
		return new RiskScore(Math.max(this.crisis, other.crisis), Math.max(this.emergency, other.emergency));
	}

}
