package com.clinicfaq.chatbot.eval;

/**
 * The in-scope accuracy and out-of-scope recall the same predictions would give at another threshold.
 */
public record CurvePoint(double threshold, Double inScopeAccuracy, Double oosRecall) {
}
