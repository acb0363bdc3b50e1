package com.clinicfaq.chatbot.safety;

/**
 * Where the risk detector's scores count.
 *
 * @param urgent from this probability on, a sentence (or two adjacent sentences, or a short whole message) makes
 * the message urgent on its own
 * @param supporting from this probability on, a sentence is evidence of danger: enough to let the classifier's
 * crisis or emergency intent stand, never enough alone
 * @param clause from this probability on, one clause of a run-on sentence makes the message urgent on its own: a plan
 * said in one clause of a long sentence about costs scores low as part of its sentence, so the clause is the only
 * unit that reads it
 */
public record DetectorThresholds(double urgent, double supporting, double clause) {

	/**
	 * The defaults, chosen on the team's own data, the readable blind halves and the public training-side negatives
	 * (docs/safety.md): the supporting level 0.15 (was 0.2) since session 9's seventh pass; since session 15's
	 * thirteenth pass 0.45 for sentences, pairs and whole messages (was 0.4) and 0.4 for clauses.
	 */
	public static final DetectorThresholds DEFAULT = new DetectorThresholds(0.45, 0.15, 0.4);

	public DetectorThresholds {
		if (!(supporting > 0 && supporting <= urgent && urgent <= 1 && supporting <= clause && clause <= 1)) {
			throw new IllegalArgumentException("Need 0 < supporting <= urgent, clause <= 1, got " + supporting + ", "
					+ urgent + " and " + clause);
		}
	}

	/**
	 * One threshold for every unit.
	 */
	public DetectorThresholds(double urgent, double supporting) {
		this(urgent, supporting, urgent);
	}

	/**
	 * The threshold of a unit of this kind.
	 */
	public double urgent(SafetyScreen.UnitKind kind) {
		return (kind == SafetyScreen.UnitKind.CLAUSE) ? this.clause : this.urgent;
	}

}
