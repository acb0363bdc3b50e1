package com.clinicfaq.chatbot.safety;

/**
 * Where the risk detector's scores count.
 *
 * @param urgent from this probability on, a sentence makes the message urgent on its own
 * @param supporting from this probability on, a sentence is evidence of danger: enough to let the classifier's
 * crisis or emergency intent stand, never enough alone
 */
public record DetectorThresholds(double urgent, double supporting) {

	/**
	 * The defaults, chosen on the team's own data and the public training-side negatives (docs/safety.md); the
	 * supporting level 0.15 (was 0.2) since session 9's seventh pass.
	 */
	public static final DetectorThresholds DEFAULT = new DetectorThresholds(0.4, 0.15);

	public DetectorThresholds {
		if (!(supporting > 0 && supporting <= urgent && urgent <= 1)) {
			throw new IllegalArgumentException("Need 0 < supporting <= urgent <= 1, got " + supporting + " and "
					+ urgent);
		}
	}

}
