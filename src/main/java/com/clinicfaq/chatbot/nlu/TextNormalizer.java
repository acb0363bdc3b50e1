package com.clinicfaq.chatbot.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a visitor's message into the tokens the classifier sees: Unicode-folded, lower case, with contractions,
 * common spelling variants and the domain's shorthand (K, ket, IV) spelled out.
 */
public class TextNormalizer {

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u00AD]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

	private static final Map<String, String> CONTRACTIONS = Map.ofEntries(Map.entry("can't", "can not"),
			Map.entry("cant", "can not"), Map.entry("won't", "will not"), Map.entry("wont", "will not"),
			Map.entry("don't", "do not"), Map.entry("dont", "do not"), Map.entry("doesn't", "does not"),
			Map.entry("doesnt", "does not"), Map.entry("isn't", "is not"), Map.entry("isnt", "is not"),
			Map.entry("i'm", "i am"), Map.entry("im", "i am"), Map.entry("it's", "it is"),
			Map.entry("what's", "what is"), Map.entry("whats", "what is"), Map.entry("i've", "i have"),
			Map.entry("i'd", "i would"), Map.entry("i'll", "i will"), Map.entry("you're", "you are"),
			Map.entry("didn't", "did not"), Map.entry("didnt", "did not"), Map.entry("aren't", "are not"),
			Map.entry("wasn't", "was not"), Map.entry("shouldn't", "should not"), Map.entry("how's", "how is"));

	private static final Map<String, String> VARIANTS = Map.ofEntries(Map.entry("u", "you"), Map.entry("ur", "your"),
			Map.entry("r", "are"), Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("thx", "thanks"),
			Map.entry("ty", "thanks"), Map.entry("k", "ketamine"), Map.entry("ket", "ketamine"),
			Map.entry("keta", "ketamine"), Map.entry("ketamin", "ketamine"), Map.entry("ketamene", "ketamine"),
			Map.entry("ketamina", "ketamine"), Map.entry("ketamime", "ketamine"), Map.entry("katamine", "ketamine"),
			Map.entry("kitamine", "ketamine"), Map.entry("spravato", "esketamine"), Map.entry("iv", "intravenous"),
			Map.entry("im", "intramuscular"), Map.entry("lozenge", "troche"), Map.entry("lozenges", "troche"),
			Map.entry("troches", "troche"), Map.entry("infussion", "infusion"), Map.entry("infusions", "infusion"),
			Map.entry("meds", "medication"), Map.entry("med", "medication"), Map.entry("medicine", "medication"),
			Map.entry("medications", "medication"), Map.entry("dr", "doctor"), Map.entry("doc", "doctor"),
			Map.entry("appt", "appointment"), Map.entry("insurence", "insurance"), Map.entry("fx", "effects"),
			Map.entry("wrk", "work"));

	/**
	 * The {@link #VARIANTS} that the safety screen's rewrites ({@code intents/safety/screening.yaml}) spell out the
	 * same way, which {@link #embeddingText(String)} spells out too.
	 */
	private static final Set<String> SHARED_SPELLINGS = Set.of("u", "ur", "pls", "plz", "k", "ket", "keta", "ketamin",
			"katamine", "ketamene", "meds", "medicine", "medications", "fx");

	/**
	 * Folds Unicode (NFKC, accents and invisible characters removed) and lower-cases the text. Text that is all ASCII,
	 * as most messages and catalog phrases are, is only lower-cased: no ASCII character has a compatibility or
	 * canonical decomposition, a combining mark or the format category, so the Unicode passes would return it as it
	 * is (and cost most of a phrase's normalization, for every message and for every catalog phrase at start).
	 */
	public String fold(String text) {
		return isAscii(text) ? text.toLowerCase(Locale.ROOT) : foldUnicode(text);
	}

	/** {@link #fold(String)} through the Unicode passes, whatever the text (tests compare the two on ASCII). */
	String foldUnicode(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = INVISIBLE.matcher(folded).replaceAll("");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFD);
		folded = MARKS.matcher(folded).replaceAll("");
		return folded.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The normalized tokens of the text.
	 */
	public List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(fold(text));
		while (matcher.find()) {
			String token = matcher.group();
			String expanded = CONTRACTIONS.get(token);
			if (expanded != null) {
				// "im" is far more often "i'm" than intramuscular in chat
				tokens.addAll(List.of(expanded.split(" ")));
				continue;
			}
			boolean vitamin = !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("vitamin");
			// "vitamin k" is a vitamin, not ketamine
			tokens.add(vitamin ? token : VARIANTS.getOrDefault(token, token));
		}
		return tokens;
	}

	/**
	 * The normalized tokens joined by single spaces: the key for caching and comparing messages.
	 */
	public String normalize(String text) {
		return String.join(" ", tokens(text));
	}

	/**
	 * What the sentence encoder reads of a message for the classifier: the folded text (Unicode, lower case) with its
	 * punctuation, contractions spelled out, apostrophes dropped and runs of spaces and line breaks made one space.
	 * For most messages this is the very text the risk detector embeds for a message of one or two sentences (the
	 * safety screen's reading, with the same contractions), so the two share one run of the encoder
	 * ({@link SentenceEmbedder#embed(String)} keeps the last texts' embeddings).
	 */
	public String embeddingText(String text) {
		Matcher matcher = TOKEN.matcher(fold(text));
		StringBuilder expanded = new StringBuilder(text.length() + 8);
		String previous = null;
		while (matcher.find()) {
			String token = matcher.group();
			// "vitamin k" is a vitamin, not ketamine
			boolean shared = SHARED_SPELLINGS.contains(token) && !"vitamin".equals(previous);
			matcher.appendReplacement(expanded,
					Matcher.quoteReplacement(CONTRACTIONS.getOrDefault(token, shared ? VARIANTS.get(token) : token)));
			previous = token;
		}
		matcher.appendTail(expanded);
		return SPACES.matcher(expanded.toString().replace("'", "")).replaceAll(" ").strip();
	}

}
