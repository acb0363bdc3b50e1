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
		int inScope = 0;
		int inScopeCorrect = 0;
		int oos = 0;
		int oosCaught = 0;
		for (ClassifiedExample result : results) {
			boolean right = result.expected().equals(result.predicted(threshold));
			if (result.outOfScope()) {
				oos++;
				oosCaught += right ? 1 : 0;
			}
			else {
				inScope++;
				inScopeCorrect += right ? 1 : 0;
			}
		}
		return new CurvePoint(threshold, rate(inScopeCorrect, inScope), rate(oosCaught, oos));
	}

	private static Double rate(int numerator, int denominator) {
		return (denominator == 0) ? null : (double) numerator / denominator;
	}

}
