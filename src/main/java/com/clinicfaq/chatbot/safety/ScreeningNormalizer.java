package com.clinicfaq.chatbot.safety;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a message into the plain form the safety rules are written against, so that disguised or misspelled
 * danger words are still seen: Unicode compatibility folding (full-width letters), invisible characters removed,
 * accents removed, look-alike Cyrillic and Greek letters mapped to Latin, emoji turned into words, leetspeak digits
 * inside words mapped to letters, runs of a repeated letter squeezed, then the curated rewrites of
 * {@code screening.yaml} (contractions, slang, misspellings) and apostrophes dropped.
 * <p>
 * Squeezing cannot know whether "killl" or "diiie" lost a doubled letter, so {@link #variants(String)} returns the
 * text squeezed to two letters and to one; the screen checks both. This class is separate from the classifier's
 * {@code nlu.TextNormalizer} on purpose: screening must over-match, classification must not.
 */
public final class ScreeningNormalizer {

	/** Format characters (zero-width space and joiners, word joiner, BOM), soft hyphen and Hangul fillers. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u00AD\\u034F\\u115F\\u1160\\u3164\\uFFA0]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}@$]+");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern RUN_OF_THREE = Pattern.compile("(\\p{L})\\1{2,}");

	/** Three or more single letters separated by spaces, dots or dashes: "k i l l", "d.i.e". */
	private static final Pattern SPACED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[ .\\-_*]\\p{L}(?![\\p{L}\\p{N}])){2,}");

	private static final Pattern SPACED_SEPARATOR = Pattern.compile("[ .\\-_*]");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

	/** Lower-case letters from other scripts that look like Latin ones, and the Latin letter each stands for. */
	private static final String CONFUSABLE = "аеёіїјкмопрстуххѕԁԛԝһӏɡɩıαβγεηικνορτυχωςօսց";

	private static final String LATIN = "aeeiijkmonpctyxxsdqwhlgiiabyenikvoptuxwsoug";

	private static final String LEET_DIGITS = "0134578@$";

	private static final String LEET_LETTERS = "oieastbas";

	private final Map<String, String> emoji;

	private final List<CompiledRewrite> rewrites;

	public ScreeningNormalizer(SafetyRules.Screening screening) {
		this.emoji = screening.emoji();
		this.rewrites = screening.rewrites()
			.stream()
			.map((rewrite) -> new CompiledRewrite(GatedPattern.compile(rewrite.from()), rewrite.to()))
			.toList();
	}

	/**
	 * The rewritten text, with letter runs of three or more squeezed to two.
	 */
	public String normalize(String text) {
		return rewrite(RUN_OF_THREE.matcher(fold(text)).replaceAll("$1$1"));
	}

	/**
	 * Every reading of the text the screen should check: squeezed to two letters, and (when different) to one.
	 */
	public List<String> variants(String text) {
		String folded = fold(text);
		Set<String> variants = new LinkedHashSet<>();
		variants.add(rewrite(RUN_OF_THREE.matcher(folded).replaceAll("$1$1")));
		if (RUN_OF_THREE.matcher(folded).find()) {
			variants.add(rewrite(RUN_OF_THREE.matcher(folded).replaceAll("$1")));
		}
		return List.copyOf(variants);
	}

	/**
	 * Everything up to the curated rewrites: Unicode, case, look-alikes, emoji and leetspeak.
	 */
	String fold(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = INVISIBLE.matcher(folded).replaceAll("");
		folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		folded = mapConfusables(folded);
		folded = folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('`', '\'');
		for (Map.Entry<String, String> entry : this.emoji.entrySet()) {
			folded = folded.replace(entry.getKey(), " " + entry.getValue() + " ");
		}
		return joinSpacedLetters(unleet(folded));
	}

	private String rewrite(String text) {
		String rewritten = text;
		for (CompiledRewrite rewrite : this.rewrites) {
			rewritten = rewrite.pattern().replaceAll(rewritten, rewrite.replacement());
		}
		rewritten = rewritten.replace("'", "");
		return SPACES.matcher(rewritten).replaceAll(" ").strip();
	}

	private static String joinSpacedLetters(String text) {
		Matcher spaced = SPACED_LETTERS.matcher(text);
		StringBuilder result = new StringBuilder(text.length());
		while (spaced.find()) {
			spaced.appendReplacement(result, SPACED_SEPARATOR.matcher(spaced.group()).replaceAll(""));
		}
		spaced.appendTail(result);
		return result.toString();
	}

	private static String mapConfusables(String text) {
		StringBuilder mapped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int index = CONFUSABLE.indexOf(c);
			mapped.append((index >= 0) ? LATIN.charAt(index) : c);
		}
		return mapped.toString();
	}

	/**
	 * Maps leetspeak digits and symbols to letters, only inside words that also have letters ("k1ll", "d1e"), so that
	 * numbers such as "20", "988" or "3 year old" are left alone.
	 */
	private static String unleet(String text) {
		Matcher words = WORD.matcher(text);
		StringBuilder result = new StringBuilder(text.length());
		while (words.find()) {
			String word = words.group();
			words.appendReplacement(result, Matcher.quoteReplacement(
					LETTER.matcher(word).find() ? unleetWord(word) : word));
		}
		words.appendTail(result);
		return result.toString();
	}

	/**
	 * A digit or symbol becomes a letter when a letter comes right before it ("k1ll", "mys3lf") or at least three
	 * letters follow it ("0verdose"), but not in "4yo", "20mg" or "3rd".
	 */
	private static String unleetWord(String word) {
		StringBuilder translated = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			int index = LEET_DIGITS.indexOf(c);
			boolean letterBefore = i > 0 && Character.isLetter(translated.charAt(i - 1));
			translated.append((index >= 0 && (letterBefore || lettersAfter(word, i) >= 3)) ? LEET_LETTERS.charAt(index) : c);
		}
		return translated.toString();
	}

	private static int lettersAfter(String word, int index) {
		int count = 0;
		for (int i = index + 1; i < word.length() && Character.isLetter(word.charAt(i)); i++) {
			count++;
		}
		return count;
	}

	private record CompiledRewrite(GatedPattern pattern, String replacement) {
	}

}
