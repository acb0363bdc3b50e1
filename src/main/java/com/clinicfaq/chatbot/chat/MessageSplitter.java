package com.clinicfaq.chatbot.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a visitor's message into sentences and finds its questions, so that a long story followed by a question is
 * understood on the question and two questions in one message can both be answered.
 */
final class MessageSplitter {

	/**
	 * Where a sentence ends: after a mark and a space, at a line break, or right after a question mark that a word
	 * follows ("how much?and the spray"); doubled marks ("is that permanent??", "really?!") end one sentence. A dash
	 * with a space on each side between words ends one too ("and the nasal spray - is that one approved?"), not one
	 * between numbers ("2 - 3 hours") or inside a word ("follow-up").
	 */
	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;:])\\s+|\\s*\\n+\\s*|(?<=\\?)(?=[^\\s?!.])"
			+ "|\\s+(?=[1-9][).]\\s)|(?<=\\p{L})\\s+[-\\u2013\\u2014]{1,2}\\s+(?=\\p{L})");

	/** "1) how long is a session 2) ...": the number that opens an item of a list, dropped from its sentence. */
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern LIST_NUMBER = Pattern.compile("^[1-9][).]\\s+");

	/**
	 * "how much does it cost how long does it last": a second question run on without a mark, opened by a question
	 * word and a verb ("how long does", "what is", "when can"). Split only when what comes before is itself a question of
	 * at least three words and the word before is no verb or preposition that embeds the question ("do you know what
	 * is ...", "tell me how much it is").
	 */
	private static final Pattern RUN_ON_QUESTION = Pattern.compile(
			"(?i)(?<=[a-z0-9])\\s+(?=(?:how|what|whats|when|where|why|which|who)(?:\\s+(?:long|much|many|often|soon|fast|old|"
					+ "else))?\\s+(?:is|are|does|do|did|can|could|will|would|should|was|were)\\b)");

	private static final Pattern EMBEDS_QUESTION = Pattern.compile("(?i).*\\b(?:know|tell|told|ask|asking|asked|wonder|"
			+ "wondering|explain|about|on|sure|idea|understand|see|decide|figure|out|me|us|learn|curious|and|or|but|so|of|"
			+ "is|what|how|no|matter|regardless|find|show|clear|unclear|depends|depend)$");

	/**
	 * "..., and can I drive after?": a second question joined by "and" / "also" / "plus" / "+". A verb that goes on
	 * the sentence before ("I live alone and would have to arrange rides", "it helped and did not last") starts no
	 * question: a modal or "do" / "is" followed by "have", "be", "not" and the like is left joined.
	 */
	private static final Pattern JOINED_QUESTION = Pattern.compile(
			"(?i)[,;]?\\s+(?:and|n|also|plus|&|\\+)\\s+(?:also\\s+)?(?=(?:if|whether|what|whats|wat|how|hw|when|where|why|who|"
					+ "which|any)\\b|(?:can|could|do|does|did|is|are|will|would|should|may|am)\\b(?!\\s+(?:have|has|had|be|been|"
					+ "not|never|always|still|really|probably|just|only|also|get|got|go|make|help|feel|take|keep|need)\\b))");

	/**
	 * "which ones are common, and I can drive after?", "what is ketamine and it is legal?": a second question asked in
	 * statement order (a pronoun and a modal verb, or a short "it is ..." that ends the sentence), as many visitors
	 * writing in a second language do. Split only when what comes before is itself a question and the sentence ends
	 * with a question mark, so "I take lithium and I can't stop it" stays whole.
	 */
	private static final Pattern STATEMENT_ORDER_QUESTION = Pattern.compile(
			"(?i)[,;]?\\s+(?:and|n|also|plus|&)\\s+(?:also\\s+)?(?=(?:i|we|you|he|she|they|it|my \\w+)\\s+"
					+ "(?:can|could|should|will|would|may|must|need|have to|has to|am allowed|is allowed)\\b"
					+ "|(?:it|this|that)\\s+is\\s+\\w+(?:\\s+\\w+){0,4}\\s*\\?+\\s*$)");

	/**
	 * "what happens in a session, how long does it take?": two questions spliced with a comma. Split only when what
	 * comes before is itself a question of at least three words, so "if I have anxiety, can I still come?" stays whole.
	 */
	private static final Pattern COMMA_SPLICE = Pattern.compile(
			"(?i),\\s+(?=(?:what|how|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should)\\s)");

	/**
	 * "tell me about the side effects and the cost": one request for two things, each a short noun phrase with its
	 * own determiner; read as the same request about each.
	 */
	private static final Pattern TWO_THINGS = Pattern.compile(
			"(?i)^((?:tell me about|what about|how about|info on|information on|explain|(?:can you )?tell me|"
					+ "i (?:want|wanna|need|would like|'d like) to know(?: about)?|i(?:'m| am) asking about)\\s+)"
					+ "(.+?)\\s+(?:and|&|plus)\\s+(?:also\\s+)?(?:about\\s+)?((?:the|your|any|its)\\s+\\S+(?:\\s+\\S+)?)"
					+ "\\s*[?.!]*$");

	/** "the difference between the spray and the infusion": one question about two things, not two questions. */
	private static final Pattern RELATES_TWO = Pattern.compile(
			"(?i)\\b(?:between|difference|differences|compare|comparing|mix|mixing|combine|combining|vs|versus|with)\\b");

	private static final Pattern QUESTION_START = Pattern.compile(
			"(?i)^(?:so|and|n|but|also|plus|ok|okay|well|hi|hey|hello|um|oh)?[, ]*(?:what|what's|whats|how|when|where|why|who|"
					+ "which|can|could|do|does|did|is|are|will|would|should|may|am|any|anything|wat|hw|wht)\\b.*");

	private static final Pattern QUESTION_CUE = Pattern.compile(
			"(?i)\\b(?:i (?:really |actually |just |also |still )?(?:want|need|would like|'d like|would love|'d love|wanted) "
					+ "to know|i(?:'m| am)? wonder(?:ing)?|wondering|curious|tell me|can you (?:tell|explain)|"
					+ "my (?:main |real |actual |big |only )?question is|question:)\\b");

	/** "can I drive after question mark": punctuation a voice typing app wrote out as words. */
	private static final Pattern SPOKEN_QUESTION_MARK = Pattern.compile("(?i)\\s*\\bquestion mark\\b");

	private static final Pattern SPOKEN_FULL_STOP = Pattern.compile("(?i)\\s*\\bfull stop\\b");

	private static final Pattern SPOKEN_COMMA = Pattern.compile("(?i)\\s+comma\\b");

	private MessageSplitter() {
	}

	/**
	 * The message with punctuation written out by voice typing ("question mark", "full stop", "comma") as the marks
	 * themselves, so that its sentences and questions are found; any other message unchanged.
	 */
	static String punctuationSpelledOut(String text) {
		if (!containsIgnoringCase(text, "question mark")
				&& !containsIgnoringCase(text, "full stop") && !containsIgnoringCase(text, " comma")) {
			return text;
		}
		String marked = SPOKEN_QUESTION_MARK.matcher(text).replaceAll("?");
		marked = SPOKEN_FULL_STOP.matcher(marked).replaceAll(".");
		return SPOKEN_COMMA.matcher(marked).replaceAll(",").strip();
	}

	private static boolean containsIgnoringCase(String text, String part) {
		return text.toLowerCase(Locale.ROOT).contains(part);
	}

	/**
	 * The message's sentences, and the clauses of a sentence that joins two questions with "and", "also", "plus".
	 */
	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (List<String> clauses : clausesOfSentences(text)) {
			sentences.addAll(clauses);
		}
		return sentences;
	}

	/**
	 * The parts of the message that ask something, in order: a sentence that is a question, and every clause of a
	 * sentence that joins two questions ("so, what should I avoid after, and also can I have coffee before").
	 */
	static List<String> questions(String text) {
		return asked(text).stream().map(Question::text).toList();
	}

	/**
	 * The questions of the message, each with whether it is a clause joined to another question in one sentence.
	 */
	static List<Question> asked(String text) {
		List<Question> questions = new ArrayList<>();
		String previous = null;
		for (List<String> clauses : clausesOfSentences(text)) {
			if (clauses.size() > 1) {
				clauses.forEach((clause) -> questions.add(new Question(clause, true)));
			}
			else if (isQuestion(clauses.get(0))) {
				String question = clauses.get(0);
				// "... others say it's once a month. Which is it?": a bare question asks about the sentence before it
				boolean bare = previous != null && BARE_QUESTION.matcher(question).matches();
				questions.add(new Question(bare ? previous + " " + question : question, false));
			}
			previous = String.join(" ", clauses);
		}
		return questions;
	}

	/** "Which is it?", "Is it really?", "Is that true?": a question with nothing of its own to ask about. */
	private static final Pattern BARE_QUESTION = Pattern.compile("(?i)^(?:so|but|and|ok|okay|wait|hmm|well)?[, ]*"
			+ "(?:which|what|is|was|are|does|do|isn't|isnt)\\s+(?:is\\s+|was\\s+)?(?:it|that|this|they|true|right|so)"
			+ "(?:\\s+(?:true|right|correct|really|real|then|now|accurate|so))?\\s*[?!.]*$");

	/**
	 * "side effects + cost?", "price and insurance?": two topics named with nothing else, each asked about.
	 */
	private static final Pattern TWO_TOPICS = Pattern.compile(
			"(?i)^([a-z][a-z' -]{1,30}?)\\s*(?:\\+|&|\\band\\b|/)\\s*([a-z][a-z' -]{1,30}?)\\s*\\?+$");

	private static final Pattern ASKS_ITSELF = Pattern.compile(
			"(?i)\\b(?:what|how|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|ketamine|"
					+ "ketamines|it|i|my)\\b");

	/**
	 * One question of a message.
	 * @param text its words
	 * @param joined whether it was joined to another question in one sentence ("..., and what side effects it has?"):
	 * such a clause shares its sentence's subject, while a separate sentence after a question often only elaborates
	 * on it ("what about the troches?", "both the same?")
	 */
	record Question(String text, boolean joined) {
	}

	/**
	 * The message from its first sentence that is not a lead-in ("Thanks! And what about the spray?" gives "And what
	 * about the spray?"); the whole message when no sentence leads in, empty when every sentence does.
	 */
	static String withoutLeadIns(String text, Predicate<String> leadIn) {
		return withoutLeadInsAndAsides(text, leadIn, (sentence) -> false);
	}

	/**
	 * As {@link #withoutLeadIns}, and without the sentences at its end that {@code aside} accepts ("Even for someone
	 * who's 70? My mom is asking." gives "Even for someone who's 70?"); at least one sentence after the lead-ins stays.
	 */
	static String withoutLeadInsAndAsides(String text, Predicate<String> leadIn, Predicate<String> aside) {
		String[] parts = SENTENCE_BREAK.split(text.strip());
		int first = 0;
		while (first < parts.length && leadIn.test(parts[first])) {
			first++;
		}
		int last = parts.length;
		while (last > first + 1 && aside.test(parts[last - 1])) {
			last--;
		}
		return String.join(" ", Arrays.asList(parts).subList(first, last)).strip();
	}

	private static List<List<String>> clausesOfSentences(String text) {
		List<List<String>> sentences = new ArrayList<>();
		for (String part : SENTENCE_BREAK.split(text.strip())) {
			List<String> clauses = new ArrayList<>();
			for (String clause : JOINED_QUESTION.split(LIST_NUMBER.matcher(part).replaceFirst(""))) {
				String stripped = clause.strip();
				if (!stripped.isEmpty()) {
					for (String ranOn : runOn(stripped)) {
						clauses.addAll(clauses(ranOn));
					}
				}
			}
			if (!clauses.isEmpty()) {
				sentences.add(clauses);
			}
		}
		return sentences;
	}

	private static List<String> clauses(String clause) {
		Matcher twoTopics = TWO_TOPICS.matcher(clause);
		if (twoTopics.matches() && words(clause) <= 7 && !ASKS_ITSELF.matcher(clause).find()
				&& !RELATES_TWO.matcher(clause).find()) {
			return List.of(twoTopics.group(1).strip() + "?", twoTopics.group(2).strip() + "?");
		}
		Matcher twoThings = TWO_THINGS.matcher(clause);
		if (twoThings.matches() && !RELATES_TWO.matcher(twoThings.group(2)).find()) {
			return List.of(twoThings.group(1) + twoThings.group(2), twoThings.group(1) + twoThings.group(3));
		}
		List<String> clauses = new ArrayList<>();
		for (String spliced : commaSpliced(clause)) {
			clauses.addAll(inStatementOrder(spliced));
		}
		return clauses;
	}

	/** How many words {@code text} has: its parts between runs of white space, as {@code String.split} counts them. */
	private static int words(String text) {
		return WHITESPACE.split(text).length;
	}

	private static List<String> runOn(String clause) {
		Matcher join = RUN_ON_QUESTION.matcher(clause);
		if (!join.find()) {
			return List.of(clause);
		}
		String first = clause.substring(0, join.start()).strip();
		String second = clause.substring(join.end()).strip();
		if (words(first) < 3 || words(second) < 3 || !startsAsQuestion(first)
				|| EMBEDS_QUESTION.matcher(first).matches()) {
			return List.of(clause);
		}
		List<String> clauses = new ArrayList<>(List.of(first));
		clauses.addAll(runOn(second));
		return clauses;
	}

	private static List<String> commaSpliced(String clause) {
		Matcher splice = COMMA_SPLICE.matcher(clause);
		if (!splice.find()) {
			return List.of(clause);
		}
		String first = clause.substring(0, splice.start()).strip();
		String second = clause.substring(splice.end()).strip();
		if (words(first) < 3 || second.isEmpty() || !startsAsQuestion(first)) {
			return List.of(clause);
		}
		return List.of(first, second);
	}

	private static List<String> inStatementOrder(String clause) {
		Matcher join = STATEMENT_ORDER_QUESTION.matcher(clause);
		if (!clause.endsWith("?") || !join.find()) {
			return List.of(clause);
		}
		String first = clause.substring(0, join.start()).strip();
		String second = clause.substring(join.end()).strip();
		if (first.isEmpty() || second.isEmpty() || !startsAsQuestion(first)) {
			return List.of(clause);
		}
		return List.of(first, second);
	}

	private static boolean startsAsQuestion(String clause) {
		return QUESTION_START.matcher(clause.toLowerCase(Locale.ROOT)).matches();
	}

	static boolean isQuestion(String sentence) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		return lower.endsWith("?") || QUESTION_START.matcher(lower).matches() || QUESTION_CUE.matcher(lower).find();
	}

}
