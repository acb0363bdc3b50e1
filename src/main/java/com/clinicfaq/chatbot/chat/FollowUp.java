package com.clinicfaq.chatbot.chat;

import java.util.List;
import java.util.Set;

/**
 * Recognises a message that only makes sense after the previous turn: "what about lithium?", "is it the same for the
 * injection?", "does that include the first consult?", "how long does that feeling last?".
 */
final class FollowUp {

	private static final Set<String> REFERENCES = Set.of("it", "that", "this", "those", "these", "same", "they",
			"them", "there", "then", "also", "too", "instead", "either", "one", "ones", "thing", "stuff");

	private static final Set<String> OPENERS = Set.of("and", "but", "so", "also", "what", "how", "or", "plus",
			"same", "ok", "okay");

	/** The forms and other things a follow-up swaps in while asking the same question. */
	private static final Set<String> ENTITIES = Set.of("intravenous", "intramuscular", "injection", "injections",
			"shot", "shots", "spray", "nasal", "esketamine", "troche", "tablet", "tablets", "pill", "pills", "oral",
			"infusion", "lithium", "lamotrigine", "ssri", "ssris", "benzodiazepines", "benzos", "xanax", "zoloft",
			"lexapro", "prozac", "wellbutrin", "adderall", "alcohol", "weed", "cannabis", "marijuana", "consult",
			"consultation", "first", "booster", "boosters", "maintenance", "home", "kids", "teens", "elderly");

	private FollowUp() {
	}

	/**
	 * Whether the message points back at the previous turn.
	 */
	static boolean refersBack(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > 12) {
			return false;
		}
		if (tokens.size() <= 3) {
			return true;
		}
		if (startsWith(tokens, "what", "about") || startsWith(tokens, "how", "about") || startsWith(tokens, "and")
				|| startsWith(tokens, "what", "if") || startsWith(tokens, "same")) {
			return true;
		}
		return tokens.stream().anyMatch(REFERENCES::contains);
	}

	/**
	 * Whether the follow-up asks the previous question again about something else: another form of ketamine, a named
	 * medicine, the consultation ("is it the same for the injection?", "what about lithium?").
	 */
	static boolean swapsEntity(List<String> tokens, boolean namesOtherTopic) {
		if (tokens.size() > 9) {
			return false;
		}
		boolean opener = OPENERS.contains(tokens.get(0)) || tokens.contains("same") || tokens.contains("include")
				|| tokens.contains("includes") || tokens.contains("too") || tokens.contains("also");
		boolean entity = namesOtherTopic || tokens.stream().anyMatch(ENTITIES::contains);
		return opener && entity;
	}

	private static final Set<String> DECLINES = Set.of("no", "nope", "nah", "neither", "none", "never", "mind",
			"nevermind", "forget", "it", "thanks", "thank", "you", "ok", "okay", "not", "really", "of", "those", "them",
			"all", "fine", "good", "cool", "bye", "yes", "yeah", "yep", "please", "sure", "great", "got", "thx",
			"awesome", "perfect", "alright", "right", "i", "see", "understand", "understood", "makes", "sense", "that");

	/**
	 * "no", "neither, never mind", "forget it", "yes", "ok thanks": a reply that turns something down or acknowledges
	 * it, not a question about the topic.
	 */
	static boolean onlyAcknowledges(List<String> tokens) {
		return !tokens.isEmpty() && DECLINES.containsAll(tokens);
	}

	private static boolean startsWith(List<String> tokens, String... words) {
		if (tokens.size() < words.length) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			if (!tokens.get(i).equals(words[i])) {
				return false;
			}
		}
		return true;
	}

}
