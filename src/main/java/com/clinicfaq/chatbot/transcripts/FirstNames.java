package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Finds first names a visitor gives without a capital letter or an introduction ("sarah here", "this is john",
 * "thanks, maria"), using the public English first-name lists of the Datafaker package ({@code en/name.yml}, about
 * 5,000 male and female names), not a hand-made list. Names that are also common English words ("will", "may",
 * "grace", "so") are left out, as they would redact ordinary sentences; so a visitor named Will or Grace is only
 * caught by the cue rules of {@link PersonalDataRedactor}. Immutable and thread-safe.
 */
final class FirstNames {

	/** Common English words that the name list also holds: never taken as a bare name. */
	private static final Set<String> COMMON_WORDS = Set.of("amber", "angel", "april", "art", "august", "autumn",
			"bill", "brain", "brook", "bud", "chance", "charity", "chase", "china", "clay", "cliff", "crystal", "daisy",
			"dawn", "destiny", "don", "drew", "dusty", "earl", "else", "faith", "frank", "gay", "grace", "grant",
			"guy", "harmony", "holly", "honey", "hope", "hunter", "ivy", "jack", "jade", "joy", "june", "king",
			"liberty", "lily", "long", "major", "many", "mark", "max", "may", "melody", "mercy", "miles", "min",
			"misty", "page", "pat", "patience", "pearl", "precious", "prudence", "ray", "reed", "rich", "rod", "rose",
			"ruby", "rusty", "sandy", "see", "son", "soon", "star", "summer", "sunny", "will", "young", "sage",
			"happy", "merry", "rain", "river", "sky", "storm", "tad", "van", "wade", "ward", "fern", "iris", "ginger",
			"penny", "candy", "cherry", "olive", "violet", "heather", "robin", "bee", "kitty", "sugar", "mister",
			"lane", "dale", "glen", "forest", "marsh", "moss", "stone", "hill", "west", "north", "south", "east",
			"case", "cash", "gray", "grey", "green", "brown", "black", "white", "best", "love", "lucky", "early",
			"toy", "tory", "noble", "an", "in", "my", "so", "ok", "ty", "the", "and", "not", "tired", "fine");

	private static final Pattern WORD = Pattern.compile("\\p{L}{3,20}");

	private static final Set<String> NAMES = load();

	/** "sarah here", "this is sarah", "im sarah", "thanks sarah", "- sarah" at the end, "call me sarah". */
	private static final Pattern CUED = Pattern.compile("(?i)(?:\\b(?:this is|it's|its|i'm|im|i am|call me|thanks|"
			+ "thank you|regards|cheers|from|love|my name is|name's|names)[ ,:]{1,3}(\\p{L}{3,20})\\b"
			+ "|^(\\p{L}{3,20})(?= here\\b)|(?:^|[\\n.!?] ?|[-,~] ?)(\\p{L}{3,20})[.!]?$)");

	private FirstNames() {
	}

	/**
	 * Reads the name list now on a thread of its own, so that the first transcript line (a visitor's first turn)
	 * does not wait for it: parsing the 100 KB YAML file takes a cold JVM about half a second of CPU, more on a busy
	 * machine. A line written meanwhile waits for the loading to end, as it would without this.
	 */
	static void preload() {
		Thread thread = new Thread(() -> isName("preload"), "first-names-loading");
		thread.setDaemon(true);
		thread.start();
	}

	static boolean isName(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return NAMES.contains(lower) && !COMMON_WORDS.contains(lower);
	}

	/**
	 * The text with cued or bare first names replaced by {@code [NAME]}, or the same text when there is none.
	 */
	static String redact(String text) {
		Matcher cued = CUED.matcher(text);
		StringBuilder result = null;
		int copied = 0;
		while (cued.find()) {
			int group = (cued.group(1) != null) ? 1 : (cued.group(2) != null) ? 2 : 3;
			if (!isName(cued.group(group))) {
				continue;
			}
			if (result == null) {
				result = new StringBuilder(text.length());
			}
			result.append(text, copied, cued.start(group)).append("[NAME]");
			copied = cued.end(group);
		}
		if (result == null) {
			return text;
		}
		return result.append(text, copied, text.length()).toString();
	}

	private static Set<String> load() {
		try (InputStream in = FirstNames.class.getResourceAsStream("/en/name.yml")) {
			if (in == null) {
				throw new IllegalStateException("The first-name list en/name.yml (Datafaker) is not on the classpath");
			}
			JsonNode name = new ObjectMapper(new YAMLFactory()).readTree(in).path("en").path("faker").path("name");
			Set<String> names = new HashSet<>();
			for (String list : new String[] { "male_first_name", "female_first_name" }) {
				name.path(list).forEach((node) -> {
					String lower = node.asText().toLowerCase(Locale.ROOT);
					if (WORD.matcher(lower).matches()) {
						names.add(lower);
					}
				});
			}
			if (names.size() < 1000) {
				throw new IllegalStateException("The first-name list en/name.yml has only " + names.size() + " names");
			}
			return Set.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the first-name list en/name.yml", ex);
		}
	}

}
