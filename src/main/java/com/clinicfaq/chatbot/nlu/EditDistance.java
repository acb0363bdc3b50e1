package com.clinicfaq.chatbot.nlu;

/**
 * Edit distances between two words, bounded by a limit: the topic guard's "is this a typo of a word I know" and the
 * classifier's {@link Spelling}.
 */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The Levenshtein distance of the two words, or {@code limit + 1} as soon as it is known to exceed the limit.
	 */
	public static int levenshtein(CharSequence a, CharSequence b, int limit) {
		return distance(a, b, limit, false);
	}

	/**
	 * The optimal string alignment distance of the two words (insertions, deletions, substitutions and swaps of
	 * neighbouring letters), or {@code limit + 1} as soon as it is known to exceed the limit.
	 */
	public static int withSwaps(CharSequence a, CharSequence b, int limit) {
		return distance(a, b, limit, true);
	}

	/**
	 * One row at a time; stops with {@code limit + 1} when every cell of the last row (and, with swaps, of the row
	 * before it, which a swap reaches back to) exceeds the limit, since no later cell can be smaller.
	 */
	private static int distance(CharSequence a, CharSequence b, int limit, boolean swaps) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] beforePrevious = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		int previousMin = 0;
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (swaps && i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, beforePrevious[j - 2] + 1);
				}
				current[j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > limit && (!swaps || previousMin > limit)) {
				return limit + 1;
			}
			previousMin = rowMin;
			int[] swap = beforePrevious;
			beforePrevious = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
