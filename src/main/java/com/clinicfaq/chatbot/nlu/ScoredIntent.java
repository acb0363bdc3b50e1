package com.clinicfaq.chatbot.nlu;

/**
 * An intent with the classifier's confidence in it, between 0 and 1.
 */
public record ScoredIntent(String name, double confidence) {

	public ScoredIntent {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Intent name must not be empty");
		}
		if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("Confidence must be between 0 and 1, was " + confidence);
		}
	}

}
