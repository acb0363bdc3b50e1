package com.clinicfaq.chatbot.transcripts;

/**
 * Counts the characters regular expressions read from a text and stops them, by throwing {@link Exhausted}, once a
 * budget is spent. {@link java.util.regex.Matcher} reads its input only through {@link CharSequence#charAt}, so this
 * bounds the work of any pattern, even one that would backtrack catastrophically, without a clock or a thread.
 * Not thread-safe: one budget per redaction.
 */
final class ReadBudget {

	private final long limit;

	private long reads;

	ReadBudget(long limit) {
		this.limit = limit;
	}

	CharSequence wrap(String text) {
		return new Counted(text);
	}

	long reads() {
		return this.reads;
	}

	private final class Counted implements CharSequence {

		private final String text;

		Counted(String text) {
			this.text = text;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public char charAt(int index) {
			if (++ReadBudget.this.reads > ReadBudget.this.limit) {
				throw new Exhausted();
			}
			return this.text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return this.text.substring(start, end);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

	/**
	 * The budget is spent; no stack trace, as it is an expected outcome, not a bug.
	 */
	static final class Exhausted extends RuntimeException {

		Exhausted() {
			super("read budget exhausted", null, false, false);
		}

	}

}
