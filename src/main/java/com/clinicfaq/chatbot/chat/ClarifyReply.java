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
	sealed interface Choice permits Chosen, Both, Neither {
	}

	/** "both", "either is fine": the first two offered intents. */
	record Both(String first, String second) implements Choice {
	}

	/** One of the offered intents. */
	record Chosen(String intent) implements Choice {
	}

	/** None of them: ask the visitor to rephrase, or offer a person. */
	record Neither() implements Choice {
	}

	private static final Set<String> YES = Set.of("yes", "yeah", "yep", "yup", "ya", "yea", "yah", "ye", "y", "sure",
			"ok", "okay", "k", "correct", "right", "exactly", "definitely", "absolutely", "affirmative", "yas", "yess",
			"yesss", "si", "oui", "ja", "da", "please", "ketamine", "yeh", "yh", "yeahh", "yesh", "yse", "yepp", "sim",
			"yiss");

	/** A plain "no" that may go on to say which option was meant ("no, the second one"). */
	private static final Set<String> PLAIN_NO = Set.of("no", "nope", "nah", "n");

	private static final Set<String> NO = Set.of("no", "nope", "nah", "neither", "none", "not", "nothing", "wrong",
			"n", "other", "else", "different", "idk", "dunno");

	private static final Set<String> BOTH = Set.of("both", "either", "all");

	private static final Set<String> FILLER = Set.of("please", "thanks", "thank", "you", "that", "one", "it", "is",
			"the", "this", "i", "meant", "mean", "want", "that's", "option", "number", "do", "lol", "haha", "oh",
			"ah", "uh", "um", "hmm", "well", "a", "of", "them", "those", "these", "really", "was", "just", "thats", "am",
			"question", "about", "go", "with", "for", "sure", "fine", "great", "good", "cool", "and", "first", "second",
			"1", "2", "3", "1st", "2nd", "3rd", "one's", "ones", "are", "would", "be", "ok", "okay", "pls", "answer",
			"answers", "tell", "me");

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("1", 0), Map.entry("1st", 0),
			Map.entry("first", 0), Map.entry("one", 0), Map.entry("top", 0), Map.entry("2", 1), Map.entry("2nd", 1),
			Map.entry("second", 1), Map.entry("two", 1), Map.entry("last", -1), Map.entry("bottom", -1),
			Map.entry("3", 2), Map.entry("3rd", 2), Map.entry("third", 2), Map.entry("three", 2), Map.entry("frist", 0),
			Map.entry("fisrt", 0), Map.entry("firts", 0), Map.entry("former", 0), Map.entry("secnd", 1),
			Map.entry("seccond", 1), Map.entry("secound", 1), Map.entry("scond", 1), Map.entry("latter", -1));

	private static final Set<String> STOP = Set.of("what", "is", "the", "a", "an", "of", "do", "does", "i", "it",
			"how", "can", "to", "for", "me", "my", "after", "before", "and", "or", "are", "ketamine", "treatment",
			"you", "be", "in", "with", "should", "will", "about", "one", "that", "this");

	private ClarifyReply() {
	}

	/**
	 * Whether the message turns down every option in so many words ("neither", "no neither, sorry", "nope, none of
	 * those") and says nothing else: after an answer with no "did you mean ...?" pending, it says the answer was not what
	 * the visitor asked (the visitor took the answer for a choice). A bare "no" or "none" is not enough: it may answer
	 * something else.
	 */
	static boolean turnsDownAll(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > 6) {
			return false;
		}
		boolean neither = tokens.contains("neither") || (tokens.contains("none")
				&& (tokens.contains("those") || tokens.contains("them") || tokens.contains("these")));
		return neither && tokens.stream().allMatch((token) -> NO.contains(token) || FILLER.contains(token)
				|| token.equals("sorry"));
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
		Optional<Integer> ordinal = ordinal(tokens, offered.size());
		Optional<String> byWords = byOwnWords(words, offered, wordsOf);
		boolean no = words.stream().anyMatch(NO::contains) || tokens.equals(List.of("not", "really"));
		// "no, the second one", "nope the effects": a plain no that goes on to choose another of several options
		boolean choosesAfterNo = offered.size() > 1 && (ordinal.isPresent() || byWords.isPresent())
				&& words.stream().filter(NO::contains).allMatch(PLAIN_NO::contains);
		if (no && !words.contains("yes") && !choosesAfterNo) {
			return Optional.of(new Neither());
		}
		if (ordinal.isPresent()) {
			return Optional.of(new Chosen(offered.get(ordinal.get())));
		}
		if (byWords.isPresent()) {
			return Optional.of(new Chosen(byWords.get()));
		}
		if (words.stream().anyMatch(BOTH::contains)
				&& words.stream().allMatch((word) -> BOTH.contains(word) || YES.contains(word) || FILLER.contains(word))) {
			return Optional.of((offered.size() > 1) ? new Both(offered.get(0), offered.get(1))
					: new Chosen(offered.get(0)));
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
			int at = tokens.indexOf(token);
			boolean numbered = at > 0 && (tokens.get(at - 1).equals("option") || tokens.get(at - 1).equals("number"));
			if (index == null || ("one".equals(token) && tokens.size() > 1 && options > 1 && !numbered)) {
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
		Set<String> said = new HashSet<>();
		words.forEach((word) -> said.add(stem(word)));
		String best = null;
		int bestScore = 0;
		boolean tie = false;
		for (String intent : offered) {
			int score = 0;
			Set<String> own = new HashSet<>();
			wordsOf.getOrDefault(intent, List.of()).forEach((word) -> own.add(stem(word)));
			for (String word : own) {
				if (!STOP.contains(word) && said.contains(word) && !inEveryOther(word, intent, offered, wordsOf)) {
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

	/** A word that every other offered option has too says nothing about which one was meant. */
	private static boolean inEveryOther(String word, String intent, List<String> offered,
			Map<String, List<String>> wordsOf) {
		return offered.stream()
			.filter((other) -> !other.equals(intent))
			.allMatch((other) -> wordsOf.getOrDefault(other, List.of()).stream().map(ClarifyReply::stem)
				.anyMatch(word::equals));
	}

	/** "effect" and "effects", "session" and "sessions" are the same word here. */
	private static String stem(String word) {
		return (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) ? word.substring(0, word.length() - 1)
				: word;
	}

}
