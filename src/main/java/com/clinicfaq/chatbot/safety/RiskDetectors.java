package com.clinicfaq.chatbot.safety;

import java.util.List;

import com.clinicfaq.chatbot.nlu.SentenceEmbedder;

/**
 * Builds the screen the service uses: the curated rules and, when enabled, the risk detector trained on the data
 * folder with the MiniLM sentence embeddings.
 */
public final class RiskDetectors {

	private RiskDetectors() {
	}

	/**
	 * The screen of the rules in {@code properties.rules()} with the detector configured in
	 * {@code properties.detector()}.
	 */
	public static SafetyScreen screen(SafetyProperties properties) {
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(properties.rules()));
		if (!properties.detector().enabled()) {
			return rules;
		}
		return rules.withDetector(train(rules, RiskExample.load(properties.detector().data())),
				properties.detector().thresholds());
	}

	/**
	 * Trains a detector on examples, preparing each sentence as the screen prepares visitors' sentences.
	 */
	public static RiskDetector train(SafetyScreen screen, List<RiskExample> examples) {
		SentenceEmbedder embedder = SentenceEmbedder.load();
		return RiskDetector.train(examples, screen::prepared, embedder::embed, embedder::embedTrainingPhrases);
	}

}
