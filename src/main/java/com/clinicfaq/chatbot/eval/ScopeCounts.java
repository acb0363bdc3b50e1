package com.clinicfaq.chatbot.eval;

import java.util.List;

/**
 * How many in-scope and out-of-scope messages there are and how many of each are correct at one threshold: the one
 * place that counts {@link ClassifiedExample#correctAt(double)}, for the report, its curve and the threshold choice.
 *
 * @param inScope the in-scope messages
 * @param inScopeCorrect the in-scope messages given their intent
 * @param outOfScope the out-of-scope messages
 * @param outOfScopeCaught the out-of-scope messages handed off as out of scope
 */
record ScopeCounts(int inScope, int inScopeCorrect, int outOfScope, int outOfScopeCaught) {

	static ScopeCounts at(List<ClassifiedExample> results, double threshold) {
		int inScope = 0;
		int inScopeCorrect = 0;
		int outOfScope = 0;
		int outOfScopeCaught = 0;
		for (ClassifiedExample result : results) {
			boolean right = result.correctAt(threshold);
			if (result.outOfScope()) {
				outOfScope++;
				outOfScopeCaught += right ? 1 : 0;
			}
			else {
				inScope++;
				inScopeCorrect += right ? 1 : 0;
			}
		}
		return new ScopeCounts(inScope, inScopeCorrect, outOfScope, outOfScopeCaught);
	}

	/** In-scope accuracy, or {@code null} without in-scope messages. */
	Double inScopeAccuracy() {
		return rate(this.inScopeCorrect, this.inScope);
	}

	/** Out-of-scope recall, or {@code null} without out-of-scope messages. */
	Double outOfScopeRecall() {
		return rate(this.outOfScopeCaught, this.outOfScope);
	}

	/** The share of all messages that are correct. */
	double accuracy() {
		return (double) (this.inScopeCorrect + this.outOfScopeCaught) / (this.inScope + this.outOfScope);
	}

	private static Double rate(int numerator, int denominator) {
		return (denominator == 0) ? null : (double) numerator / denominator;
	}

}
