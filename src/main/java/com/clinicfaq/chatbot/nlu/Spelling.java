package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling correction for the word model: a token that is neither a word of the training phrases nor a general
 * English word, and is one typing slip away from a training word ("efects", "lnog", "aftr", "treatmnet"), is read as
 * that word. A slip is one insertion, deletion, substitution or swap of two neighbouring letters; words of
 * {@value #TWO_SLIPS_FROM} letters or more may have two. Among several such words the nearest wins, then the one the
 * training phrases use most; a tie at both is left alone.
 * <p>
 * The classifier reads the corrected message: the word model its tokens, the sentence encoder its text (a second
 * encoder run for such a message, since the risk detector has embedded it as written). The training phrases are all
 * known words by construction, so training is unchanged; the risk detector and the topic guard read the message as
 * written.
 * Real words the catalog does not use ("mri", "dump") are in the general English list and are never corrected, nor
 * are words shorter than {@value #MIN_LENGTH} letters, with digits or with a letter drawn out ("hiii"). Thread-safe.
 */
final class Spelling {

	/** General English, shared with the topic guard (built by {@code scripts/known_words.py}). */
	static final String ENGLISH = "/com/clinicfaq/chatbot/chat/known-words.txt";

	static final int MIN_LENGTH = 4;

	static final int TWO_SLIPS_FROM = 8;

	/** Training words used fewer times than this are not offered as corrections (they may be typos themselves). */
	static final int MIN_USES = 2;

	/** Corrections of the tokens seen, bounded: a new token past it is corrected without being remembered. */
	private static final int MEMORY = 20_000;

	private static final PackedWords GENERAL_ENGLISH = PackedWords.of(WordList.read(Spelling.class, ENGLISH));

	private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

	private final Map<String, Integer> uses;

	private final Map<Integer, List<String>> offeredByLength;

	private final Map<String, String> corrections = new ConcurrentHashMap<>();

	private Spelling(Map<String, Integer> uses) {
		this.uses = Map.copyOf(uses);
		Map<Integer, List<String>> byLength = new HashMap<>();
		uses.forEach((word, count) -> {
			if (count >= MIN_USES && isWord(word)) {
				byLength.computeIfAbsent(word.length(), (length) -> new ArrayList<>()).add(word);
			}
		});
		byLength.values().forEach((words) -> words.sort(null));
		this.offeredByLength = Map.copyOf(byLength);
	}

	/** The spelling of these training phrases (all intents), as the normalizer tokenizes them. */
	static Spelling of(Map<String, List<String>> examplesByIntent, TextNormalizer normalizer) {
		Map<String, Integer> uses = new HashMap<>();
		for (List<String> phrases : examplesByIntent.values()) {
			for (String phrase : phrases) {
				for (String token : normalizer.tokens(phrase)) {
					uses.merge(token, 1, Integer::sum);
				}
			}
		}
		return new Spelling(uses);
	}

	/** The tokens with each slip corrected; the same list when nothing changed. */
	List<String> correct(List<String> tokens) {
		List<String> corrected = null;
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String word = correct(token);
			if (!word.equals(token)) {
				if (corrected == null) {
					corrected = new ArrayList<>(tokens);
				}
				corrected.set(i, word);
			}
		}
		return (corrected != null) ? corrected : tokens;
	}

	/**
	 * The text with each word that is a slip corrected, everything else (punctuation, spacing) as it was; the same
	 * string when nothing changed. For the sentence encoder's reading of the message.
	 */
	String correctText(String text) {
		Matcher matcher = LETTERS.matcher(text);
		StringBuilder corrected = null;
		while (matcher.find()) {
			String word = matcher.group();
			String right = correct(word);
			if (!right.equals(word)) {
				if (corrected == null) {
					corrected = new StringBuilder(text.length() + 8);
				}
				matcher.appendReplacement(corrected, Matcher.quoteReplacement(right));
			}
		}
		if (corrected == null) {
			return text;
		}
		matcher.appendTail(corrected);
		return corrected.toString();
	}

	/** The training word this token is a slip of, or the token itself. */
	String correct(String token) {
		if (token.length() < MIN_LENGTH || this.uses.containsKey(token) || GENERAL_ENGLISH.contains(token)
				|| !isWord(token)) {
			return token;
		}
		String known = this.corrections.get(token);
		if (known != null) {
			return known;
		}
		String word = nearest(token);
		if (this.corrections.size() < MEMORY) {
			this.corrections.put(token, word);
		}
		return word;
	}

	private String nearest(String token) {
		int limit = (token.length() >= TWO_SLIPS_FROM) ? 2 : 1;
		String best = null;
		int bestDistance = limit + 1;
		int bestUses = 0;
		boolean tie = false;
		for (int length = token.length() - limit; length <= token.length() + limit; length++) {
			for (String word : this.offeredByLength.getOrDefault(length, List.of())) {
				int distance = EditDistance.withSwaps(token, word, limit);
				if (distance > limit) {
					continue;
				}
				int count = this.uses.get(word);
				if (distance < bestDistance || (distance == bestDistance && count > bestUses)) {
					best = word;
					bestDistance = distance;
					bestUses = count;
					tie = false;
				}
				else if (distance == bestDistance && count == bestUses) {
					tie = true;
				}
			}
		}
		return (best == null || tie) ? token : best;
	}

	/** Letters only, and no letter three times in a row (a drawn-out "hiii" or "sooo" is no typing slip). */
	private static boolean isWord(String token) {
		for (int i = 0; i < token.length(); i++) {
			char letter = token.charAt(i);
			if (!Character.isLetter(letter)
					|| (i >= 2 && letter == token.charAt(i - 1) && letter == token.charAt(i - 2))) {
				return false;
			}
		}
		return true;
	}

}
