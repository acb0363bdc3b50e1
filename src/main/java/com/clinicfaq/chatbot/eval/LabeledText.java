package com.clinicfaq.chatbot.eval;

/**
 * One labelled message: its text and the intent it expresses, {@value #OUT_OF_SCOPE} when no intent covers it.
 */
public record LabeledText(String text, String intent) {

	public static final String OUT_OF_SCOPE = "oos";

	public LabeledText {
		if (text == null || intent == null || intent.isBlank()) {
			throw new IllegalArgumentException("A labelled message needs a text and an intent");
		}
		intent = isOutOfScopeLabel(intent) ? OUT_OF_SCOPE : intent.strip();
	}

	public boolean outOfScope() {
		return OUT_OF_SCOPE.equals(this.intent);
	}

	static boolean isOutOfScopeLabel(String intent) {
		return OUT_OF_SCOPE.equals(intent) || "out_of_scope".equals(intent);
	}

}
