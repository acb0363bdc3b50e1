package com.clinicfaq.chatbot.nlu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A large, fixed set of words kept compactly: the words of each length, sorted and written one after another in one
 * byte array (one byte a letter), so that 67 thousand English words take about 0.6 MB of heap instead of about 5 MB as
 * strings in a hash set. Membership is a binary search among the words of the same length; {@link #anyOfLength} walks
 * the words of one length for "is there a word at most n edits away". Words with a letter outside one byte (rare in
 * the lists: "café") are kept as strings beside the arrays. Immutable and safe to share between threads.
 */
public final class PackedWords {

	private final byte[][] byLength;

	private final Set<String> wide;

	private PackedWords(byte[][] byLength, Set<String> wide) {
		this.byLength = byLength;
		this.wide = wide;
	}

	/** The words, packed (duplicates counted once). */
	public static PackedWords of(Collection<String> words) {
		Set<String> distinct = new HashSet<>(words);
		Set<String> wide = new HashSet<>();
		int longest = 0;
		for (String word : distinct) {
			if (isNarrow(word)) {
				longest = Math.max(longest, word.length());
			}
		}
		List<List<String>> groups = new ArrayList<>();
		for (int length = 0; length <= longest; length++) {
			groups.add(new ArrayList<>());
		}
		for (String word : distinct) {
			if (isNarrow(word)) {
				groups.get(word.length()).add(word);
			}
			else {
				wide.add(word);
			}
		}
		byte[][] byLength = new byte[longest + 1][];
		for (int length = 0; length <= longest; length++) {
			List<String> group = groups.get(length);
			group.sort(null);
			byte[] packed = new byte[group.size() * length];
			for (int i = 0; i < group.size(); i++) {
				byte[] letters = group.get(i).getBytes(StandardCharsets.ISO_8859_1);
				System.arraycopy(letters, 0, packed, i * length, length);
			}
			byLength[length] = packed;
		}
		return new PackedWords(byLength, Set.copyOf(wide));
	}

	/** Whether every character fits in one byte (ISO 8859-1), so the word can be packed. */
	private static boolean isNarrow(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) > 0xFF) {
				return false;
			}
		}
		return true;
	}

	/** How many distinct words there are. */
	public int size() {
		int size = this.wide.size();
		for (int length = 1; length < this.byLength.length; length++) {
			size += this.byLength[length].length / length;
		}
		return size;
	}

	public boolean contains(String word) {
		int length = word.length();
		if (!isNarrow(word)) {
			return this.wide.contains(word);
		}
		if (length == 0 || length >= this.byLength.length) {
			return false;
		}
		byte[] packed = this.byLength[length];
		int low = 0;
		int high = packed.length / length - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int order = compare(packed, middle * length, word);
			if (order < 0) {
				low = middle + 1;
			}
			else if (order > 0) {
				high = middle - 1;
			}
			else {
				return true;
			}
		}
		return false;
	}

	/** The packed word at {@code start} against the word of the same length, in {@link String#compareTo} order. */
	private static int compare(byte[] packed, int start, String word) {
		for (int i = 0; i < word.length(); i++) {
			int difference = (packed[start + i] & 0xFF) - word.charAt(i);
			if (difference != 0) {
				return difference;
			}
		}
		return 0;
	}

	/**
	 * Whether any word of the given length passes the test. The test sees each word through one reused view: it must
	 * not keep it (call {@code toString()} for a copy).
	 */
	public boolean anyOfLength(int length, Predicate<CharSequence> test) {
		if (length > 0 && length < this.byLength.length) {
			byte[] packed = this.byLength[length];
			View view = new View(packed, length);
			for (int start = 0; start < packed.length; start += length) {
				view.start = start;
				if (test.test(view)) {
					return true;
				}
			}
		}
		for (String word : this.wide) {
			if (word.length() == length && test.test(word)) {
				return true;
			}
		}
		return false;
	}

	/** One packed word, read in place. */
	private static final class View implements CharSequence {

		private final byte[] packed;

		private final int length;

		private int start;

		View(byte[] packed, int length) {
			this.packed = packed;
			this.length = length;
		}

		@Override
		public int length() {
			return this.length;
		}

		@Override
		public char charAt(int index) {
			if (index < 0 || index >= this.length) {
				throw new IndexOutOfBoundsException(index);
			}
			return (char) (this.packed[this.start + index] & 0xFF);
		}

		@Override
		public CharSequence subSequence(int from, int to) {
			return toString().subSequence(from, to);
		}

		@Override
		public String toString() {
			return new String(Arrays.copyOfRange(this.packed, this.start, this.start + this.length),
					StandardCharsets.ISO_8859_1);
		}

	}

}
