package com.clinicfaq.chatbot.eval;

/**
 * A labelled message with the classifier's best intent and its confidence, before any threshold is applied.
 */
public record ClassifiedExample(String expected, String best, double confidence) {

	/**
	 * The label the evaluation compares: the best intent, or {@value LabeledText#OUT_OF_SCOPE} when its confidence is
	 * below the threshold or the best intent is the catalog's own out-of-scope class (the service hands such a message off
	 * as unmatched).
	 */
	public String predicted(double threshold) {
		boolean outOfScope = this.confidence < threshold || LabeledText.isOutOfScopeLabel(this.best);
		return outOfScope ? LabeledText.OUT_OF_SCOPE : this.best;
	}

	/**
	 * Whether the message is correct at this threshold: its predicted label is the expected one.
	 */
	public boolean correctAt(double threshold) {
		return this.expected.equals(predicted(threshold));
	}

	public boolean outOfScope() {
		return LabeledText.OUT_OF_SCOPE.equals(this.expected);
	}

}
