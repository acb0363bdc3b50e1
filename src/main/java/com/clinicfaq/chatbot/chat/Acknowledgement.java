package com.clinicfaq.chatbot.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a bare acknowledgement or yes/no ("ok", "got it", "cool", "yes please", "no", "nope", "no thanks"): a
 * reply to the previous answer that asks nothing. Read only when nothing is pending (no "did you mean ...?"), so it
 * is not mistaken for a greeting or a goodbye; a real "thanks" or "bye" is left to the classifier.
 */
final class Acknowledgement {

	/** What the acknowledgement says. */
	enum Kind {

		/** "ok", "got it", "cool", "makes sense". */
		AGREES,

		/** "yes", "yes please", "sure", "yeah": accepts what the previous reply offered, if it offered anything. */
		ACCEPTS,

		/** "no", "nope", "no thanks", "not really". */
		DECLINES

	}

	private static final Set<String> AGREE = Set.of("yes", "yeah", "yep", "yup", "ya", "yea", "yah", "ye", "y", "yess",
			"yas", "sure", "ok", "okay", "okey", "oki", "okie", "kk", "alright", "allright", "aight", "right",
			"cool", "nice", "great", "good", "fine", "perfect", "awesome", "gotcha", "understood", "understand", "see",
			"got", "makes", "sense", "noted", "sounds", "true", "fair", "interesting", "wow", "oh", "ah", "ahh", "hmm",
			"mm", "hm", "i", "it", "that", "that's", "thats", "please", "so", "very", "really", "super", "enough",
			"will", "do", "absolutely", "definitely", "indeed");

	private static final Set<String> DECLINE = Set.of("no", "nope", "nah", "naw", "n", "not", "need", "nothing",
			"else", "i'm", "am", "all", "ok", "okay", "good", "fine");

	/** Thanks words: "no thanks" declines, but "ok thanks" is the visitor's thanks and keeps its intent. */
	private static final Set<String> THANKS = Set.of("thanks", "thank", "you", "thanx", "thnx", "thnks", "tyvm",
			"tysm", "cheers");

	private static final Set<String> NO = Set.of("no", "nope", "nah", "naw", "n", "nothing");

	/** Words that say yes to an offer; "ok" or "got it" only acknowledge. */
	private static final Set<String> YES = Set.of("yes", "yeah", "yep", "yup", "ya", "yea", "yah", "ye", "y", "yess",
			"yas", "sure", "please", "absolutely", "definitely");

	private static final Set<String> ONLY_ACKNOWLEDGES = Set.of("got", "gotcha", "see", "understood", "understand",
			"makes", "sense", "noted", "cool", "interesting", "fair", "true");

	private static final int MAX_TOKENS = 6;

	/** "k", "kk.", "k!": agreement, not the normalizer's "ketamine". */
	private static final Pattern ONLY_K = Pattern.compile("k+[.!]*");

	private Acknowledgement() {
	}

	/**
	 * What the message acknowledges, or empty when it says or asks anything more (a question, a thanks, a goodbye).
	 * @param tokens the message's normalized tokens
	 * @param folded the message folded to lower case, to tell "k" (the normalizer reads it as ketamine) from the word
	 */
	static Optional<Kind> of(List<String> tokens, String folded) {
		if (ONLY_K.matcher(folded.strip()).matches()) {
			return Optional.of(Kind.AGREES);
		}
		if (tokens.isEmpty() || tokens.size() > MAX_TOKENS || folded.contains("?")) {
			return Optional.empty();
		}
		if (tokens.equals(List.of("not", "really"))) {
			return Optional.of(Kind.DECLINES);
		}
		boolean no = tokens.stream().anyMatch(NO::contains);
		boolean thanks = tokens.stream().anyMatch(THANKS::contains);
		for (String token : tokens) {
			boolean known = AGREE.contains(token) || (no && (DECLINE.contains(token) || THANKS.contains(token)));
			if (!known) {
				return Optional.empty();
			}
		}
		if (no) {
			return Optional.of(Kind.DECLINES);
		}
		if (thanks) {
			return Optional.empty();
		}
		boolean accepts = tokens.stream().anyMatch(YES::contains)
				&& tokens.stream().noneMatch(ONLY_ACKNOWLEDGES::contains);
		return Optional.of(accepts ? Kind.ACCEPTS : Kind.AGREES);
	}

}
