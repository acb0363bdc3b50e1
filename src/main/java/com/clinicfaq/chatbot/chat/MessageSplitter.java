package com.clinicfaq.chatbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a visitor's message into sentences and finds its questions, so that a long story followed by a question is
 * understood on the question and two questions in one message can both be answered.
 */
final class MessageSplitter {

	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n+\\s*|(?<=\\?)(?=\\S)");

	/** "..., and can I drive after?": a second question joined by "and" / "also" / "plus". */
	private static final Pattern JOINED_QUESTION = Pattern.compile(
			"(?i)[,;]?\\s+(?:and|n|also|plus|&)\\s+(?:also\\s+)?(?=(?:what|how|when|where|why|who|which|can|could|do|does|"
					+ "did|is|are|will|would|should|may|am|any)\\b)");

	private static final Pattern QUESTION_START = Pattern.compile(
			"(?i)^(?:so|and|but|also|ok|okay|well|hi|hey|hello|um|oh)?[, ]*(?:what|what's|whats|how|when|where|why|who|"
					+ "which|can|could|do|does|did|is|are|will|would|should|may|am|any|anything|wat|hw|wht)\\b.*");

	private static final Pattern QUESTION_CUE = Pattern.compile(
			"(?i)\\b(?:i (?:want|need|would like|'d like|wanted) to know|i(?:'m| am)? wonder(?:ing)?|wondering|"
					+ "tell me|can you (?:tell|explain)|my question is|question:)\\b");

	private MessageSplitter() {
	}

	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String part : SENTENCE_BREAK.split(text.strip())) {
			for (String clause : JOINED_QUESTION.split(part)) {
				String stripped = clause.strip();
				if (!stripped.isEmpty()) {
					sentences.add(stripped);
				}
			}
		}
		return sentences;
	}

	/**
	 * The sentences that ask something, in order.
	 */
	static List<String> questions(List<String> sentences) {
		return sentences.stream().filter(MessageSplitter::isQuestion).toList();
	}

	static boolean isQuestion(String sentence) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		return lower.endsWith("?") || QUESTION_START.matcher(lower).matches() || QUESTION_CUE.matcher(lower).find();
	}

}
