package com.clinicfaq.chatbot.chat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a visitor's reply to "did you mean ...?": "yes", "yeah pls", "yep" (one option offered), "the first one",
 * "2", "second", the option's own words ("the cost one"), or "no" / "neither" / "none of those".
 */
final class ClarifyReply {

	/** What the reply chose. */
	sealed interface Choice permits Chosen, Neither {
	}

	/** One of the offered intents. */
	record Chosen(String intent) implements Choice {
	}

	/** None of them: ask the visitor to rephrase, or offer a person. */
	record Neither() implements Choice {
	}

	private static final Set<String> YES = Set.of("yes", "yeah", "yep", "yup", "ya", "yea", "yah", "ye", "y", "sure",
			"ok", "okay", "k", "correct", "right", "exactly", "definitely", "absolutely", "affirmative", "yas", "yess",
			"yesss", "si", "oui", "ja", "da", "please", "ketamine");

	private static final Set<String> NO = Set.of("no", "nope", "nah", "neither", "none", "not", "nothing", "wrong",
			"n", "other", "else", "different");

	private static final Set<String> FILLER = Set.of("please", "thanks", "thank", "you", "that", "one", "it", "is",
			"the", "this", "i", "meant", "mean", "want", "that's", "option", "number", "do", "lol", "haha", "oh",
			"ah", "uh", "um", "hmm", "well", "a", "of", "them", "those", "these", "really", "was", "just", "thats", "am",
			"question", "about", "go", "with", "for", "sure", "fine", "great", "good", "cool", "and", "first", "second",
			"1", "2", "3", "1st", "2nd", "3rd", "one's", "ones", "are");

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("1", 0), Map.entry("1st", 0),
			Map.entry("first", 0), Map.entry("one", 0), Map.entry("top", 0), Map.entry("2", 1), Map.entry("2nd", 1),
			Map.entry("second", 1), Map.entry("two", 1), Map.entry("last", -1), Map.entry("bottom", -1),
			Map.entry("3", 2), Map.entry("3rd", 2), Map.entry("third", 2), Map.entry("three", 2));

	private static final Set<String> STOP = Set.of("what", "is", "the", "a", "an", "of", "do", "does", "i", "it",
			"how", "can", "to", "for", "me", "my", "after", "before", "and", "or", "are", "ketamine", "treatment",
			"you", "be", "in", "with", "should", "will", "about", "one", "that", "this", "session");

	private ClarifyReply() {
	}

	/**
	 * The choice the reply makes among the offered intents, or empty when it is not a reply to the question (a new
	 * question, for instance).
	 * @param tokens the reply's normalized tokens
	 * @param offered the offered intents, in the order they were shown
	 * @param wordsOf each offered intent's words (its question and name), normalized
	 */
	static Optional<Choice> read(List<String> tokens, List<String> offered, Map<String, List<String>> wordsOf) {
		if (tokens.isEmpty() || offered.isEmpty() || tokens.size() > 8) {
			return Optional.empty();
		}
		Set<String> words = new HashSet<>(tokens);
		boolean no = words.stream().anyMatch(NO::contains) || tokens.equals(List.of("not", "really"));
		if (no && !words.contains("yes")) {
			return Optional.of(new Neither());
		}
		Optional<Integer> ordinal = ordinal(tokens, offered.size());
		if (ordinal.isPresent()) {
			return Optional.of(new Chosen(offered.get(ordinal.get())));
		}
		Optional<String> byWords = byOwnWords(words, offered, wordsOf);
		if (byWords.isPresent()) {
			return Optional.of(new Chosen(byWords.get()));
		}
		boolean yes = words.stream().anyMatch(YES::contains)
				&& words.stream().allMatch((word) -> YES.contains(word) || FILLER.contains(word));
		if (yes) {
			return Optional.of(new Chosen(offered.get(0)));
		}
		return Optional.empty();
	}

	private static Optional<Integer> ordinal(List<String> tokens, int options) {
		if (tokens.size() > 5) {
			return Optional.empty();
		}
		for (String token : tokens) {
			Integer index = ORDINALS.get(token);
			if (index == null || ("one".equals(token) && tokens.size() > 1 && options > 1)) {
				// "that one", "the cost one": "one" is an ordinal only on its own
				continue;
			}
			int chosen = (index < 0) ? options - 1 : index;
			if (chosen < options && (options > 1 || chosen == 0)) {
				return Optional.of(chosen);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> byOwnWords(Set<String> words, List<String> offered,
			Map<String, List<String>> wordsOf) {
		if (offered.size() < 2) {
			return Optional.empty();
		}
		String best = null;
		int bestScore = 0;
		boolean tie = false;
		for (String intent : offered) {
			int score = 0;
			for (String word : new HashSet<>(wordsOf.getOrDefault(intent, List.of()))) {
				if (!STOP.contains(word) && words.contains(word)) {
					score++;
				}
			}
			if (score > bestScore) {
				best = intent;
				bestScore = score;
				tie = false;
			}
			else if (score == bestScore && score > 0) {
				tie = true;
			}
		}
		return (bestScore > 0 && !tie) ? Optional.of(best) : Optional.empty();
	}

}
