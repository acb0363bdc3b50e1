package com.clinicfaq.chatbot.chat;

import java.util.List;
import java.util.Optional;
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

	/** "are they worse with the shot?": a comparison asks the same question about the other thing. */
	private static final Set<String> COMPARATIVES = Set.of("worse", "better", "different", "differ", "stronger",
			"weaker", "faster", "slower", "longer", "shorter", "cheaper", "more", "less", "safer", "riskier");

	/** Conditions a follow-up swaps in; the catalog has intents about some of them. */
	private static final Set<String> CONDITIONS = Set.of("depression", "anxiety", "ptsd", "ocd", "pain", "bipolar",
			"migraine", "migraines", "fibromyalgia", "trauma", "suicidal", "postpartum", "addiction", "alcoholism",
			"eating", "adhd", "autism", "insomnia");

	private static final Set<String> QUALIFIERS = Set.of("even", "only", "still", "especially", "unless", "except",
			"including", "excluding", "regardless");

	private FollowUp() {
	}

	/** Pronouns that carry the previous answer's topic into the follow-up ("how long do those last?"). */
	private static final Set<String> PRONOUNS = Set.of("it", "it's", "its", "that", "that's", "this", "those",
			"these", "they", "they're", "them", "their");

	private static final Set<String> CORRECTION_OPENERS = Set.of("no", "nope", "nah", "sorry", "oh", "um", "uh", "well",
			"actually", "i", "was", "am", "i'm", "im");

	private static final Set<String> TURN_DOWNS = Set.of("no", "nope", "nah", "sorry", "oh", "actually");

	private static final Set<String> CORRECTION_VERBS = Set.of("mean", "meant", "asking", "asked", "talking");

	/**
	 * Whether the message points back at the previous turn.
	 */
	static boolean refersBack(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > 12) {
			return false;
		}
		if (corrects(tokens) || qualifies(tokens)) {
			return true;
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
				|| tokens.contains("includes") || tokens.contains("too") || tokens.contains("also")
				|| (carriesTopic(tokens) && tokens.stream().anyMatch(COMPARATIVES::contains));
		boolean entity = namesOtherTopic || tokens.stream().anyMatch(ENTITIES::contains);
		return opener && entity;
	}

	/**
	 * Whether the follow-up asks the previous question about another condition ("and for anxiety?" after how fast it
	 * works for depression): the same question when that was about onset or cost, a new one when the previous answer
	 * was about one condition.
	 */
	static boolean swapsCondition(List<String> tokens) {
		return tokens.size() <= 9 && (OPENERS.contains(tokens.get(0)) || tokens.contains("too")
				|| tokens.contains("also")) && tokens.stream().anyMatch(CONDITIONS::contains);
	}

	/**
	 * "even at low doses?", "only for adults?", "still if I have high blood pressure?": the previous question again,
	 * narrowed by a qualifier.
	 */
	static boolean qualifies(List<String> tokens) {
		return tokens.size() <= 9 && QUALIFIERS.contains(tokens.get(0));
	}

	/**
	 * Whether the follow-up refers to the previous answer's subject with a pronoun ("how long do those last?", "even
	 * when it's done in a clinic?"), so it asks about the same topic, unlike "which one can I use at home?".
	 */
	static boolean carriesTopic(List<String> tokens) {
		return tokens.stream().anyMatch(PRONOUNS::contains);
	}

	/**
	 * Whether the follow-up is the previous question cut short to what changes ("what about the next morning?", "how
	 * about on weekends?", "and for a teenager?"): it asks the previous question again, about that.
	 */
	static boolean elliptical(List<String> tokens) {
		return tokens.size() <= 6 && (startsWith(tokens, "what", "about") || startsWith(tokens, "how", "about")
				|| startsWith(tokens, "and", "what", "about") || startsWith(tokens, "and", "for")
				|| startsWith(tokens, "and", "about"));
	}

	/**
	 * "I mean the effect on my mood, not the appointment", "no, I was asking about the price", "sorry I meant the
	 * spray": the visitor says the previous answer was not what they asked.
	 */
	static boolean corrects(List<String> tokens) {
		for (int i = 0; i < Math.min(tokens.size() - 1, 4); i++) {
			String token = tokens.get(i);
			if (CORRECTION_VERBS.contains(token) && i > 0 && CORRECTION_OPENERS.contains(tokens.get(i - 1))) {
				List<String> before = tokens.subList(0, i);
				// "I mean, it is expensive" is a filler: "mean" corrects only after "no"/"sorry" or with a "not ..."
				boolean filler = token.equals("mean") && before.stream().noneMatch(TURN_DOWNS::contains)
						&& !tokens.contains("not");
				return before.contains("i") && !filler;
			}
			if (!CORRECTION_OPENERS.contains(token)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The two halves of a correction that says what it did not mean ("I mean the effect on my mood, not the
	 * appointment"): what it means (after the correction verb, before the last "not") and what it does not mean (after
	 * that "not"); empty when the correction names nothing it did not mean.
	 */
	static Optional<Correction> correction(List<String> tokens) {
		int verb = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (CORRECTION_VERBS.contains(tokens.get(i))) {
				verb = i;
				break;
			}
		}
		int not = tokens.lastIndexOf("not");
		if (verb < 0 || not <= verb + 1 || not == tokens.size() - 1) {
			return Optional.empty();
		}
		return Optional.of(new Correction(List.copyOf(tokens.subList(verb + 1, not)),
				List.copyOf(tokens.subList(not + 1, tokens.size()))));
	}

	/** What a correction means and what it does not mean, as tokens. */
	record Correction(List<String> meant, List<String> notMeant) {
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
