package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A curated pattern with the literal text any match of it must contain, checked with {@link String#contains} before
 * the regular expression runs: most sentences contain none of a rule's words, and finding that out with a few
 * {@code indexOf} calls costs a fraction of trying the expression at every position of the sentence (the screen's
 * rules, cues and masks were about a third of the Java time of a varied {@code /chat} load: docs/measurements.md,
 * session 29). The answers are the regular expression's own: the literal text is read off the expression's top-level
 * sequence (runs of plain characters, and groups of plain-text alternatives that are not optional), so no string
 * without it can match, and a pattern this reading does not understand (flags, a top-level alternation) has no gate.
 * <p>
 * Immutable and thread-safe.
 */
final class GatedPattern {

	/** Characters with a meaning in a Java regular expression outside a character class. */
	private static final String SPECIAL = "\\[](){}.*+?^$|";

	/** Shorter literal text costs about as much to look for as it saves. */
	private static final int SHORTEST = 2;

	private final Pattern pattern;

	/** Each entry: one of these strings is in every match (an array: this is read for every sentence and rule). */
	private final String[][] required;

	private GatedPattern(Pattern pattern, List<String[]> required) {
		this.pattern = pattern;
		this.required = required.toArray(String[][]::new);
	}

	static GatedPattern compile(String regex) {
		return new GatedPattern(Pattern.compile(regex), required(regex));
	}

	static List<GatedPattern> compileAll(List<String> regexes) {
		return regexes.stream().map(GatedPattern::compile).toList();
	}

	Pattern pattern() {
		return this.pattern;
	}

	/** Whether the expression finds a match in {@code text}; the same answer as {@code matcher(text).find()}. */
	boolean find(String text) {
		return mayMatch(text) && this.pattern.matcher(text).find();
	}

	/** Every match replaced, as {@link java.util.regex.Matcher#replaceAll(String)}; the text itself when none. */
	String replaceAll(String text, String replacement) {
		return mayMatch(text) ? this.pattern.matcher(text).replaceAll(replacement) : text;
	}

	/** {@code false} only when no match is possible: the text lacks one of the literal parts. */
	boolean mayMatch(String text) {
		for (String[] anyOf : this.required) {
			if (!containsAny(text, anyOf)) {
				return false;
			}
		}
		return true;
	}

	/** The literal parts read off {@code regex}, for tests. */
	List<List<String>> requiredParts() {
		return Arrays.stream(this.required).map(List::of).toList();
	}

	private static boolean containsAny(String text, String[] anyOf) {
		for (String literal : anyOf) {
			if (text.contains(literal)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The literal parts of the top-level sequence of {@code regex}; empty when it has a top-level alternation or an
	 * inline flag (which could change how letters match), or no literal part long enough.
	 */
	static List<String[]> required(String regex) {
		List<String[]> parts = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int i = 0;
		while (i < regex.length()) {
			char c = regex.charAt(i);
			if (c == '|') {
				return List.of();
			}
			if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
				// an escaped character stands for itself
				i = literal(regex, i + 2, regex.charAt(i + 1), run, parts);
				continue;
			}
			if (c == '\\' || c == '[') {
				// a class of characters (\s, \p{L}, [a-z]) or a back reference: no literal text
				flush(run, parts);
				int end = (c == '\\') ? escapeEnd(regex, i) : classEnd(regex, i);
				if (end < 0) {
					return List.of();
				}
				i = afterQuantifier(regex, end);
				continue;
			}
			if (c == '(') {
				flush(run, parts);
				int close = groupEnd(regex, i);
				if (close < 0) {
					return List.of();
				}
				String body = regex.substring(i + 1, close);
				int after = afterQuantifier(regex, close + 1);
				boolean optional = optional(regex, close + 1);
				if (body.startsWith("?")) {
					if (body.startsWith("?:") || body.startsWith("?>")) {
						body = body.substring(2);
					}
					else if (body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=")
							|| body.startsWith("?<!")) {
						i = after; // a look-around matches no text
						continue;
					}
					else if (body.startsWith("?<") && body.indexOf('>') > 2) {
						body = body.substring(body.indexOf('>') + 1); // a named group
					}
					else {
						return List.of(); // an inline flag: the letters after it may match otherwise
					}
				}
				if (!optional) {
					alternatives(body).ifPresent(parts::add);
				}
				i = after;
				continue;
			}
			if (SPECIAL.indexOf(c) >= 0) {
				// ., ^, $ and stray braces or brackets: no literal text
				flush(run, parts);
				i = afterQuantifier(regex, i + 1);
				continue;
			}
			i = literal(regex, i + 1, c, run, parts);
		}
		flush(run, parts);
		return List.copyOf(parts);
	}

	/**
	 * One literal character {@code c} that ends before {@code next}: added to the run, unless a quantifier follows
	 * (then it may be absent or repeated, and the run ends before it or with it).
	 */
	private static int literal(String regex, int next, char c, StringBuilder run, List<String[]> parts) {
		if (next < regex.length() && isQuantifier(regex.charAt(next))) {
			boolean optional = optional(regex, next);
			if (!optional) {
				run.append(c);
			}
			flush(run, parts);
			return afterQuantifier(regex, next);
		}
		run.append(c);
		return next;
	}

	private static void flush(StringBuilder run, List<String[]> parts) {
		if (run.length() >= SHORTEST) {
			parts.add(new String[] { run.toString() });
		}
		run.setLength(0);
	}

	/** The alternatives of a group body when every one is plain text of {@link #SHORTEST} characters or more. */
	private static Optional<String[]> alternatives(String body) {
		Set<String> alternatives = new LinkedHashSet<>();
		for (String alternative : body.split("\\|", -1)) {
			if (alternative.length() < SHORTEST) {
				return Optional.empty();
			}
			for (int j = 0; j < alternative.length(); j++) {
				if (SPECIAL.indexOf(alternative.charAt(j)) >= 0) {
					return Optional.empty();
				}
			}
			alternatives.add(alternative);
		}
		return Optional.of(alternatives.toArray(String[]::new));
	}

	private static boolean isQuantifier(char c) {
		return c == '?' || c == '*' || c == '+' || c == '{';
	}

	/** Whether the quantifier at {@code at} (if any) lets its element match nothing. */
	private static boolean optional(String regex, int at) {
		if (at >= regex.length()) {
			return false;
		}
		char q = regex.charAt(at);
		if (q == '?' || q == '*') {
			return true;
		}
		if (q == '{') {
			int close = regex.indexOf('}', at);
			if (close < 0) {
				return true;
			}
			String low = regex.substring(at + 1, close).split(",", -1)[0].strip();
			return low.isEmpty() || !low.chars().allMatch(Character::isDigit) || Integer.parseInt(low) == 0;
		}
		return false;
	}

	/** Where the expression goes on after the quantifier at {@code at} (and its lazy or possessive mark), if any. */
	private static int afterQuantifier(String regex, int at) {
		if (at >= regex.length() || !isQuantifier(regex.charAt(at))) {
			return at;
		}
		int next = at + 1;
		if (regex.charAt(at) == '{') {
			int close = regex.indexOf('}', at);
			next = (close < 0) ? regex.length() : close + 1;
		}
		if (next < regex.length() && (regex.charAt(next) == '?' || regex.charAt(next) == '+')) {
			next++;
		}
		return next;
	}

	/** The end (exclusive) of the escape at {@code start} ({@code \d}, {@code \p{L}}, {@code \Q...\E}); -1 if unread. */
	private static int escapeEnd(String regex, int start) {
		if (start + 1 >= regex.length()) {
			return -1;
		}
		char kind = regex.charAt(start + 1);
		if (kind == 'p' || kind == 'P' || kind == 'x' || kind == 'N' || kind == 'k') {
			if (start + 2 < regex.length() && (regex.charAt(start + 2) == '{' || regex.charAt(start + 2) == '<')) {
				int close = regex.indexOf(regex.charAt(start + 2) == '{' ? '}' : '>', start + 2);
				return (close < 0) ? -1 : close + 1;
			}
			return (kind == 'x') ? Math.min(regex.length(), start + 4) : start + 3;
		}
		if (kind == 'Q') {
			return -1; // quoted text: not read here
		}
		if (kind == 'c') {
			return start + 3;
		}
		if (kind == 'u') {
			return start + 6;
		}
		if (kind == '0') {
			int end = start + 2;
			while (end < regex.length() && end < start + 5 && regex.charAt(end) >= '0' && regex.charAt(end) <= '7') {
				end++;
			}
			return end;
		}
		if (Character.isDigit(kind)) {
			return -1; // a back reference
		}
		return start + 2;
	}

	/** The end (exclusive) of the character class opening at {@code start}; -1 if it does not close. */
	private static int classEnd(String regex, int start) {
		int depth = 0;
		int i = start;
		while (i < regex.length()) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '[') {
				depth++;
				// a ] right after [ or [^ is a literal member
				if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
					i++;
				}
				if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
					i++;
				}
			}
			else if (c == ']') {
				depth--;
				if (depth == 0) {
					return i + 1;
				}
			}
			i++;
		}
		return -1;
	}

	/** The index of the parenthesis that closes the group opening at {@code start}; -1 if none. */
	private static int groupEnd(String regex, int start) {
		int depth = 0;
		int i = start;
		while (i < regex.length()) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '[') {
				int end = classEnd(regex, i);
				if (end < 0) {
					return -1;
				}
				i = end;
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
			i++;
		}
		return -1;
	}

	@Override
	public String toString() {
		return this.pattern.pattern();
	}

}
