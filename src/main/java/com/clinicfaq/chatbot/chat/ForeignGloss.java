package com.clinicfaq.chatbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a visitor's question written in Spanish, Portuguese, French, German or Italian through a word-for-word English
 * gloss, because the intent classifier and the follow-up rules read English: "¿Cuánto cuesta una sesión de
 * ketamina?" is understood as "how much does it cost a session of ketamine?". The gloss is rough English, and it only
 * has to be close enough for the classifier: the usual routing still decides, so a gloss the classifier is unsure of
 * is handed off as before. The reply stays the curated English answer, with a line in the visitor's language saying
 * so ({@link #note(String)}); nothing is translated into the visitor's language.
 * <p>
 * A message is read as another language when at least two of its words tell that language (its common words,
 * {@code markers} in {@code glossary.tsv}, or words its glossary reads as other English words) and they outnumber the
 * English common words more than two to one, so an English message with a Spanish word ("how much per sesion") is
 * left alone. The glossary ships beside this class:
 * lines {@code lang<TAB>foreign<TAB>english}, accents stripped, phrases of several words matched before single words
 * (longest first); a word not in the language's glossary is looked up in the other languages' and otherwise kept
 * (names of medicines mostly read the same). The safety screen reads the visitor's own words first, and the gloss
 * only when they are not urgent ({@code ChatService#screen}).
 * Immutable and thread-safe.
 */
public final class ForeignGloss {

	static final String RESOURCE = "glossary.tsv";

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|[?!.,;:]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * "è" (Italian) and "é" (Portuguese) standing alone: "is", where a plain "e" is "and". Taking the accent off would
	 * make them one word, so they are read as the French "est" first.
	 */
	private static final Pattern ACCENTED_IS = Pattern.compile("(?<![\\p{L}\\p{N}])[\u00e8\u00e9](?![\\p{L}\\p{N}])");

	/** Common English words: a message with many of them is English, whatever foreign words it has. */
	private static final Set<String> ENGLISH = Set.of("the", "is", "are", "what", "how", "does", "do", "can", "i", "my",
			"it", "for", "of", "and", "to", "you", "on", "with", "have", "has", "be", "this", "that", "will", "would",
			"should", "there", "about", "if", "or", "not", "an", "get", "take", "much", "many", "when", "why", "who",
			"which", "after", "before", "im", "its", "was", "your", "any", "me", "at", "from", "long", "help", "work",
			"safe", "cost", "need", "people", "just", "so", "like", "am");

	/** The languages glossed, in the order ties are broken. */
	private static final List<String> LANGUAGES = List.of("es", "pt", "fr", "de", "it");

	/** What the reply says first, in the visitor's language: the answer that follows is in English. */
	private static final Map<String, String> NOTES = Map.of(
			"es", "Por ahora solo puedo responder en inglés; esto es lo que entendí de su pregunta:",
			"pt", "Por enquanto só consigo responder em inglês; isto é o que entendi da sua pergunta:",
			"fr", "Pour l'instant, je ne peux répondre qu'en anglais ; voici ce que j'ai compris de votre question :",
			"de", "Ich kann im Moment nur auf Englisch antworten; so habe ich Ihre Frage verstanden:",
			"it", "Per ora posso rispondere solo in inglese; ecco cosa ho capito della sua domanda:");

	private static final ForeignGloss SHIPPED = load();

	private final Map<String, Set<String>> markers;

	private final Map<String, Map<String, String>> glossaries;

	/** The longest phrase in the glossaries, in words. */
	private final int longestPhrase;

	private ForeignGloss(Map<String, Set<String>> markers, Map<String, Map<String, String>> glossaries) {
		this.markers = markers;
		this.glossaries = glossaries;
		this.longestPhrase = glossaries.values().stream().flatMap((glossary) -> glossary.keySet().stream())
			.mapToInt((phrase) -> phrase.split(" ").length).max().orElse(1);
	}

	/**
	 * The glossary that ships with the service.
	 */
	public static ForeignGloss shipped() {
		return SHIPPED;
	}

	private static ForeignGloss load() {
		try (InputStream in = ForeignGloss.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Cannot find " + RESOURCE + " beside " + ForeignGloss.class.getName());
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	static ForeignGloss read(InputStream in) throws IOException {
		Map<String, Set<String>> markers = new HashMap<>();
		Map<String, Map<String, String>> glossaries = new HashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (columns.length != 3 || !LANGUAGES.contains(columns[0])) {
				throw new IllegalStateException(RESOURCE + ":" + number + ": expected lang<TAB>foreign<TAB>english");
			}
			String language = columns[0];
			if ("markers".equals(columns[1])) {
				markers.computeIfAbsent(language, (key) -> new HashSet<>()).addAll(words(columns[2]));
			}
			else {
				glossaries.computeIfAbsent(language, (key) -> new HashMap<>())
					.put(String.join(" ", words(columns[1])), columns[2].strip());
			}
		}
		return new ForeignGloss(Map.copyOf(markers), Map.copyOf(glossaries));
	}

	/**
	 * The message's English gloss and its language, or empty when the message is not in one of the glossed languages.
	 */
	public Optional<Gloss> read(String message) {
		List<String> tokens = words(message);
		Optional<String> language = languageOf(tokens);
		return language.map((chosen) -> new Gloss(chosen, gloss(tokens, chosen)));
	}

	/**
	 * The line a reply starts with for a visitor writing in {@code language}: the answer is in English.
	 */
	public static String note(String language) {
		String note = NOTES.get(language);
		if (note == null) {
			throw new IllegalArgumentException("No note for " + language);
		}
		return note;
	}

	private Optional<String> languageOf(List<String> tokens) {
		String best = null;
		int most = 0;
		for (String language : LANGUAGES) {
			int count = (int) tokens.stream().filter((token) -> tellsLanguage(token, language)).count();
			if (count > most || (count > 0 && count == most && glossed(tokens, language) > glossed(tokens, best))) {
				best = language;
				most = count;
			}
		}
		return (most >= 2 && most > 2 * english(tokens, best)) ? Optional.of(best) : Optional.empty();
	}

	/** How many of the words are common English words that are not also words of the language ("was" in German). */
	private int english(List<String> tokens, String language) {
		Map<String, String> glossary = this.glossaries.getOrDefault(language, Map.of());
		return (int) tokens.stream().filter((token) -> ENGLISH.contains(token) && !glossary.containsKey(token)).count();
	}

	/**
	 * Whether the word is one of the language's common words, or a word of three letters or more that its glossary
	 * reads as something else in English ("sesion", "ketamina", "dipendenza"; not "depression" or "dose"), and not a
	 * common English word as well ("do" is Portuguese too).
	 */
	private boolean tellsLanguage(String token, String language) {
		if (ENGLISH.contains(token)) {
			return false;
		}
		if (this.markers.getOrDefault(language, Set.of()).contains(token)) {
			return true;
		}
		String english = this.glossaries.getOrDefault(language, Map.of()).get(token);
		return english != null && token.length() >= 3 && !english.equals(token);
	}

	/** How many of the words the language's glossary knows: the tie-breaker between two languages. */
	private int glossed(List<String> tokens, String language) {
		Map<String, String> glossary = this.glossaries.getOrDefault(language, Map.of());
		return (int) tokens.stream().filter(glossary::containsKey).count();
	}

	private String gloss(List<String> tokens, String language) {
		Map<String, String> own = this.glossaries.getOrDefault(language, Map.of());
		List<String> out = new ArrayList<>();
		int at = 0;
		while (at < tokens.size()) {
			int taken = 0;
			for (int length = Math.min(this.longestPhrase, tokens.size() - at); length > 1 && taken == 0; length--) {
				String english = own.get(String.join(" ", tokens.subList(at, at + length)));
				if (english != null) {
					add(out, english);
					taken = length;
				}
			}
			if (taken == 0) {
				add(out, wordGloss(tokens.get(at), own, language));
				taken = 1;
			}
			at += taken;
		}
		return String.join(" ", out).replaceAll(" ([?!.,;:])", "$1");
	}

	private String wordGloss(String word, Map<String, String> own, String language) {
		String english = own.get(word);
		if (english != null) {
			return english;
		}
		if (word.indexOf('-') > 0) {
			List<String> parts = new ArrayList<>();
			for (String part : word.split("-")) {
				parts.add(wordGloss(part, own, language));
			}
			return String.join(" ", parts);
		}
		for (String other : LANGUAGES) {
			if (!other.equals(language)) {
				english = this.glossaries.getOrDefault(other, Map.of()).get(word);
				if (english != null) {
					return english;
				}
			}
		}
		return word;
	}

	/** Adds the English words, leaving out a word that only repeats the one before ("of the the"). */
	private static void add(List<String> out, String english) {
		for (String word : english.split(" ")) {
			if (!word.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(word))) {
				out.add(word);
			}
		}
	}

	/** Lower case, accents and apostrophes taken off, split into words and sentence punctuation. */
	static List<String> words(String text) {
		String lower = ACCENTED_IS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC))
			.replaceAll("est");
		String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
			.replaceAll("")
			.replace("ß", "ss");
		List<String> words = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(plain);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * A message read in English.
	 * @param language the message's language ({@code es}, {@code pt}, {@code fr}, {@code de} or {@code it})
	 * @param english its word-for-word English gloss
	 */
	public record Gloss(String language, String english) {
	}

}
