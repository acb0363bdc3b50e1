package com.clinicfaq.chatbot.eval;

import java.util.List;

/**
 * The in-scope accuracy and out-of-scope recall the same predictions would give at another threshold.
 */
public record CurvePoint(double threshold, Double inScopeAccuracy, Double oosRecall) {

	/**
	 * The two figures of the classified messages at this threshold; a figure is {@code null} when the messages have
	 * no example of its kind.
	 */
	static CurvePoint at(List<ClassifiedExample> results, double threshold) {
		ScopeCounts counts = ScopeCounts.at(results, threshold);
		return new CurvePoint(threshold, counts.inScopeAccuracy(), counts.outOfScopeRecall());
	}

}
