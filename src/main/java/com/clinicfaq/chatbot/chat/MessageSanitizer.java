package com.clinicfaq.chatbot.chat;

/**
 * Bounds the work any later step can do on a visitor's message, in one linear pass before any regular expression
 * sees it: control characters and unpaired surrogates are dropped (tab and line breaks become spaces or a line
 * break), invisible format characters are dropped (except the zero-width joiner that builds emoji), at most
 * {@value #MAX_MARKS} combining marks are kept on a base character (a "Zalgo" run of a thousand accents made the
 * redactor's word boundaries quadratic), a character repeated more than {@value #MAX_REPEAT} times is cut to
 * {@value #MAX_REPEAT} (three letters are enough for the safety screen to see that a letter was stretched), runs of
 * white space become one space (or one line break), and the result is stripped.
 * <p>
 * Ordinary text is returned unchanged apart from white space. Stateless and thread-safe.
 */
public final class MessageSanitizer {

	static final int MAX_MARKS = 2;

	static final int MAX_REPEAT = 3;

	private static final int ZERO_WIDTH_JOINER = 0x200D;

	private MessageSanitizer() {
	}

	public static String sanitize(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(text.length(), 1 << 16));
		int marks = 0;
		int previous = -1;
		int repeats = 0;
		boolean pendingSpace = false;
		boolean pendingBreak = false;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
				pendingBreak = true;
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				pendingSpace = true;
				continue;
			}
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || (type == Character.FORMAT && c != ZERO_WIDTH_JOINER)) {
				continue;
			}
			boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK;
			if (mark) {
				if (previous == -1 || pendingSpace || pendingBreak || marks >= MAX_MARKS) {
					continue;
				}
				marks++;
				clean.appendCodePoint(c);
				continue;
			}
			if (pendingBreak || pendingSpace) {
				if (!clean.isEmpty()) {
					clean.append(pendingBreak ? '\n' : ' ');
				}
				pendingBreak = false;
				pendingSpace = false;
				previous = -1;
			}
			repeats = (c == previous) ? repeats + 1 : 1;
			previous = c;
			marks = 0;
			if (repeats > MAX_REPEAT) {
				continue;
			}
			clean.appendCodePoint(c);
		}
		return clean.toString();
	}

	/**
	 * Whether the text has anything to understand: at least one letter or digit. "?", "!!!", "🙂" or a message
	 * of control characters has none.
	 */
	public static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
