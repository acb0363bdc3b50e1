package com.clinicfaq.chatbot.eval;

/**
 * A labelled message with the classifier's best intent and its confidence, before any threshold is applied.
 */
public record ClassifiedExample(String expected, String best, double confidence) {

	/**
	 * The label the evaluation compares: the best intent, or {@value LabeledText#OUT_OF_SCOPE} when its confidence is
	 * below the threshold (the service hands such a message off as unmatched).
	 */
	public String predicted(double threshold) {
		return (this.confidence < threshold) ? LabeledText.OUT_OF_SCOPE : this.best;
	}

	public boolean outOfScope() {
		return LabeledText.OUT_OF_SCOPE.equals(this.expected);
	}

}
