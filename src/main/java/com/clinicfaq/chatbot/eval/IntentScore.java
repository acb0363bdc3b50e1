package com.clinicfaq.chatbot.eval;

/**
 * Precision, recall and F1 of one label, with its number of test examples.
 */
public record IntentScore(double precision, double recall, double f1, int support) {

	static IntentScore of(int truePositives, int falsePositives, int falseNegatives) {
		double precision = ratio(truePositives, truePositives + falsePositives);
		double recall = ratio(truePositives, truePositives + falseNegatives);
		double f1 = (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
		return new IntentScore(precision, recall, f1, truePositives + falseNegatives);
	}

	private static double ratio(int numerator, int denominator) {
		return (denominator == 0) ? 0 : (double) numerator / denominator;
	}

}
