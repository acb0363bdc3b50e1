package com.clinicfaq.chatbot.nlu;

/**
 * Ranks the catalog's intents for a visitor's message.
 */
public interface IntentClassifier {

	Prediction classify(String text);

}
