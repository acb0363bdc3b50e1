package com.clinicfaq.chatbot.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises a message that only makes sense after the previous turn: "what about lithium?", "is it the same for the
 * injection?", "does that include the first consult?", "how long does that feeling last?".
 */
final class FollowUp {

	private static final Set<String> REFERENCES = Set.of("it", "that", "this", "those", "these", "same", "they",
			"them", "there", "then", "also", "too", "instead", "either", "one", "ones", "thing", "stuff");

	/**
	 * "He will remember it?": someone the previous message spoke of, pointed back at in a short follow-up (a longer
	 * question about him or her is usually a question of its own).
	 */
	private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her");

	private static final int THIRD_PERSON_WORDS = 6;

	private static final Set<String> OPENERS = Set.of("and", "but", "so", "also", "what", "how", "or", "plus",
			"same", "ok", "okay");

	/** The forms and other things a follow-up swaps in while asking the same question. */
	private static final Set<String> ENTITIES = Set.of("intravenous", "intramuscular", "injection", "injections",
			"shot", "shots", "spray", "nasal", "esketamine", "troche", "tablet", "tablets", "pill", "pills", "oral",
			"infusion", "lithium", "lamotrigine", "ssri", "ssris", "benzodiazepines", "benzos", "xanax", "zoloft",
			"lexapro", "prozac", "wellbutrin", "adderall", "alcohol", "weed", "cannabis", "marijuana", "consult",
			"consultation", "first", "booster", "boosters", "maintenance", "home", "kids", "teens", "elderly");

	/** "are they worse with the shot?": a comparison asks the same question about the other thing. */
	private static final Set<String> COMPARATIVES = Set.of("worse", "better", "different", "differ", "stronger",
			"weaker", "faster", "slower", "longer", "shorter", "cheaper", "more", "less", "safer", "riskier");

	/** Conditions a follow-up swaps in; the catalog has intents about some of them. */
	private static final Set<String> CONDITIONS = Set.of("depression", "anxiety", "ptsd", "ocd", "pain", "bipolar",
			"migraine", "migraines", "fibromyalgia", "trauma", "suicidal", "postpartum", "addiction", "alcoholism",
			"eating", "adhd", "autism", "insomnia");

	private static final Set<String> QUALIFIERS = Set.of("even", "only", "still", "especially", "unless", "except",
			"including", "excluding", "regardless");

	/**
	 * Chat spellings of the little words a follow-up turns on ("n the shot?", "wat abt the spray", "do thay go away",
	 * "how long do thos last"),
	 * read as the words they stand for; the classifier's own normalizer leaves them alone.
	 */
	private static final Map<String, String> CHAT_SPELLINGS = Map.ofEntries(Map.entry("n", "and"),
			Map.entry("an", "and"), Map.entry("nd", "and"), Map.entry("wat", "what"), Map.entry("wht", "what"),
			Map.entry("wut", "what"), Map.entry("whta", "what"), Map.entry("waht", "what"), Map.entry("abt", "about"),
			Map.entry("bout", "about"), Map.entry("abut", "about"), Map.entry("hw", "how"), Map.entry("thay", "they"),
			Map.entry("dey", "they"), Map.entry("dem", "them"), Map.entry("thm", "them"), Map.entry("dat", "that"),
			Map.entry("tht", "that"), Map.entry("dis", "this"), Map.entry("ths", "this"), Map.entry("tho", "though"),
			Map.entry("thos", "those"), Map.entry("thoes", "those"), Map.entry("thse", "these"),
			Map.entry("theese", "these"), Map.entry("thier", "their"), Map.entry("tey", "they"),
			Map.entry("2", "too"), Map.entry("aswell", "also"));

	/** Words that open a question: a fragment without one is the previous question cut short ("per session?"). */
	private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "when", "where", "why", "who", "which",
			"can", "could", "do", "does", "did", "is", "are", "will", "would", "should", "may", "am", "was", "were",
			"has", "have", "i", "my");

	/** The intent of a condition the catalog answers on its own; any other condition is in the list of conditions. */
	private static final Map<String, String> CONDITION_INTENT = Map.ofEntries(Map.entry("depression", "depression"),
			Map.entry("anxiety", "anxiety"), Map.entry("ptsd", "ptsd"), Map.entry("trauma", "ptsd"),
			Map.entry("pain", "chronic_pain"), Map.entry("fibromyalgia", "chronic_pain"),
			Map.entry("migraine", "chronic_pain"), Map.entry("migraines", "chronic_pain"));

	private static final String CONDITIONS_TREATED = "conditions_treated";

	/** Words that may stand beside a condition's bare name: "ocd too", "chronic migraines", "bipolar depression". */
	private static final Set<String> BARE_CONDITION_WORDS = Set.of("too", "also", "chronic", "severe", "bad", "my",
			"for", "the", "disorder");

	/** "how long do they last?", "does that feeling go away?": the effects just described, not ketamine itself. */
	private static final Set<String> EFFECT_REFERENCES = Set.of("they", "them", "those", "these", "their", "feeling",
			"feelings", "symptoms");

	private FollowUp() {
	}

	/**
	 * The tokens with chat spellings of the follow-up's little words read as those words ("n the iv?" → "and the
	 * intravenous"), and "as well" as "also".
	 */
	static List<String> canonical(List<String> tokens) {
		List<String> canonical = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.equals("as") && i + 1 < tokens.size() && tokens.get(i + 1).equals("well")) {
				canonical.add("also");
				i++;
				continue;
			}
			// "2" is "too" only at the end ("n the spray 2?"), never a number inside the question
			boolean number = token.equals("2") && i < tokens.size() - 1;
			canonical.add(number ? token : CHAT_SPELLINGS.getOrDefault(token, token));
		}
		return canonical;
	}

	/** Pronouns that carry the previous answer's topic into the follow-up ("how long do those last?"). */
	private static final Set<String> PRONOUNS = Set.of("it", "it's", "its", "that", "that's", "this", "those",
			"these", "they", "they're", "them", "their");

	private static final Set<String> CORRECTION_OPENERS = Set.of("no", "nope", "nah", "sorry", "oh", "um", "uh", "well",
			"actually", "i", "was", "am", "i'm", "im");

	private static final Set<String> TURN_DOWNS = Set.of("no", "nope", "nah", "sorry", "oh", "actually");

	private static final Set<String> CORRECTION_VERBS = Set.of("mean", "meant", "asking", "asked", "talking");

	/**
	 * Whether the message points back at the previous turn.
	 */
	static boolean refersBack(List<String> tokens) {
		if (tokens.isEmpty() || changesSubject(tokens)) {
			return false;
		}
		if (tokens.size() > 12) {
			// "and what about the nasal spray version I read about in the paper?" names what changes first; "and with
			// the nasal spray, is it about the same amount of time?" asks for the same again
			return tokens.size() <= 16
					&& (opensWithWhatAbout(tokens) || (startsWith(tokens, "and") && tokens.contains("same")));
		}
		if (corrects(tokens) || qualifies(tokens) || asksPriorTreatments(tokens)) {
			// "what do I need to have tried before": before the treatment just talked about
			return true;
		}
		if (tokens.size() <= 3 || !whyOf(tokens).isEmpty() || asksOnlyHowLong(tokens) || asksOnlyHowOften(tokens)) {
			// "for how many hours?": how long the thing just answered takes, which names nothing
			return true;
		}
		if (startsWith(tokens, "what", "about") || startsWith(tokens, "how", "about") || startsWith(tokens, "and")
				|| startsWith(tokens, "what", "if") || startsWith(tokens, "same")) {
			return true;
		}
		if (forSessions(tokens)) {
			// "for the whole series?", "for all six sessions?": the previous question, for those sessions
			return true;
		}
		for (int i = 0; i < tokens.size(); i++) {
			boolean here = tokens.get(i).equals("this") && i + 1 < tokens.size() && HERE_AND_NOW.contains(tokens.get(i + 1));
			if (REFERENCES.contains(tokens.get(i)) && !here) {
				return true;
			}
		}
		return tokens.size() <= THIRD_PERSON_WORDS && tokens.stream().anyMatch(THIRD_PERSON::contains);
	}

	/**
	 * Words after "this" that point at the visitor's own here and now ("is bitcoin going up this week", "where can I
	 * park in this city"), not back at the previous answer; "that night", "that morning" do point back (the day of the
	 * session just spoken of).
	 */
	private static final Set<String> HERE_AND_NOW = Set.of("week", "weekend", "month", "year", "summer", "winter",
			"spring", "autumn", "city", "town", "area", "country", "state", "neighborhood", "neighbourhood");

	/**
	 * Whether the follow-up asks the previous question again about something else: another form of ketamine, a named
	 * medicine, the consultation ("is it the same for the injection?", "what about lithium?").
	 */
	static boolean swapsEntity(List<String> tokens, boolean namesOtherTopic) {
		boolean instead = asksInstead(tokens);
		if (tokens.size() > 9) {
			// "and what of the nasal spray I have seen advertised?": however long, it only names what changes; "and if I
			// had the injection instead of the drip?" says so, and so does "and with the spray, is it about the same
			// amount of time?" (opened as a follow-up, asking for the same again)
			return tokens.size() <= 16 && names(tokens)
					&& ((opensWithWhatAbout(tokens) && asksNothingAfterOpener(tokens))
							|| (instead && tokens.size() <= INSTEAD_WORDS)
							|| (OPENERS.contains(tokens.get(0)) && tokens.contains("same")));
		}
		boolean opener = OPENERS.contains(tokens.get(0)) || tokens.contains("same") || tokens.contains("include")
				|| tokens.contains("includes") || tokens.contains("too") || tokens.contains("also") || instead
				|| (carriesTopic(tokens) && tokens.stream().anyMatch(COMPARATIVES::contains));
		boolean entity = namesOtherTopic || names(tokens);
		return opener && entity;
	}

	/** A side of the session in time. */
	enum Side {

		/** "and before?": getting ready. */
		BEFORE,

		/** "and after?": recovering. */
		AFTER

	}

	private static final Set<String> BEFORE_WORDS = Set.of("before", "beforehand", "prior");

	private static final Set<String> AFTER_WORDS = Set.of("after", "afterwards", "afterward", "afterwords");

	/**
	 * Words that may stand around the time word of "and after?", "what about afterwards", "after the session?", "and
	 * the day after?".
	 */
	private static final Set<String> SIDE_FILLERS = Set.of("and", "what", "about", "how", "so", "but", "then", "the",
			"a", "session", "sessions", "infusion", "infusions", "treatment", "treatments", "appointment", "it", "that",
			"one", "too", "also", "day", "days", "night", "morning", "evening");

	/** Words that count or group sessions: "the whole series", "all six", "each booster", "a package". */
	private static final Set<String> SESSION_QUANTITIES = Set.of("series", "course", "sessions", "session", "package",
			"bundle", "whole", "all", "each", "every", "entire", "full", "round", "rounds", "booster", "boosters",
			"infusions", "infusion", "treatments", "treatment", "month", "year", "plan");

	/**
	 * "for the whole series?", "and for all six sessions?", "for each booster": the previous question asked again of a
	 * number or group of sessions (after the price: the price of those).
	 */
	static boolean forSessions(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		return rest.size() >= 2 && rest.size() <= 6 && rest.get(0).equals("for")
				&& rest.stream().noneMatch(QUESTION_WORDS::contains) && rest.stream().anyMatch(SESSION_QUANTITIES::contains);
	}

	/**
	 * "and after, when can I eat?", "and afterwards can i drink coffee": a short question that opens with a side of the
	 * session in time (after a joining word) and then asks its own question about that side.
	 */
	static Optional<Side> opensWithSide(List<String> tokens) {
		if (tokens.size() < 3 || tokens.size() > 12) {
			return Optional.empty();
		}
		int start = JOINING_OPENERS.contains(tokens.get(0)) ? 1 : 0;
		String word = tokens.get(start);
		boolean before = BEFORE_WORDS.contains(word);
		if (!before && !AFTER_WORDS.contains(word)) {
			return Optional.empty();
		}
		// "and after, when ...": the side stands alone before the question ("after that", "after the session" too)
		int next = start + 1;
		while (next < tokens.size() && SIDE_NAMES.contains(tokens.get(next))) {
			next++;
		}
		boolean asks = next < tokens.size() - 1
				&& (WONDERS.contains(tokens.get(next)) || ASKING_VERBS.contains(tokens.get(next)));
		return asks ? Optional.of(before ? Side.BEFORE : Side.AFTER) : Optional.empty();
	}

	/** Words that may follow the time word before the question: "after that, ...", "after the session, ...". */
	private static final Set<String> SIDE_NAMES = Set.of("that", "the", "it", "session", "infusion", "treatment");

	/** Verbs a yes-or-no question opens with: "can I eat?", "should I fast?", "is it ok to nap?". */
	private static final Set<String> ASKING_VERBS = Set.of("can", "could", "should", "do", "does", "is", "are", "will",
			"may");

	/**
	 * "and after?", "what about afterwards", "before the session?": the previous question cut short to the other side
	 * of the session in time, and nothing else.
	 */
	static Optional<Side> asksSideOfSession(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > 5) {
			return Optional.empty();
		}
		boolean before = tokens.stream().anyMatch(BEFORE_WORDS::contains);
		boolean after = tokens.stream().anyMatch(AFTER_WORDS::contains);
		boolean nothingElse = tokens.stream()
			.allMatch((token) -> SIDE_FILLERS.contains(token) || BEFORE_WORDS.contains(token) || AFTER_WORDS.contains(token));
		if (!nothingElse || before == after) {
			return Optional.empty();
		}
		return Optional.of(before ? Side.BEFORE : Side.AFTER);
	}

	/** The longest follow-up that "instead" makes the previous question about something else. */
	private static final int INSTEAD_WORDS = 14;

	/**
	 * "and if I had the injection instead of the drip?", "would they cover the spray instead?": "instead" in a follow-up
	 * that opens as one ("and", "what", "or" ...) or carries the previous topic with a pronoun asks the previous question
	 * about what it names; "can I do the spray instead?", with neither, may ask something of its own (whether that form
	 * is an option).
	 */
	static boolean asksInstead(List<String> tokens) {
		return tokens.contains("instead") && (OPENERS.contains(tokens.get(0)) || carriesTopic(tokens));
	}

	/** Words that ask a question of their own after "what about X" ("what about the spray, how is it given?"). */
	private static final Set<String> ASKING = Set.of("what", "how", "when", "where", "why", "who", "which", "can",
			"could", "do", "does", "did", "is", "are", "will", "would", "should");

	private static boolean asksNothingAfterOpener(List<String> tokens) {
		int opener = (tokens.get(0).equals("and")) ? 3 : 2;
		return tokens.subList(opener, tokens.size()).stream().noneMatch(ASKING::contains);
	}

	/**
	 * Whether the follow-up names one of {@link #ENTITIES}; "home" only as "at home" ("can I drive home after?"), and a
	 * form only when it is not counted ("how many infusions does that take?" asks a question of its own).
	 */
	private static boolean names(List<String> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (ENTITIES.contains(token) && (!token.equals("home") || (i > 0 && tokens.get(i - 1).equals("at")))
					&& !counted(tokens, i)) {
				return true;
			}
		}
		return false;
	}

	/** Words that count what follows them: "how many infusions", "each shot", "per session". */
	private static final Set<String> COUNTING = Set.of("many", "each", "per", "every", "several", "few", "number");

	/** Whether the word at {@code i} is counted ("how many infusions", "each of the shots") rather than named. */
	private static boolean counted(List<String> tokens, int i) {
		return (i > 0 && COUNTING.contains(tokens.get(i - 1)))
				|| (i > 2 && COUNTING.contains(tokens.get(i - 3)) && tokens.get(i - 2).equals("of"));
	}

	/**
	 * Words that say the follow-up asks the previous question again ("same for the shot?", "the spray too?", "does that
	 * include the consult?"): with one of them, or cut short to what changes ("what about the spray?", "and the IV?"), a
	 * follow-up that names another form is the same question about it, however its own words read.
	 */
	private static final Set<String> SAME_AGAIN = Set.of("same", "too", "also", "either", "include", "includes",
			"included", "including", "instead", "likewise", "similar", "different", "differ", "as");

	/**
	 * Whether the follow-up says in so many words that it asks the previous question again, or is that question cut
	 * short ("what about the spray?", "and the IV?", "spray?"), rather than a question of its own that happens to name a
	 * form ("how many infusions does it take?", "what does it feel like during the infusion?").
	 */
	static boolean asksAgain(List<String> tokens) {
		return tokens.stream().anyMatch(SAME_AGAIN::contains) || tokens.stream().anyMatch(COMPARATIVES::contains)
				|| elliptical(tokens) || opensWithWhatAbout(tokens) || bareForm(tokens) || qualifies(tokens)
				|| swapsWithoutQuestion(tokens);
	}

	/**
	 * "and if I get boosters?", "what if it's the shot?": what changes, after "and" or "what if", with no question of
	 * its own.
	 */
	private static boolean swapsWithoutQuestion(List<String> tokens) {
		int opener = startsWith(tokens, "and", "what", "if") ? 3
				: (startsWith(tokens, "what", "if") || startsWith(tokens, "and", "if")) ? 2 : startsWith(tokens, "and") ? 1 : 0;
		if (opener == 0 || tokens.size() == opener || tokens.size() - opener > 6) {
			return false;
		}
		// "and does it hurt?", "and how many ...": a question of its own; "what if it's the spray": what changes
		List<String> rest = tokens.subList(opener, tokens.size());
		return !ASKING.contains(rest.get(0)) && rest.stream().noneMatch(WH_WORDS::contains);
	}

	private static final Set<String> WH_WORDS = Set.of("what", "how", "when", "where", "why", "who", "which");

	/**
	 * "does that include the monitoring after?", "is the consult included in that?": whether what was just answered (a
	 * price, a length) covers something, the same question again.
	 */
	static boolean asksWhatIsIncluded(List<String> tokens) {
		return tokens.size() <= 10 && carriesTopic(tokens) && tokens.stream()
			.anyMatch((token) -> token.equals("include") || token.equals("includes") || token.equals("included")
					|| token.equals("including"));
	}

	/** Words that ask whether a harm lasts for good ("is that permanent?", "can it be reversed?"). */
	private static final Set<String> LASTING = Set.of("permanent", "permanently", "irreversible", "reversible",
			"reversed", "reverse", "forever", "lifelong", "lasting");

	/**
	 * "is that permanent??", "can the damage be reversed?", "are any of them forever?": whether something just described
	 * stays for good.
	 */
	static boolean asksWhetherLasting(List<String> tokens) {
		return tokens.size() <= 12 && tokens.stream().anyMatch(LASTING::contains);
	}

	/** Words that say something works: "how come it works", "why does it help", "why is it so fast". */
	private static final Set<String> WORKING = Set.of("work", "works", "worked", "working", "help", "helps", "helped",
			"helping", "act", "acts", "fast", "faster", "quick", "quicker", "quickly", "effective", "better");

	/**
	 * "how come it works when pills didn't?", "why does it act so fast?": a question why ketamine works, which is how it
	 * works. Not "why didn't it work for me?" (a negation asks about one person's treatment).
	 */
	static boolean asksWhyItWorks(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		boolean why = startsWith(rest, "why") || startsWith(rest, "how", "come") || startsWith(rest, "what", "makes");
		// "why did it not work for me?", "why does it not help": a negation right after the question word asks why it
		// failed; "how come it works when pills did not" only says what else failed
		List<String> opening = rest.subList(0, Math.min(rest.size(), 4));
		return why && rest.size() <= 16 && rest.stream().anyMatch(WORKING::contains) && !opening.contains("not")
				&& !opening.contains("never");
	}

	/** Words a visitor asks which of several forms the clinic gives with ("which one do you do most?"). */
	private static final Set<String> PRACTICE = Set.of("do", "does", "offer", "offers", "provide", "provides",
			"often", "usually", "common", "commonly", "popular", "recommend", "recommended", "suggest", "prefer",
			"preferred", "available", "typical", "standard");

	/**
	 * "which one do you do most often?", "which of them do you offer?", "which is more common here?": which of the forms
	 * just compared the clinic gives or recommends.
	 */
	static boolean asksWhichFormGiven(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		return startsWith(rest, "which") && rest.size() <= 12 && rest.stream().skip(1).anyMatch(PRACTICE::contains);
	}

	/** Words that open a question or a request (a message without one, and without a question mark, tells something). */
	private static final Set<String> ASKS = Set.of("what", "whats", "how", "when", "where", "why", "who", "which",
			"can", "could", "do", "does", "did", "is", "are", "will", "would", "should", "may", "am", "was", "were", "has",
			"have", "any", "tell", "explain", "describe", "give", "show", "list", "let", "please", "pls", "help", "need",
			"want", "wanna", "must", "shall", "might", "if", "whether", "anything", "anyone", "someone", "say");

	/**
	 * "mine is controlled with meds", "I'm stable for two years now", "my appointment is at 2pm": a message that tells
	 * something about the visitor's situation rather than asking (no question mark, no question word or request first).
	 */
	static boolean tells(String text, List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		return !text.contains("?") && !rest.isEmpty() && !ASKS.contains(rest.get(0)) && !changesSubject(tokens)
				&& rest.stream().noneMatch((token) -> WONDERS.contains(token));
	}

	/** Words a list of medicines is joined with ("warfarin, metoprolol and a statin", "i take zoloft plus some xanax"). */
	private static final Set<String> LIST_WORDS = Set.of("and", "or", "a", "an", "the", "plus", "also", "some", "my",
			"too", "both", "as", "well", "then", "daily", "mg", "i", "am", "on", "take", "taking", "just", "only", "like");

	/** Words of what someone tells of their own history of illness and treatment. */
	private static final Set<String> OWN_HISTORY = Set.of("diagnosed", "tried", "helped", "failed", "worked",
			"hospitalized", "hospitalised");

	/** Words after a number that make it an age ("17 years old", "im 17 yo"). */
	private static final Set<String> AGE_WORDS = Set.of("years", "year", "yrs", "yo", "old");

	/** Words right before an age ("aged 70", "someone who's 70", "she's 16"). */
	private static final Set<String> AGED = Set.of("aged", "age", "who's", "whos", "he's", "hes", "she's", "shes");

	/** Words of degree between "is" and an age ("she is only 15", "he is barely 18", "i am almost 70"). */
	private static final Set<String> AGE_DEGREE = Set.of("only", "just", "barely", "nearly", "almost", "about",
			"around", "over", "under", "already", "now", "still", "not", "turning");

	/** "is" or "are" before an age ("she is 16", "someone who is 70"). */
	private static final Set<String> AGE_VERBS = Set.of("is", "are", "turned", "turns");

	/** Who an age told with "is" can be the age of ("someone who is 70", "my mom is 72", "he is 15"). */
	private static final Set<String> AGED_PEOPLE = Set.of("who", "he", "she", "they", "someone", "somebody", "person",
			"mom", "mum", "mother", "dad", "father", "son", "daughter", "kid", "child", "wife", "husband", "partner",
			"boyfriend", "girlfriend", "brother", "sister", "grandma", "grandpa", "grandmother", "grandfather", "aunt",
			"uncle", "friend", "patient");

	/**
	 * "Warfarin, metoprolol, and a statin.", "zoloft and lamictal": only names of medicines (at least one) and the
	 * words a list is joined with.
	 */
	static boolean onlyLists(List<String> tokens, java.util.function.Predicate<String> medicine) {
		int named = 0;
		for (String token : tokens) {
			if (medicine.test(token)) {
				named++;
			}
			else if (!LIST_WORDS.contains(token) && !token.chars().allMatch(Character::isDigit)) {
				return false;
			}
		}
		return named > 0;
	}

	/** Words after a number that make it something else than an age ("i am 20 weeks along", "i am 5 minutes away"). */
	private static final Set<String> NOT_AGE_UNITS = Set.of("weeks", "week", "months", "month", "days", "day", "mg",
			"minutes", "minute", "mins", "min", "hours", "hour", "hrs", "miles", "mile", "km", "pounds", "lbs", "kg",
			"percent", "sessions", "times", "am", "pm");

	/**
	 * "im 17 btw", "I'm 62 years old": a visitor's age (a number after "i am", or before "years old"), not a number
	 * of weeks, minutes or miles.
	 */
	static boolean tellsAge(List<String> tokens) {
		if (tokens.size() > 20) {
			return false;
		}
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			boolean number = !token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() <= 2;
			String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
			if (!number || NOT_AGE_UNITS.contains(next)) {
				continue;
			}
			// "she is only 15", "i am barely 18": a word of degree between the verb and the age
			int verb = (i >= 1 && AGE_DEGREE.contains(tokens.get(i - 1))) ? i - 1 : i;
			boolean saysAge = verb >= 2 && tokens.get(verb - 2).equals("i") && tokens.get(verb - 1).equals("am");
			// "someone who's 70", "my dad is 81", "she is 16": the age of the person the question is for
			boolean saysTheirAge = verb >= 2 && AGE_VERBS.contains(tokens.get(verb - 1))
					&& AGED_PEOPLE.contains(tokens.get(verb - 2));
			boolean aged = verb >= 1 && AGED.contains(tokens.get(verb - 1));
			if (saysAge || saysTheirAge || aged || AGE_WORDS.contains(next)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "im 17 btw", "diagnosed PTSD, tried therapy", "nothing helped": a visitor's age ({@link #tellsAge}) or own history
	 * of illness and treatment.
	 */
	static boolean tellsOfSelf(List<String> tokens) {
		return tokens.size() <= 20 && (tellsAge(tokens) || tokens.stream().anyMatch(OWN_HISTORY::contains));
	}

	/** Words that make a message without a question mark a question after all ("different question, where do ..."). */
	private static final Set<String> WONDERS = Set.of("what", "whats", "how", "when", "where", "why", "who", "which",
			"whether", "wondering", "wonder", "know", "curious");

	/** Words that join a follow-up to the message before it. */
	private static final Set<String> JOINING_OPENERS = Set.of("and", "but", "so", "then", "also", "plus");

	/** The tokens without the words a follow-up opens with ("and", "but", "so", "ok", "then"). */
	private static List<String> withoutOpeners(List<String> tokens) {
		int start = 0;
		while (start < tokens.size() - 1 && (LEAD_IN_WORDS.contains(tokens.get(start))
				|| JOINING_OPENERS.contains(tokens.get(start)))) {
			start++;
		}
		return tokens.subList(start, tokens.size());
	}

	/**
	 * "how often?", "and how frequently is that?": only how often the thing just answered happens, nothing named.
	 */
	static boolean asksOnlyHowOften(List<String> tokens) {
		List<String> rest = withoutTrailingFillers(withoutOpeners(tokens));
		return rest.size() >= 2 && rest.size() <= 4 && rest.get(0).equals("how")
				&& (rest.get(1).equals("often") || rest.get(1).equals("frequently"))
				&& rest.stream().allMatch(MEASURE_ONLY::contains);
	}

	/**
	 * "for how many hours?", "how long before?", "how much time ahead?": only how long the thing just answered takes or
	 * must be done beforehand, nothing named.
	 */
	static boolean asksOnlyHowLong(List<String> tokens) {
		List<String> rest = withoutTrailingFillers(withoutOpeners(tokens));
		if (!rest.isEmpty() && rest.get(0).equals("for")) {
			rest = rest.subList(1, rest.size());
		}
		return rest.size() >= 2 && rest.size() <= 5 && rest.get(0).equals("how")
				&& (rest.get(1).equals("long") || (rest.size() >= 3 && (rest.get(1).equals("many")
						|| rest.get(1).equals("much")) && DURATION_UNITS.contains(rest.get(2))))
				&& rest.stream().allMatch(MEASURE_ONLY::contains);
	}

	private static final Set<String> DURATION_UNITS = Set.of("hours", "hour", "hrs", "time", "days", "day",
			"minutes", "mins", "weeks", "week");

	/** Words a texter puts after a bare question without changing it: "how many days before tho". */
	private static final Set<String> TRAILING_FILLERS = Set.of("though", "tho", "then", "exactly", "again",
			"roughly", "approximately", "about", "lol");

	private static List<String> withoutTrailingFillers(List<String> tokens) {
		int end = tokens.size();
		while (end > 1 && TRAILING_FILLERS.contains(tokens.get(end - 1))) {
			end--;
		}
		return tokens.subList(0, end);
	}

	/** The words of a bare "how often" or "how long" question. */
	private static final Set<String> MEASURE_ONLY = Stream.concat(DURATION_UNITS.stream(), Stream.of("how", "often",
			"frequently", "long", "many", "much", "is", "that", "it", "before", "beforehand", "ahead", "prior", "exactly",
			"roughly", "about", "then", "do", "they", "you")).collect(Collectors.toUnmodifiableSet());

	/**
	 * Whether the follow-up asks the previous question about another condition ("and for anxiety?" after how fast it
	 * works for depression): the same question when that was about onset or cost, a new one when the previous answer
	 * was about one condition.
	 */
	static boolean swapsCondition(List<String> tokens) {
		return tokens.size() <= 9 && (OPENERS.contains(tokens.get(0)) || tokens.contains("too")
				|| tokens.contains("also") || tokens.contains("same")) && tokens.stream().anyMatch(CONDITIONS::contains);
	}

	/** Words that place something later on the day of a session: "afterwards", "tonight", "right away". */
	private static final Set<String> LATER_WORDS = Set.of("afterwards", "afterward", "after", "later", "tonight",
			"immediately", "evening", "night", "afternoon");

	private static final List<List<String>> LATER_PHRASES = List.of(List.of("right", "away"),
			List.of("straight", "away"), List.of("same", "day"), List.of("rest", "of", "the", "day"),
			List.of("when", "i", "get", "home"), List.of("when", "he", "gets", "home"),
			List.of("when", "she", "gets", "home"));

	/**
	 * "can i have a drink that evening", "can he go to sleep right away", "is it ok to eat afterwards?": a short
	 * question about doing something later on the same day (nothing before it: "the night before" is getting ready).
	 */
	static boolean asksOfLaterThatDay(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > 12 || tokens.contains("before") || tokens.contains("beforehand")
				|| tokens.contains("prior")) {
			return false;
		}
		boolean later = tokens.stream().anyMatch(LATER_WORDS::contains)
				|| LATER_PHRASES.stream().anyMatch((phrase) -> Collections.indexOfSubList(tokens, phrase) >= 0);
		return later && ASKS_LEAVE.contains(tokens.get(0));
	}

	/** How a question asking whether something may be done opens: "can i", "is it ok", "should he". */
	private static final Set<String> ASKS_LEAVE = Set.of("can", "could", "may", "should", "is", "am", "are", "will",
			"do", "does", "would", "ok", "okay", "and");

	/** Emergency medicine, where ketamine is given as an anesthetic: "in the er", "in ambulances". */
	private static final List<List<String>> OTHER_USE_PHRASES = List.of(List.of("the", "er"),
			List.of("emergency", "room"), List.of("emergency", "rooms"), List.of("emergency", "medicine"),
			List.of("emergency", "department"), List.of("ambulance"), List.of("ambulances"), List.of("paramedics"));

	/** Activities other than driving or work that a visitor may ask about after a session. */
	private static final Set<String> ACTIVITIES = Set.of("gym", "exercise", "exercising", "workout", "workouts",
			"lifting", "weights", "running", "run", "jogging", "jog", "swimming", "swim", "hiking", "hike", "cycling",
			"biking", "sports", "sport", "yoga", "training", "cardio", "dancing", "climbing");

	/** Words that keep a follow-up on driving or work: "what about driving to the gym?" is still driving. */
	private static final Set<String> DRIVING_WORDS = Set.of("drive", "driving", "car", "work", "working", "job",
			"shift", "office", "commute", "ride", "uber", "taxi", "bus", "train", "operate", "machinery");

	/**
	 * "what about heavy lifting at the gym?", "and a workout?", "can i go for a run after?": another activity, with
	 * nothing of driving or work in a short follow-up that opens with what swaps it in or asks whether it may be done.
	 */
	static boolean swapsToActivity(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= 10 && tokens.stream().anyMatch(ACTIVITIES::contains)
				&& tokens.stream().noneMatch(DRIVING_WORDS::contains)
				&& (OPENERS.contains(tokens.get(0)) || tokens.get(0).equals("for") || ASKS_LEAVE.contains(tokens.get(0)));
	}

	/** Uses of ketamine other than a treatment: its anesthetic use. */
	private static final Set<String> OTHER_USES = Set.of("anesthesia", "anaesthesia", "anesthetic", "anaesthetic",
			"surgery", "surgeries", "operation", "operations", "sedation");

	/**
	 * "and for anesthesia?", "what about surgery", "for sedation too?": the previous question asked of ketamine's
	 * anesthetic use, in a short follow-up that opens with what swaps it in and asks nothing else.
	 */
	static boolean swapsToOtherUse(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= 7 && (tokens.stream().anyMatch(OTHER_USES::contains)
				|| OTHER_USE_PHRASES.stream().anyMatch((phrase) -> Collections.indexOfSubList(tokens, phrase) >= 0))
				&& swapsWithNothingAsked(tokens) && tokens.stream().noneMatch(ASKS_OF_THE_USE::contains);
	}

	/** Verbs that make a use named in a follow-up a question of its own ("is it used in surgery?"). */
	private static final Set<String> ASKS_OF_THE_USE = Set.of("is", "does", "do", "can", "was", "used", "use");

	/** Groups of people by age: "same for teens?", "what about older people". */
	private static final Set<String> AGE_GROUPS = Set.of("teens", "teen", "teenagers", "teenager", "adolescents",
			"adolescent", "kids", "kid", "children", "child", "minors", "minor", "youth", "juveniles", "seniors",
			"elderly", "older", "old", "elders", "retirees", "pensioners", "grandparents", "young");

	/**
	 * "same for teens?", "and for kids?", "what about older people", "for old people also?": the previous question asked
	 * for a group of people by age, in a short follow-up that opens with what swaps it in and asks nothing else.
	 */
	static boolean swapsToAgeGroup(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= 6 && tokens.stream().anyMatch(AGE_GROUPS::contains)
				&& swapsWithNothingAsked(tokens);
	}

	/**
	 * A short follow-up that opens with what swaps something in ("and", "what about", "for") or adds it ("too",
	 * "also"), and asks nothing of its own after it ("and kids, how fast?" does).
	 */
	private static boolean swapsWithNothingAsked(List<String> tokens) {
		return (OPENERS.contains(tokens.get(0)) || tokens.get(0).equals("for") || tokens.contains("too")
				|| tokens.contains("also")) && tokens.stream().noneMatch(QUESTION_WORDS_AFTER_SWAP::contains);
	}

	/** Question words that make a short follow-up a question of its own after what it swaps in ("and kids, how fast?"). */
	private static final Set<String> QUESTION_WORDS_AFTER_SWAP = Set.of("fast", "long", "much", "many", "often",
			"safe", "dangerous", "risky", "work", "works", "help", "helps", "cost", "dose", "side", "effects");

	/** The visitor's usual medicines in general, as the word model's normalizer spells them ("meds" is "medication"). */
	private static final Set<String> OWN_MEDICINES = Set.of("medication", "medications", "pill", "pills",
			"prescription", "prescriptions", "antidepressant", "antidepressants", "vitamins", "supplements");

	/** Words that may stand beside them in a bare follow-up: "and my usual meds?", "what about my morning pills". */
	private static final Set<String> OWN_MEDICINE_WORDS = Set.of("and", "what", "about", "how", "my", "usual",
			"regular", "daily", "normal", "morning", "other", "the", "too", "also");

	/** "and my meds?", "what about my usual pills": only the visitor's own medicines in general, nothing asked of them. */
	static boolean onlyOwnMedicines(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= 6 && tokens.stream().anyMatch(OWN_MEDICINES::contains)
				&& tokens.stream().allMatch((token) -> OWN_MEDICINES.contains(token) || OWN_MEDICINE_WORDS.contains(token));
	}

	/** "and how many of those", "how many do people need": how many, of what was just described, nothing else. */
	static boolean asksHowManyOfThem(List<String> tokens) {
		int at = tokens.indexOf("how");
		return tokens.size() <= 7 && at >= 0 && at + 1 < tokens.size() && tokens.get(at + 1).equals("many")
				&& tokens.stream().allMatch(HOW_MANY_WORDS::contains);
	}

	private static final Set<String> TRIED = Set.of("tried", "try", "failed", "fail", "done");

	private static final Set<String> BEFOREHAND = Set.of("before", "first", "beforehand", "already");

	private static final Set<String> OBLIGED = Set.of("need", "needs", "must", "should", "required", "supposed",
			"have", "has");

	/**
	 * "and IV how they give?", "how is the shot done": how one named form is given, which that form's own answer
	 * explains (not "how long is the infusion", "how much is the spray", nor how many ways there are).
	 */
	static boolean asksHowFormIsGiven(List<String> tokens) {
		int how = tokens.indexOf("how");
		return tokens.size() <= 12 && how >= 0 && how + 1 < tokens.size() && !HOW_MUCH.contains(tokens.get(how + 1))
				&& formIntent(tokens).isPresent() && tokens.stream().anyMatch(GIVEN::contains)
				&& tokens.stream().noneMatch(SEVERAL_FORMS::contains);
	}

	/** Words after "how" that ask a quantity or a quality, not the way something is done. */
	private static final Set<String> HOW_MUCH = Set.of("long", "much", "many", "often", "soon", "fast", "quickly",
			"quick", "far", "old", "safe", "effective", "likely", "bad", "expensive", "common", "different");

	private static final Set<String> GIVEN = Set.of("give", "given", "gives", "giving", "administer", "administered",
			"administering", "done", "performed", "delivered", "put", "inject", "injected");

	private static final Set<String> SEVERAL_FORMS = Set.of("ways", "way", "forms", "routes", "options", "types",
			"methods", "kinds", "difference", "compare", "versus", "vs", "or");

	/** Comparatives of an amount, a time or a strength ("is that less than ...", "is it faster than ..."). */
	private static final Set<String> MEASURE_COMPARATIVES = Set.of("less", "lower", "more", "higher", "smaller",
			"bigger", "larger", "stronger", "weaker", "longer", "shorter", "faster", "slower", "quicker", "sooner",
			"different");

	/** Words of degree between the pronoun and the comparative ("is that much lower than ..."). */
	private static final Set<String> DEGREE_WORDS = Set.of("a", "much", "way", "far", "lot", "any", "bit");

	/** The verbs a question about the figure just given opens with ("is that ...", "are those ..."). */
	private static final Set<String> IS_VERBS = Set.of("is", "are", "was");

	/**
	 * "is that less than what's used for surgery?", "is it faster than for pain?": the previous answer's figure weighed
	 * against another use, asked of the figure just given (the pronoun), in a short question.
	 */
	static boolean comparesAnswerTo(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		if (rest.size() < 4 || rest.size() > 12 || !IS_VERBS.contains(rest.get(0)) || !POINTERS.contains(rest.get(1))) {
			return false;
		}
		int at = 2;
		while (at < rest.size() && DEGREE_WORDS.contains(rest.get(at))) {
			at++;
		}
		return at < rest.size() && MEASURE_COMPARATIVES.contains(rest.get(at))
				&& (rest.contains("than") || rest.contains("from"));
	}

	/**
	 * "and compared to surgery?", "vs the spray", "relative to SSRIs?": only what to compare the previous answer with,
	 * the previous question asked side by side with it.
	 */
	static boolean comparesTo(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		if (rest.size() < 2 || rest.size() > 6) {
			return false;
		}
		String first = rest.get(0);
		return ((first.equals("compared") || first.equals("comparing") || first.equals("relative"))
				&& (rest.get(1).equals("to") || rest.get(1).equals("with"))) || first.equals("vs") || first.equals("versus");
	}

	/**
	 * "is that the spray one?", "is it the infusion?": whether what was just described is one named form, nothing
	 * else asked.
	 */
	static boolean asksIfItIsForm(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		if (rest.size() < 3 || rest.size() > 6 || !rest.get(0).equals("is")
				|| !POINTERS.contains(rest.get(1)) || formIntent(rest).isEmpty()) {
			return false;
		}
		return rest.subList(2, rest.size()).stream()
			.allMatch((token) -> FORM_INTENT.containsKey(token) || AROUND_FORM.contains(token));
	}

	private static final Set<String> POINTERS = Set.of("that", "it", "this");

	/** Words that may stand around the form in "is that the spray one?", "is it the infusion kind?". */
	private static final Set<String> AROUND_FORM = Set.of("the", "a", "one", "kind", "type", "form", "ketamine", "via",
			"by");

	/** Words that only soften a question: "how does it actually work". */
	private static final Set<String> SOFTENERS = Set.of("actually", "exactly", "even", "really", "then");

	/** "and how does it work?", "so how does ketamine actually work": how the medicine works, nothing else asked. */
	static boolean asksHowItWorks(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens).stream().filter((token) -> !SOFTENERS.contains(token)).toList();
		return rest.equals(List.of("how", "does", "it", "work")) || rest.equals(List.of("how", "does", "ketamine", "work"))
				|| rest.equals(List.of("how", "it", "works")) || rest.equals(List.of("how", "do", "they", "work"));
	}

	/** Getting ready for a session: what to eat, drink, bring or wear before it, not treatments had before. */
	private static final Set<String> GETTING_READY = Set.of("eat", "eating", "drink", "drinking", "food", "water",
			"bring", "wear", "arrive", "alcohol", "fast", "fasting", "sleep", "meal", "coffee");

	/**
	 * "what do I need to have tried before", "do I have to fail other meds first": which treatments someone must have
	 * had before ketamine, which the answer about who qualifies gives (not getting ready for a session).
	 */
	static boolean asksPriorTreatments(List<String> tokens) {
		return asksPriorTreatments(tokens, 12);
	}

	/**
	 * As {@link #asksPriorTreatments(List)}, for a message of at most {@code words} words ("do I have to try other meds
	 * first before ketamine or can I just start with it" opens a conversation with the whole question).
	 */
	static boolean asksPriorTreatments(List<String> tokens, int words) {
		return tokens.size() <= words && tokens.stream().anyMatch(TRIED::contains)
				&& tokens.stream().anyMatch(BEFOREHAND::contains) && tokens.stream().anyMatch(OBLIGED::contains)
				&& tokens.stream().noneMatch(GETTING_READY::contains) && formIntent(tokens).isEmpty();
	}

	/** Words that pick out one of the sessions just counted: "how long is each one". */
	private static final Set<String> EACH = Set.of("each", "every", "single", "individual");

	private static final Set<String> LENGTH_OF_EACH_WORDS = Set.of("and", "so", "ok", "okay", "but", "how", "long",
			"is", "are", "does", "do", "will", "would", "each", "every", "single", "individual", "one", "session",
			"sessions", "infusion", "infusions", "treatment", "treatments", "appointment", "appointments", "visit",
			"visits", "them", "of", "those", "these", "it", "take", "last", "usually", "typically", "normally",
			"roughly", "about", "then");

	/**
	 * "and how long is each one", "how long does every session take": how long one of the sessions just counted lasts,
	 * nothing else asked ("how long does each one's effect last" names the effect: not this).
	 */
	static boolean asksLengthOfEach(List<String> tokens) {
		int at = tokens.indexOf("how");
		return tokens.size() <= 10 && at >= 0 && at + 1 < tokens.size() && tokens.get(at + 1).equals("long")
				&& tokens.stream().anyMatch(EACH::contains) && tokens.stream().allMatch(LENGTH_OF_EACH_WORDS::contains);
	}

	/** Words that name being hooked on something. */
	private static final Set<String> ADDICTION_WORDS = Set.of("addiction", "addictive", "addicted", "addicting",
			"dependence", "dependency", "dependent", "hooked", "habit");

	private static final Set<String> ADDICTION_RISK_WORDS = Set.of("and", "so", "ok", "okay", "but", "what", "about",
			"how", "the", "risk", "risks", "of", "is", "it", "there", "any", "for", "as", "well", "too", "also", "abuse",
			"chance", "chances", "a", "forming", "getting", "becoming", "potential", "possible", "worry");

	/**
	 * "and addiction?", "what about dependence", "any risk of getting hooked?": only whether one can get hooked, with
	 * nothing else named. After an answer about a harm this asks whether ketamine is habit-forming; after an answer
	 * about a condition "addiction" is a condition to treat, which the caller decides.
	 */
	static boolean asksAddictionRisk(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= 8 && tokens.stream().anyMatch(ADDICTION_WORDS::contains)
				&& tokens.stream().allMatch((token) -> ADDICTION_WORDS.contains(token) || ADDICTION_RISK_WORDS.contains(token));
	}

	/** Words that ask for a difference between two things. */
	private static final Set<String> DIFFERENCE = Set.of("different", "differ", "differs", "difference",
			"differences", "compare", "compares", "compared", "versus", "vs");

	/** Words of the infusion form, in the normalizer's spelling ("iv" is read as "intravenous"). */
	private static final Set<String> INFUSION_WORDS = Set.of("infusion", "infusions", "drip", "intravenous");

	/** Words of the injection form ("im" in chat is mostly "i'm", so only the long form). */
	private static final Set<String> INJECTION_WORDS = Set.of("injection", "injections", "shot", "shots",
			"intramuscular");

	/**
	 * "how is that different from the infusion?" after what an injection is, "and how does the shot compare?" after the
	 * infusion: how an injection differs from an infusion, with both forms in play (one named, the other just answered).
	 * @param injectionAnswered whether the previous answer was about the injection (else about the infusion)
	 */
	static boolean asksInjectionAgainstInfusion(List<String> tokens, boolean injectionAnswered) {
		Set<String> other = injectionAnswered ? INFUSION_WORDS : INJECTION_WORDS;
		return tokens.size() <= 14 && tokens.stream().anyMatch(DIFFERENCE::contains)
				&& tokens.stream().anyMatch(other::contains);
	}

	private static final Set<String> FOREVER = Set.of("forever", "indefinitely", "permanently", "lifelong");

	private static final Set<String> FOREVER_WORDS = Set.of("and", "so", "ok", "okay", "but", "like", "for", "life",
			"the", "rest", "of", "my", "his", "her", "their", "good", "is", "it", "that", "this", "or", "what", "then");

	/**
	 * "forever??", "for life?", "so for the rest of my life?": whether what the previous answer describes goes on for
	 * good, and nothing else: that answer says how long.
	 */
	static boolean asksIfForever(List<String> tokens) {
		boolean forever = tokens.stream().anyMatch(FOREVER::contains)
				|| Collections.indexOfSubList(tokens, List.of("for", "life")) >= 0
				|| Collections.indexOfSubList(tokens, List.of("rest", "of")) >= 0
				|| Collections.indexOfSubList(tokens, List.of("for", "good")) >= 0;
		return forever && tokens.size() <= 7
				&& tokens.stream().allMatch((token) -> FOREVER.contains(token) || FOREVER_WORDS.contains(token));
	}

	/**
	 * "and what should a bystander do?", "what do we do then": what to do, of what was just described, and nothing else
	 * asked.
	 */
	static boolean asksWhatToDo(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		if (rest.size() < 3 || rest.size() > 9 || !rest.get(0).equals("what")) {
			return false;
		}
		int end = rest.size();
		while (end > 0 && AFTER_DOING.contains(rest.get(end - 1))) {
			end--;
		}
		return end >= 3 && rest.get(end - 1).equals("do") && rest.subList(1, end - 1).stream().allMatch(WHO_DOES::contains);
	}

	/**
	 * "what schedule?", "which schedule is it in", "schedule 3?": which schedule of the drug laws, and nothing else
	 * asked (never "what's your schedule like this week": "your", "week" and the like are not among these words).
	 */
	static boolean asksDrugSchedule(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		return rest.contains("schedule") && rest.size() <= 7 && SCHEDULE_WORDS.containsAll(rest);
	}

	private static final Set<String> SCHEDULE_WORDS = Set.of("what", "which", "schedule", "is", "it", "in", "on",
			"under", "ketamine", "esketamine", "drug", "a", "the", "dea", "class", "iii", "3", "three", "exactly", "then",
			"so", "and", "that", "this", "specifically", "precisely", "again", "controlled", "substance", "federal");

	/**
	 * "why blood pressure?", "but why the fasting": why, then only a few words that the answer just given names (no
	 * verb, nothing of its own): the reason for something in that answer, which the answer itself explains.
	 */
	static boolean asksWhyOfAnswer(List<String> tokens, List<String> answer) {
		List<String> named = whyOf(tokens);
		return !named.isEmpty() && answer.containsAll(named);
	}

	/** The few words after "why" in "why blood pressure?", "but why the fasting" (no verb); empty for any other message. */
	private static List<String> whyOf(List<String> tokens) {
		List<String> rest = withoutOpeners(tokens);
		if (rest.size() < 2 || rest.size() > 5 || !rest.get(0).equals("why")) {
			return List.of();
		}
		List<String> named = rest.subList(1, rest.size()).stream().filter((token) -> !ARTICLES.contains(token)).toList();
		return (named.size() <= 3 && named.stream().noneMatch(NOT_A_NAME::contains)) ? named : List.of();
	}

	private static final Set<String> ARTICLES = Set.of("the", "a", "an", "all", "that", "those", "these", "this");

	/** Words that make a "why" question a sentence of its own ("why is it", "why not", "why do i"). */
	private static final Set<String> NOT_A_NAME = Set.of("is", "are", "was", "were", "do", "does", "did", "can", "could",
			"would", "should", "will", "not", "no", "it", "i", "you", "we", "they", "he", "she", "me", "so", "though",
			"ketamine", "esketamine", "then", "really");

	/** Who is to do something, and how it is asked: "should a bystander", "do i", "can we", "is someone supposed to". */
	private static final Set<String> WHO_DOES = Set.of("should", "do", "does", "can", "could", "would", "must", "to",
			"i", "we", "you", "they", "he", "she", "someone", "somebody", "people", "one", "a", "the", "bystander",
			"bystanders", "friend", "friends", "family", "others", "is", "are", "am", "supposed", "meant", "need",
			"needs", "have", "has", "their", "my", "your");

	private static final Set<String> AFTER_DOING = Set.of("then", "next", "first", "now", "there", "afterwards");

	/**
	 * "and with the recovery?", "the whole visit including monitoring?": how long with the time around the session, of
	 * a session's length just described, and nothing else asked.
	 */
	static boolean asksWithTheTimeAround(List<String> tokens) {
		boolean around = tokens.stream().anyMatch(TIME_AROUND::contains)
				|| (tokens.stream().anyMatch(WHOLE::contains) && tokens.stream().anyMatch(VISIT::contains));
		return around && tokens.size() <= 10 && tokens.stream().allMatch((token) -> TIME_AROUND.contains(token)
				|| WHOLE.contains(token) || VISIT.contains(token) || WITH_THE_TIME_AROUND.contains(token));
	}

	private static final Set<String> TIME_AROUND = Set.of("recovery", "recovering", "observation", "monitoring",
			"checkin", "check");

	private static final Set<String> WHOLE = Set.of("whole", "all", "entire", "total", "overall");

	private static final Set<String> VISIT = Set.of("visit", "appointment", "time", "thing", "stay");

	private static final Set<String> WITH_THE_TIME_AROUND = Set.of("and", "so", "ok", "okay", "with", "the", "including",
			"include", "includes", "plus", "of", "is", "that", "does", "it", "how", "long", "about", "what", "in", "counting",
			"for", "then", "too", "also", "after", "afterwards", "before", "a");

	private static final Set<String> HOW_MANY_WORDS = Set.of("and", "so", "ok", "okay", "how", "many", "of", "those",
			"them", "these", "do", "does", "i", "you", "we", "people", "patients", "most", "need", "usually",
			"typically", "normally", "will", "would", "get", "sessions", "session", "times", "in", "total", "all",
			"altogether", "it", "take");

	/**
	 * Whether the follow-up is a condition's name and nothing else ("migraines?", "bipolar depression", "ocd too"):
	 * after an answer about conditions, it asks the same about that one.
	 */
	static boolean bareCondition(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= 3 && tokens.stream().anyMatch(CONDITIONS::contains)
				&& tokens.stream().allMatch((token) -> CONDITIONS.contains(token) || BARE_CONDITION_WORDS.contains(token));
	}

	/** Words that name a risk a follow-up can point back at ("is that risk lower in a clinic?"). */
	private static final Set<String> RISK_WORDS = Set.of("risk", "risks", "danger", "dangers");

	private static final Set<String> RISK_POINTERS = Set.of("this", "that", "these", "those", "same", "such");

	/**
	 * Whether the follow-up points back at the risk just described ("is that risk lower in a clinic?", "in the clinic
	 * also this risk?", "same risk with the spray?"), not at the safety of the treatment in general.
	 */
	static boolean pointsAtRisk(List<String> tokens) {
		if (tokens.size() > 12) {
			return false;
		}
		for (int i = 1; i < tokens.size(); i++) {
			if (RISK_WORDS.contains(tokens.get(i)) && RISK_POINTERS.contains(tokens.get(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/** Words that ask whether a treatment helps a condition ("does it help migraines", "is it good for ocd"). */
	private static final Set<String> HELPS = Set.of("help", "helps", "helpful", "work", "works", "treat", "treats",
			"good", "used", "effective", "fix", "fixes");

	private static final Set<String> TREATMENT_POINTERS = Set.of("it", "this", "ketamine", "they", "treatment",
			"infusion", "intravenous");

	/**
	 * The intent about the condition a short question asks the treatment helps ("does it help with migraine", "is this
	 * good for ocd?"): on a ketamine clinic's site, "it" is the treatment. Empty when it names no condition, or more
	 * than one, or asks something else.
	 */
	static Optional<String> helpsCondition(List<String> tokens) {
		if (tokens.size() > 8 || tokens.stream().noneMatch(HELPS::contains)
				|| tokens.stream().noneMatch(TREATMENT_POINTERS::contains)) {
			return Optional.empty();
		}
		List<String> named = tokens.stream().filter((token) -> CONDITIONS.contains(token) && !token.equals("eating"))
			.distinct()
			.toList();
		return (named.size() == 1) ? Optional.of(CONDITION_INTENT.getOrDefault(named.get(0), CONDITIONS_TREATED))
				: Optional.empty();
	}

	/**
	 * The intent that answers the follow-up's condition when the previous answer was about another one ("and for
	 * ocd?" after anxiety): that condition's own intent, or the list of conditions for one without an intent.
	 */
	static String conditionIntent(List<String> tokens) {
		for (String token : tokens) {
			if (CONDITIONS.contains(token)) {
				return CONDITION_INTENT.getOrDefault(token, CONDITIONS_TREATED);
			}
		}
		return CONDITIONS_TREATED;
	}

	/** The intent about each form of ketamine a follow-up may name. */
	private static final Map<String, String> FORM_INTENT = Map.ofEntries(Map.entry("spray", "esketamine"),
			Map.entry("nasal", "esketamine"), Map.entry("esketamine", "esketamine"), Map.entry("injection", "injection"),
			Map.entry("injections", "injection"), Map.entry("shot", "injection"), Map.entry("shots", "injection"),
			Map.entry("intramuscular", "injection"), Map.entry("infusion", "iv_infusion"),
			Map.entry("infusions", "iv_infusion"), Map.entry("intravenous", "iv_infusion"));

	/** The intents whose answer is about one form of ketamine: the forms {@link #formIntent} names. */
	static final Set<String> FORM_ANSWERS = Set.copyOf(FORM_INTENT.values());

	/** The intents of the forms of ketamine the text names, in the order it first names them ("iv or the spray"). */
	static List<String> formsInOrder(List<String> tokens) {
		return tokens.stream().map(FORM_INTENT::get).filter((intent) -> intent != null).distinct().toList();
	}

	/** Ordinal words that point at one of several things just named, by their place (-1: the last). */
	private static final Map<String, Integer> PLACES = Map.ofEntries(Map.entry("first", 0), Map.entry("1st", 0),
			Map.entry("second", 1), Map.entry("2nd", 1), Map.entry("third", 2), Map.entry("3rd", 2),
			Map.entry("last", -1), Map.entry("former", 0), Map.entry("latter", -1));

	/** A follow-up of at most this many words may point at a thing just named by its place. */
	private static final int PLACE_POINTER_WORDS = 10;

	/**
	 * Which of several things just named a short follow-up points at by its place: "tell me more about the second one",
	 * "and the first one?", "the latter" (0 for the first, -1 for the last). Not "the first session", nor "the second
	 * time": the ordinal must stand for one of the things ("one", "option", "form", or "former"/"latter" alone).
	 */
	static Optional<Integer> placePointedAt(List<String> tokens) {
		if (tokens.size() > PLACE_POINTER_WORDS) {
			return Optional.empty();
		}
		for (int i = 0; i < tokens.size(); i++) {
			Integer place = PLACES.get(tokens.get(i));
			if (place == null || i == 0 || !tokens.get(i - 1).equals("the")) {
				continue;
			}
			String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
			boolean standsAlone = tokens.get(i).equals("former") || tokens.get(i).equals("latter");
			if (standsAlone || next.equals("one") || next.equals("option") || next.equals("form")) {
				return Optional.of(place);
			}
		}
		return Optional.empty();
	}

	/** The intent about the one form of ketamine the follow-up names ("and the nasal spray?"), if it names one. */
	static Optional<String> formIntent(List<String> tokens) {
		List<String> intents = tokens.stream().map(FORM_INTENT::get).filter((intent) -> intent != null).distinct()
			.toList();
		return (intents.size() == 1) ? Optional.of(intents.get(0)) : Optional.empty();
	}

	/**
	 * Whether the follow-up points at the effects just described ("how long do they last?", "does that feeling go
	 * away?", "are those dangerous?") rather than at ketamine itself.
	 */
	static boolean pointsAtEffects(List<String> tokens) {
		return (tokens.size() <= 9 && tokens.stream().anyMatch(EFFECT_REFERENCES::contains))
				|| (tokens.size() <= 6 && tokens.contains("that") && tokens.stream().anyMatch(LASTS::contains))
				|| (tokens.size() <= 3 && startsWith(tokens, "how", "long"))
				|| (tokens.size() <= 4 && startsWith(tokens, "for", "how", "long"));
	}

	/** Words that ask whether something lasts ("how long does that last?", "will that wear off?"). */
	private static final Set<String> LASTS = Set.of("last", "lasts", "away", "wear", "wears", "off");

	private static final Set<String> BARE_FILLERS = Set.of("and", "my", "the", "or", "what", "about", "if", "on",
			"for", "i", "am", "taking", "take", "one");

	/**
	 * "spray?", "the shot", "and the iv": nothing but another form of ketamine (or the consultation), the previous
	 * question about it.
	 */
	static boolean bareForm(List<String> tokens) {
		List<String> rest = tokens.stream().filter((token) -> !BARE_FILLERS.contains(token)).toList();
		return !rest.isEmpty() && rest.size() <= 2 && ENTITIES.containsAll(rest);
	}

	/**
	 * "zoloft?", "what about metoprolol", "and if I'm on vyvanse": one or two words that only name something (another
	 * medicine, when the topic guard knows it as one).
	 */
	static boolean bareName(List<String> tokens) {
		List<String> rest = tokens.stream().filter((token) -> !BARE_FILLERS.contains(token)).toList();
		return !rest.isEmpty() && rest.size() <= 2;
	}

	/**
	 * "even at low doses?", "only for adults?", "still if I have high blood pressure?": the previous question again,
	 * narrowed by a qualifier.
	 */
	static boolean qualifies(List<String> tokens) {
		return tokens.size() <= 9 && QUALIFIERS.contains(tokens.get(0));
	}

	/**
	 * Whether the follow-up refers to the previous answer's subject with a pronoun ("how long do those last?", "even
	 * when it's done in a clinic?"), so it asks about the same topic, unlike "which one can I use at home?".
	 */
	static boolean carriesTopic(List<String> tokens) {
		return tokens.stream().anyMatch(PRONOUNS::contains);
	}

	/**
	 * Whether the follow-up is the previous question cut short to what changes ("what about the next morning?", "how
	 * about on weekends?", "and for a teenager?", "and with a parent's consent?"): it asks the previous question again,
	 * about that.
	 */
	static boolean elliptical(List<String> tokens) {
		return (tokens.size() <= 6 && (startsWith(tokens, "what", "about") || startsWith(tokens, "how", "about")
				|| startsWith(tokens, "and", "what", "about") || startsWith(tokens, "and", "for")
				|| startsWith(tokens, "and", "with") || startsWith(tokens, "and", "without")
				|| startsWith(tokens, "and", "about") || fragment(tokens)))
				|| (tokens.size() <= 10 && opensWithWhatAbout(tokens) && asksNothingAfterOpener(tokens));
	}

	/**
	 * "per session?", "for the spray?", "next day": two or three words without a question word, the previous question
	 * cut short to what changes.
	 */
	static boolean fragment(List<String> tokens) {
		return tokens.size() >= 2 && tokens.size() <= 3 && tokens.stream().noneMatch(QUESTION_WORDS::contains)
				&& !onlyAcknowledges(tokens);
	}

	/**
	 * "I mean the effect on my mood, not the appointment", "no, I was asking about the price", "sorry I meant the
	 * spray": the visitor says the previous answer was not what they asked.
	 */
	static boolean corrects(List<String> tokens) {
		for (int i = 0; i < Math.min(tokens.size() - 1, 4); i++) {
			String token = tokens.get(i);
			if (CORRECTION_VERBS.contains(token) && i > 0 && CORRECTION_OPENERS.contains(tokens.get(i - 1))) {
				List<String> before = tokens.subList(0, i);
				// "I mean, it is expensive" is a filler: "mean" corrects only after "no"/"sorry" or with a "not ..."
				boolean filler = token.equals("mean") && before.stream().noneMatch(TURN_DOWNS::contains)
						&& !tokens.contains("not");
				return before.contains("i") && !filler;
			}
			if (!CORRECTION_OPENERS.contains(token)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The two halves of a correction that says what it did not mean ("I mean the effect on my mood, not the
	 * appointment"): what it means (after the correction verb, before the last "not") and what it does not mean (after
	 * that "not"); empty when the correction names nothing it did not mean.
	 */
	static Optional<Correction> correction(List<String> tokens) {
		int verb = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (CORRECTION_VERBS.contains(tokens.get(i))) {
				verb = i;
				break;
			}
		}
		int not = tokens.lastIndexOf("not");
		if (verb < 0 || not <= verb + 1 || not == tokens.size() - 1) {
			return Optional.empty();
		}
		return Optional.of(new Correction(List.copyOf(tokens.subList(verb + 1, not)),
				List.copyOf(tokens.subList(not + 1, tokens.size()))));
	}

	/**
	 * What a correction says it meant: the words after its correction verb, up to a last "not" ("no I meant the IM shots
	 * not the IV": "the im shots"; "sorry I meant for the spray specifically": "for the spray specifically").
	 */
	static List<String> meant(List<String> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			if (CORRECTION_VERBS.contains(tokens.get(i))) {
				int not = tokens.lastIndexOf("not");
				return List.copyOf(tokens.subList(i + 1, (not > i) ? not : tokens.size()));
			}
		}
		return List.of();
	}

	/** Words that ask about a medicine's own effects or use, not about taking it with something else. */
	private static final Set<String> OWN_USE = Set.of("normal", "withdrawal", "withdrawals", "taper", "tapering",
			"turkey", "addictive", "longterm");

	/** "X making me sweat", "X makes me dizzy", "it gave me a rash": the medicine is what causes something. */
	private static final Set<String> CAUSING = Set.of("making", "makes", "made", "gives", "giving", "gave", "causing",
			"causes", "caused");

	/** What follows "since" when it dates an effect from starting a medicine ("since I started X", "since starting X"). */
	private static final Set<String> STARTING = Set.of("start", "starting", "started", "taking", "began", "beginning",
			"i", "my");

	/** Two words that ask about a medicine's own effects or use ("side effects", "long term", "help with"). */
	private static final Set<String> OWN_USE_PAIRS = Set.of("side effect", "side effects", "long term", "too much",
			"help with", "helps with", "good for", "worth it");

	/** Words that put two things together ("X and Y together", "mix X and Y"). */
	private static final Set<String> PAIRING = Set.of("together", "mix", "mixing", "mixed", "combine", "combining",
			"combined");

	/** Words that join two things named ("X and Y", "X with Y", "adderall w energy drinks"). */
	private static final Set<String> JOINING = Set.of("and", "with", "w", "plus", "or");

	/**
	 * Words that time a question to the treatment ("do I need to taper it first?", "before my session"): the medicine is
	 * asked about for ketamine treatment, not for itself.
	 */
	private static final Set<String> TIMED_TO_TREATMENT = Set.of("first", "before", "beforehand", "prior", "during");

	/** Drinks that a question may pair with a medicine ("a beer on tramadol", "adderall w energy drinks"). */
	private static final Set<String> DRINKS = Set.of("beer", "beers", "wine", "alcohol", "drink", "drinks", "drinking",
			"coffee", "caffeine", "energy");

	/**
	 * Whether a message that names another medicine asks about that medicine itself: its own effects ("wellbutrin
	 * making me sweat, is that normal", "sex drive on lexapro", "legs ache since starting atorvastatin", "wellbutrin side
	 * effects?"), its own use ("stop lexapro cold turkey", "taper off clonazepam", "omeprazole long term", "how much
	 * melatonin is too much", "does propranolol help with stage fright"), or two medicines, or a medicine and a drink,
	 * taken with each other ("ibuprofen and tylenol together", "a beer on tramadol"). Not what someone takes told or asked
	 * about plainly ("what if I'm on lithium", "she takes warfarin, is that ok?"), which asks whether it goes with
	 * ketamine.
	 * @param medicines how many different medicines the message names
	 */
	static boolean asksOfMedicineItself(List<String> tokens, int medicines) {
		if (medicines == 0 || tokens.stream().anyMatch(TIMED_TO_TREATMENT::contains)) {
			return false;
		}
		if (tokens.stream().anyMatch(OWN_USE::contains)) {
			return true;
		}
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (OWN_USE_PAIRS.contains(tokens.get(i) + " " + tokens.get(i + 1))
					|| (CAUSING.contains(tokens.get(i)) && tokens.get(i + 1).equals("me"))
					|| (tokens.get(i).equals("since") && STARTING.contains(tokens.get(i + 1)))) {
				return true;
			}
		}
		boolean together = tokens.stream().anyMatch(PAIRING::contains)
				|| String.join(" ", tokens).contains("same time");
		boolean joined = tokens.stream().anyMatch(JOINING::contains);
		boolean drink = tokens.stream().anyMatch(DRINKS::contains);
		return (medicines >= 2 && together && joined) || (drink && (together || joined || tokens.contains("on")));
	}

	/** What a correction means and what it does not mean, as tokens. */
	record Correction(List<String> meant, List<String> notMeant) {
	}

	private static final Set<String> DECLINES = Set.of("no", "nope", "nah", "neither", "none", "never", "mind",
			"nevermind", "forget", "it", "thanks", "thank", "you", "ok", "okay", "not", "really", "of", "those", "them",
			"all", "fine", "good", "cool", "bye", "yes", "yeah", "yep", "please", "sure", "great", "got", "thx",
			"awesome", "perfect", "alright", "right", "i", "see", "understand", "understood", "makes", "sense", "that");

	/**
	 * "no", "neither, never mind", "forget it", "yes", "ok thanks": a reply that turns something down or acknowledges
	 * it, not a question about the topic.
	 */
	static boolean onlyAcknowledges(List<String> tokens) {
		return !tokens.isEmpty() && DECLINES.containsAll(tokens);
	}

	/** Sounds a visitor makes before the next question ("Hmm.", "Oh wow!"), besides acknowledgements. */
	private static final Set<String> INTERJECTIONS = Set.of("hmm", "hm", "hmmm", "wow", "oh", "ah", "ahh", "aha",
			"interesting", "gotcha", "noted", "k", "kk", "ty", "tysm", "thx", "lol", "haha", "wait", "huh", "and",
			"very", "helpful", "so", "much", "a", "lot", "good", "know", "to", "useful", "well", "doctor", "doc", "sir",
			"madam", "maam", "dear");

	/** Words a visitor opens a follow-up with before what it asks ("ok what about ...", "wait, what if ..."). */
	private static final Set<String> LEAD_IN_WORDS = Set.of("ok", "okay", "k", "kk", "wait", "hmm", "hm", "hmmm",
			"oh", "ah", "um", "uh", "umm", "like", "well", "alright", "cool", "great", "thanks", "thx", "ty", "yeah",
			"yes", "yep", "yea", "hey");

	/**
	 * The follow-up without the words it opens with before what it asks ("ok what about the next morning" → "what
	 * about the next morning", "wait what if she comes too" → "what if she comes too"); the tokens as they are when
	 * nothing would be left but an acknowledgement.
	 */
	static List<String> withoutLeadIn(List<String> tokens) {
		int start = 0;
		while (start < tokens.size() && LEAD_IN_WORDS.contains(tokens.get(start))) {
			start++;
		}
		List<String> rest = tokens.subList(start, tokens.size());
		return (start == 0 || rest.isEmpty() || onlyAcknowledges(rest)) ? tokens : List.copyOf(rest);
	}

	/**
	 * "what about my partner, does it matter if he gets it?": what changes, then the question about it with a pronoun;
	 * one follow-up, not two questions.
	 */
	static boolean swapsThenAsks(String text, List<String> tokens) {
		return tokens.size() <= 16 && opensWithWhatAbout(tokens) && carriesTopic(tokens.subList(2, tokens.size()))
				&& !SENTENCE_INSIDE.matcher(text.strip()).find();
	}

	/** A sentence that ends inside the message ("What about the spray? Is it shorter?": two sentences). */
	private static final java.util.regex.Pattern SENTENCE_INSIDE = java.util.regex.Pattern.compile("[.?!]+\\s+\\S");

	/**
	 * Whether {@code word} is what the follow-up swaps in: named after "what about", "and", "how about" and before any
	 * question of its own ("and zoloft, how fast ...?", "and the side effects of sertraline, what are they"), not a word
	 * inside that question ("and tolerance, do patients need escalating doses?").
	 */
	static boolean swapsIn(List<String> tokens, String word) {
		int start = (opensWithWhatAbout(tokens)) ? (tokens.get(0).equals("and") ? 3 : 2) : 0;
		for (int i = start; i < tokens.size() && !ASKING.contains(tokens.get(i)); i++) {
			if (tokens.get(i).startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Thanks!", "Got it.", "Hmm.", "ok good to know": a sentence that only acknowledges the previous answer before
	 * the next question.
	 */
	static boolean leadsIn(List<String> tokens) {
		return !tokens.isEmpty() && tokens.stream().allMatch((token) -> DECLINES.contains(token)
				|| INTERJECTIONS.contains(token));
	}

	/**
	 * "really?", "seriously?", "says who?", "how do you know?", "is that true?": the whole message doubts the answer
	 * just given, and asks nothing new.
	 */
	static boolean doubtsAnswer(List<String> tokens) {
		return whollySaid(DOUBTS, tokens, 7);
	}

	private static final java.util.regex.Pattern DOUBTS = java.util.regex.Pattern.compile("((wait|hmm|huh|oh|um|but)"
			+ " )?(really|seriously|for real|are you sure|you sure|says who|who says|how do you know( that| this)?"
			+ "|how would you know|where did you (get|read|hear) (that|this)|what is your source|source|sources"
			+ "|is that (really )?(true|right|a fact|so)|no way)( though| tho| lol| haha)?");

	/**
	 * "My mom is asking.", "asking for a friend", "just curious": a sentence after a question that only says who asks
	 * it or why, with nothing to answer of its own.
	 */
	static boolean saysWhoAsks(List<String> tokens) {
		return whollySaid(WHO_ASKS, tokens, 8);
	}

	/** Whether a message of at most {@code most} tokens says, in its whole, what {@code said} matches. */
	private static boolean whollySaid(java.util.regex.Pattern said, List<String> tokens, int most) {
		return !tokens.isEmpty() && tokens.size() <= most && said.matcher(String.join(" ", tokens)).matches();
	}

	private static final java.util.regex.Pattern WHO_ASKS = java.util.regex.Pattern.compile("(just |only |i am |i was )?"
			+ "(asking|wondering|curious)( for (a friend|myself|someone|(my|a) [a-z]+))?( lol| haha| thanks| thank you)?"
			+ "|(my|a|our) [a-z]+ (is|was) (asking|wondering|curious)( about it| about this| about that)?"
			+ "|(my|a|our) [a-z]+ (asked|wants to know|wanted to know|asked me)( about it| about this| about that)?"
			+ "|(this is |it is |it's )?(for|about) my [a-z]+( not me| not for me)?");

	/** "unrelated but ...", "different question: ...", "off topic, ...": the visitor says the subject changes. */
	static boolean changesSubject(List<String> tokens) {
		String joined = " " + String.join(" ", tokens) + " ";
		// "also random q, ...", "random but ...", "kinda random, ...": said before what is asked (2026-12-02)
		return SUBJECT_CHANGES.stream().anyMatch((change) -> joined.contains(" " + change + " ")) || saysRandom(tokens);
	}

	/**
	 * "random q, ...", "also random but ...", "ok kinda random, where ...": "random" said of the message itself, before
	 * what it asks (only little words before it, a question or "but" after it); not "is the dosing random".
	 */
	private static boolean saysRandom(List<String> tokens) {
		int at = tokens.indexOf("random");
		if (at < 0 || !RANDOM_LEAD.containsAll(tokens.subList(0, at))) {
			return false;
		}
		String next = (at + 1 < tokens.size()) ? tokens.get(at + 1) : "";
		return RANDOM_NEXT.contains(next) || QUESTION_WORDS.contains(next);
	}

	/** Words that may come before "random" when it is said of the message ("also random", "ok kinda random"). */
	private static final Set<String> RANDOM_LEAD = Set.of("also", "ok", "okay", "kinda", "kind", "of", "a", "bit",
			"so", "totally", "slightly", "somewhat", "quick", "and", "this", "is", "sorry", "maybe", "little");

	/** Words after "random" when it is said of the message ("random q", "random but", "random thought"). */
	private static final Set<String> RANDOM_NEXT = Set.of("q", "qs", "question", "questions", "but", "thought", "one",
			"tho", "though", "thing");

	private static final List<String> SUBJECT_CHANGES = List.of("unrelated", "different question", "random question",
			"off topic", "new question", "another question", "changing the subject", "change of subject",
			"totally different", "something else entirely", "on another note", "side question", "separate question");

	/** Words that make a medicine named in a follow-up a question about taking it with ketamine ("and if I'm on X?"). */
	private static final Set<String> TOGETHER = Set.of("with", "on", "taking", "while",
			"mix", "mixing", "combine", "combining", "together", "interact", "interacts", "interaction", "ketamine",
			"esketamine", "stop", "stopping", "prescribed", "using", "use");

	/**
	 * "what about zoloft?", "and zoloft, how fast does it kick in?": the previous question asked about another
	 * medicine itself, not about taking it with ketamine ("what if I'm on zoloft?").
	 */
	static boolean swapsToOtherMedicine(List<String> tokens) {
		boolean swap = startsWith(tokens, "what", "about") || startsWith(tokens, "how", "about")
				|| startsWith(tokens, "and", "what", "about") || startsWith(tokens, "and") || startsWith(tokens, "same")
				|| bareName(tokens);
		return swap && tokens.size() <= 12 && tokens.stream().noneMatch(TOGETHER::contains)
				&& tokens.stream().noneMatch(CONDITIONS::contains) && !someoneTakes(tokens);
	}

	/** Words that make a medicine someone's own ("what about my lithium?"): a question about taking it with ketamine. */
	private static final Set<String> OWNERS = Set.of("my", "his", "her", "our", "their", "mine");

	/**
	 * "what about buspirone, does it help anxiety?", "and MDMA therapy?", "how about gabapentin for nerve pain": after an
	 * answer about a condition, another medicine or treatment swapped in (a condition may be named with it), not one
	 * someone takes ("what about my lithium?", "and if I'm on zoloft?").
	 */
	static boolean swapsToOtherTreatment(List<String> tokens) {
		boolean swap = opensWithWhatAbout(tokens) || startsWith(tokens, "and") || startsWith(tokens, "same")
				|| bareName(tokens);
		return swap && tokens.size() <= 14 && tokens.stream().noneMatch(TOGETHER::contains)
				&& tokens.stream().noneMatch(OWNERS::contains) && !someoneTakes(tokens);
	}

	/** Words that make a name a treatment of its own ("MDMA therapy", "ECT treatments", "lithium pills"). */
	private static final Set<String> TREATMENT_WORDS = Set.of("therapy", "therapies", "treatment", "treatments",
			"drug", "drugs", "medication", "medications", "meds", "pill", "pills", "tablets");

	/** Whether the follow-up names something as a treatment ("and MDMA therapy?"), not a word that may be a condition. */
	static boolean namesTreatment(List<String> tokens) {
		return tokens.stream().anyMatch(TREATMENT_WORDS::contains);
	}

	/** Words that say someone has a condition: "someone with asthma", "what if I have glaucoma", "he has epilepsy". */
	private static final Set<String> HAVING = Set.of("with", "have", "has", "having", "had", "got", "diagnosed",
			"suffer", "suffers", "suffering");

	/**
	 * "for someone with asthma", "what if I have glaucoma?", "and people with heart problems?": a follow-up that asks the
	 * previous question for someone who has a condition (which condition is for the caller to tell).
	 */
	static boolean asksForSomeoneWithCondition(List<String> tokens) {
		return tokens.size() <= 10 && (tokens.stream().anyMatch(HAVING::contains) || tellsOwnState(tokens))
				&& tokens.stream().noneMatch(TAKING_ONLY::contains);
	}

	private static final Set<String> POSSESSIVES = Set.of("my", "his", "her", "their");

	/** Words that say a part of someone's health is not as it should be ("my blood pressure, it's high"). */
	private static final Set<String> STATES = Set.of("high", "low", "bad", "weak", "irregular", "uncontrolled",
			"elevated", "abnormal");

	/** "what about my blood pressure its high", "and his heart? it's weak": the state of someone's own health. */
	private static boolean tellsOwnState(List<String> tokens) {
		return tokens.stream().anyMatch(POSSESSIVES::contains) && tokens.stream().anyMatch(STATES::contains);
	}

	/** Words that speak of taking a medicine, not of having a condition. */
	private static final Set<String> TAKING_ONLY = Set.of("take", "takes", "taking", "took", "on", "mix", "mixing",
			"combine", "combining", "prescribed");

	private static final Set<String> TAKE = Set.of("take", "takes", "took");

	private static final Set<String> TAKERS = Set.of("i", "he", "she", "we", "they", "you", "also", "to", "still",
			"already", "and", "if");

	/** "and if I take prozac", "she takes prozac": someone takes it (not "how long does prozac take"). */
	private static boolean someoneTakes(List<String> tokens) {
		for (int i = 1; i < tokens.size(); i++) {
			if (TAKE.contains(tokens.get(i)) && TAKERS.contains(tokens.get(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "what about the nasal spray version I read about?": a follow-up that opens by naming what changes, however long.
	 */
	static boolean opensWithWhatAbout(List<String> tokens) {
		return startsWith(tokens, "what", "about") || startsWith(tokens, "how", "about")
				|| startsWith(tokens, "and", "what", "about") || startsWith(tokens, "and", "how", "about")
				|| startsWith(tokens, "what", "of") || startsWith(tokens, "and", "what", "of");
	}

	/**
	 * Words that carry no topic of their own: pronouns, question words, auxiliaries, "not", "really", "though". A
	 * follow-up made only of them ("why not?", "for what though", "what do I do if he does?", "is that true?") asks
	 * about the previous topic again and names nothing new.
	 */
	private static final Set<String> EMPTY_WORDS = Set.of("why", "what", "how", "when", "who", "which", "so", "not",
			"no", "really", "true", "though", "then", "come", "is", "are", "was", "were", "be", "it", "it's", "its",
			"that", "that's", "this", "those", "these", "they", "them", "he", "she", "him", "her", "his", "i", "me",
			"we", "you", "u", "do", "does", "did", "done", "doing", "happen", "happens", "happened", "should", "would",
			"could", "can", "will", "shall", "must", "if", "for", "the", "a", "an", "and", "but", "or", "to",
			"of", "about", "exactly", "mean", "means", "one", "ones", "thing", "again", "case", "in", "since", "until",
			"till");

	/** Words that point back at the previous answer's subject or ask for its reason. */
	private static final Set<String> BACK_POINTERS = Set.of("why", "so", "not", "really", "true", "though", "it",
			"it's", "its", "that", "that's", "this", "those", "these", "they", "them", "he", "she", "him", "her", "then");

	/**
	 * "why?", "why not?", "for what though", "is that true?", "what should I do if he does?": a follow-up with no word
	 * of its own beyond pronouns, question words and auxiliaries; it asks about the previous answer's topic again. A
	 * question about the bot itself ("who are you?") is not one: "you" without anything pointing back.
	 */
	static boolean namesNothingNew(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > 9 || !EMPTY_WORDS.containsAll(tokens) || onlyAcknowledges(tokens)) {
			return false;
		}
		boolean pointsBack = tokens.stream().anyMatch(BACK_POINTERS::contains);
		boolean aboutYou = tokens.contains("you") || tokens.contains("u");
		return pointsBack || (!aboutYou && tokens.size() <= 3);
	}

	/** Words that say someone takes a medicine: "on", "taking", "with", "my" ("he's on X", "what about my X"). */
	private static final Set<String> TAKING = Set.of("on", "taking", "take", "takes", "took", "with", "while", "mix",
			"mixing", "combine", "combining", "prescribed", "using", "use", "uses", "my", "his", "her", "their",
			"our");

	/**
	 * "what if I'm on lithium", "he's on seroquel if that changes anything", "my neuro has me on keppra": a follow-up
	 * that names a medicine someone takes, which asks whether it goes with ketamine treatment.
	 */
	static boolean takesMedicine(List<String> tokens) {
		return tokens.size() <= 12 && (tokens.stream().anyMatch(TAKING::contains) || someoneTakes(tokens));
	}

	/** Words that ask whether something is still all right: "still ok?", "is that a problem?". */
	private static final Set<String> STILL_ALL_RIGHT = Set.of("ok", "okay", "alright", "fine", "safe", "problem",
			"issue", "matter", "matters");

	/** Words before "on" that say the visitor takes something now ("I'm on", "been on"). */
	private static final Set<String> BEING_ON = Set.of("am", "been", "i'm", "im");

	/**
	 * "I'm on lithium btw, still ok?", "been taking adderall for years, is that a problem?": a short follow-up that says
	 * the visitor takes something now and asks whether that is all right, with no question of its own.
	 */
	static boolean takesAndAsksIfAllRight(List<String> tokens) {
		if (tokens.size() > 10 || tokens.stream().noneMatch(STILL_ALL_RIGHT::contains)
				|| tokens.stream().anyMatch(WH_WORDS::contains)) {
			return false;
		}
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String before = (i > 0) ? tokens.get(i - 1) : "";
			if (token.equals("taking") || (token.equals("on") && BEING_ON.contains(before))) {
				return true;
			}
		}
		return false;
	}

	/** How a short follow-up opens to ask the same question of what the visitor takes: "what about if", "and if". */
	private static final List<List<String>> IF_OPENERS = List.of(List.of("what", "about", "if"),
			List.of("how", "about", "if"), List.of("what", "if"), List.of("and", "if"), List.of("but", "if"),
			List.of("what", "about", "when"), List.of("even", "if"));

	/** Words after the opener that say the visitor takes something: "if I'm on", "if I take", "if I'm taking". */
	private static final Set<String> TAKES = Set.of("take", "taking", "takes", "use", "using");

	/**
	 * "wat about if im on lamotrigine", "and if I take sertraline?": a short follow-up that asks the question just
	 * answered for someone who takes a medicine, with no question of its own.
	 */
	static boolean asksIfTaking(List<String> tokens) {
		if (tokens.size() > 10) {
			return false;
		}
		for (List<String> opener : IF_OPENERS) {
			if (tokens.size() > opener.size() + 2 && tokens.subList(0, opener.size()).equals(opener)) {
				List<String> rest = tokens.subList(opener.size(), tokens.size());
				for (int i = 1; i < Math.min(rest.size(), 4); i++) {
					if (TAKES.contains(rest.get(i)) || (rest.get(i).equals("on") && BEING_ON.contains(rest.get(i - 1)))) {
						return rest.get(0).equals("i");
					}
				}
				return false;
			}
		}
		return false;
	}

	/** Words of a follow-up that name something: every token but the {@link #EMPTY_WORDS} and fillers. */
	static List<String> contentWords(List<String> tokens) {
		return tokens.stream().filter((token) -> !EMPTY_WORDS.contains(token) && !BARE_FILLERS.contains(token)
				&& !OPENERS.contains(token)).toList();
	}

	private static final java.util.regex.Pattern INTRAMUSCULAR = java.util.regex.Pattern.compile(
			"\\bIM\\b(?!\\s+(?:on|taking|not|going|so|a|an|in|having|pregnant|worried|scared|still|just|really|"
					+ "doing|getting|trying|told|currently)\\b)|(?i)(?<=\\b(?:for|the|an|and|via|by|of|as|or)\\s)im\\b"
					+ "(?=\\s*(?:[?.!,]|$|too\\b|also\\b|shots?\\b|injections?\\b|route\\b|version\\b|one\\b|ketamine\\b))");

	/**
	 * The message with "IM" read as the intramuscular shot where it cannot be "I'm" ("same for IM?", "and the im
	 * one?"); the classifier's normalizer reads "im" as "i am", as it usually is in chat. A message in capitals only is
	 * left alone.
	 */
	static String spelledForms(String text) {
		if (text.chars().noneMatch(Character::isLowerCase)) {
			return text;
		}
		return INTRAMUSCULAR.matcher(text).replaceAll("intramuscular");
	}

	private static boolean startsWith(List<String> tokens, String... words) {
		if (tokens.size() < words.length) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			if (!tokens.get(i).equals(words[i])) {
				return false;
			}
		}
		return true;
	}

}
