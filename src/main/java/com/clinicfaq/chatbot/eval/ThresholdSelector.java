package com.clinicfaq.chatbot.eval;

import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the out-of-scope threshold on validation messages as Larson et al. (2019) do for CLINC150: the confidence
 * that maximizes accuracy over all validation messages, out of scope counted as its own label. Ties go to the lowest
 * threshold, which hands off least.
 */
public final class ThresholdSelector {

	private ThresholdSelector() {
	}

	public static double select(List<ClassifiedExample> validation) {
		boolean anyOutOfScope = validation.stream().anyMatch(ClassifiedExample::outOfScope);
		boolean anyInScope = validation.stream().anyMatch((example) -> !example.outOfScope());
		if (!anyOutOfScope || !anyInScope) {
			throw new IllegalArgumentException(
					"Choosing a threshold needs both in-scope and out-of-scope validation messages");
		}
		TreeSet<Double> candidates = new TreeSet<>();
		candidates.add(0.0);
		for (ClassifiedExample example : validation) {
			// a threshold just above a confidence flips that message to out of scope
			candidates.add(Math.min(1.0, example.confidence() + 1e-9));
		}
		double best = 0;
		double bestScore = -1;
		for (double threshold : candidates) {
			double score = score(validation, threshold);
			if (score > bestScore + 1e-12) {
				bestScore = score;
				best = threshold;
			}
		}
		return best;
	}

	static double score(List<ClassifiedExample> validation, double threshold) {
		return ScopeCounts.at(validation, threshold).accuracy();
	}

}
