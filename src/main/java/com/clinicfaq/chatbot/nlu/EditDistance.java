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
	public static int levenshtein(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), substitution);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * The optimal string alignment distance of the two words (insertions, deletions, substitutions and swaps of
	 * neighbouring letters), or {@code limit + 1} when the lengths alone say it exceeds the limit.
	 */
	public static int withSwaps(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] beforePrevious = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, beforePrevious[j - 2] + 1);
				}
				current[j] = value;
			}
			int[] swap = beforePrevious;
			beforePrevious = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
