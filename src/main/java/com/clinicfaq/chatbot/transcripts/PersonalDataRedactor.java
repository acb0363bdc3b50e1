package com.clinicfaq.chatbot.transcripts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a visitor's message before it is written to a transcript, leaving a marker such as
 * {@code [PHONE]} in its place: payment card numbers (Luhn-checked), medical record numbers after a cue, IP
 * addresses, licence plates (after a cue, or the UK shape), e-mail addresses, social security numbers, insurance
 * member numbers, dates of birth, phone numbers (every phone-shaped number, public hotlines such as 1-800-222-1222 included), street addresses and
 * the names a visitor gives ("my name is ...", "my husband John"), and first names from a public name list given
 * without capitals or introduction ("sarah here", "thanks, maria": {@link FirstNames}).
 * <p>
 * It works on patterns, cue words and the name list, so it misses what has none: a name that is also a common
 * word ("Will here"), a surname alone, a city or an employer, a date of birth without a cue ("03/04/1985" alone),
 * an address without a house number. docs/safety.md lists these limits. Stateless and thread-safe.
 */
public class PersonalDataRedactor {

	private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|" + MONTH
			+ "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
			+ ",?\\s+\\d{2,4}|(?:19|20)\\d{2})";

	private static final String STREET_SUFFIX = "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct"
			+ "|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|loop|alley|row|crescent)";

	/** Words that cannot be part of a street name between the house number and the suffix ("20 miles down the road"). */
	private static final String NOT_STREET_WORD = "(?!(?:the|a|an|my|your|his|her|our|their|down|up|to|of|in|on|at|from"
			+ "|and|or|miles?|minutes?|mins?|hours?|hrs?|blocks?|km|kilometers?|mg|ml|sessions?|times?|days?|weeks?|pills?)\\b)";

	/** Every pattern that needs {@code \\d} (which, without Unicode classes, is an ASCII digit). */
	private static final Predicate<String> DIGIT = (text) -> text.chars().anyMatch((c) -> c >= '0' && c <= '9');

	private static final Predicate<String> COLON = (text) -> text.indexOf(':') >= 0;

	private static final Predicate<String> AT_SIGN = (text) -> text.indexOf('@') >= 0;

	/** "at" spelled out between spaces or in brackets, in any case (the pattern's only ways to write it). */
	private static final Pattern AT_SPELLED = Pattern.compile("(?i)\\(at\\)|\\[at\\]|\\sat\\s");

	private static final Predicate<String> SPELLED_AT = (text) -> AT_SPELLED.matcher(text).find();

	/** The cues of a name given: each alternative of the pattern's look-behind contains one of these, in any case. */
	private static final Predicate<String> NAME_CUE = (text) -> containsAny(text.toLowerCase(Locale.ROOT), "name",
			"call me", "this is", "i'm", "i am", "it's", "its");

	private static final Predicate<String> RELATION_CUE = (text) -> containsAny(text.toLowerCase(Locale.ROOT), "my",
			"our");

	private static final Predicate<String> TITLE_CUE = (text) -> containsAny(text, "Dr", "Doctor", "Mr", "Ms", "Miss");

	private static final List<Rule> RULES = List.of(
			// payment card numbers: 13 to 19 digits, grouped or not, that pass the Luhn check
			new Rule(DIGIT, "card", "[CARD]", Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])"),
					PersonalDataRedactor::passesLuhn),
			// medical record numbers, after a cue
			new Rule(DIGIT, "mrn", "[MRN]", Pattern.compile(
					"(?i)(?<=\\b(?:mrn|medical record(?:\\s{1,2}(?:number|no\\.?|num|#))?|med rec(?:ord)?(?:\\s{1,2}(?:number|no\\.?|#))?|(?:chart|patient)\\s{1,2}(?:id|number|no\\.?|num|#))\\s{0,2}(?:is|:|=|-|#)?\\s{0,3})(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9][A-Za-z0-9-]{3,19}\\b")),
			// IP addresses: IPv4, and IPv6 written in full or with ::
			new Rule(DIGIT, "ip", "[IP]", Pattern.compile(
					"(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.]*\\d)")),
			new Rule(COLON, "ip", "[IP]", Pattern.compile(
					"(?i)(?<![\\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\\w:])|(?<![\\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![\\w:])")),
			// licence plates: after a cue, and the UK's AB12 CDE shape
			new Rule(DIGIT, "plate", "[PLATE]", Pattern.compile(
					"(?i)(?<=\\b(?:license|licence|number|tag|reg|registration)\\s{0,2}plate(?:s)?\\s{0,2}(?:number|no\\.?|#)?\\s{0,2}(?:is|:|-|#)?\\s{0,3})(?!(?i:is|was)\\b)(?=[A-Za-z0-9 -]*\\d)[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){1,8}\\b")),
			new Rule(DIGIT, "plate", "[PLATE]", Pattern.compile(
					"(?i)(?<=\\b(?:plate|plates|tag|registration|reg)\\s{0,2}(?:number|no\\.?|#)?\\s{0,2}(?:is|:|-|#)\\s{0,3})(?!(?i:is|was)\\b)(?=[A-Za-z0-9 -]*\\d)[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){1,8}\\b")),
			new Rule(DIGIT, "plate", "[PLATE]", Pattern.compile("\\b[A-Z]{2}\\d{2} ?[A-Z]{3}\\b")),
			// e-mail, also spelled out: "jane dot doe at gmail dot com"
			new Rule(AT_SIGN, "email", "[EMAIL]", Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}")),
			new Rule(SPELLED_AT, "email", "[EMAIL]", Pattern.compile(
					"(?i)\\b[\\p{L}\\p{N}._%+-]+(?:\\s*(?:\\(|\\[)?\\s*dot\\s*(?:\\)|\\])?\\s*[\\p{L}\\p{N}_-]+)*\\s*(?:\\(at\\)|\\[at\\]|\\s+at\\s+)\\s*[\\p{L}\\p{N}-]+\\s*(?:\\(dot\\)|\\[dot\\]|\\s+dot\\s+|\\.)\\s*(?:com|org|net|edu|gov|io|co|us|uk|ca|info|me)\\b")),
			// social security numbers: 123-45-6789, 123 45 6789, or nine digits after a cue
			new Rule(DIGIT, "ssn", "[SSN]", Pattern.compile("(?<![\\d-])\\d{3}[- ]\\d{2}[- ]\\d{4}(?![\\d-])")),
			new Rule(DIGIT, "ssn", "[SSN]", Pattern.compile(
					"(?i)(?<=\\b(?:ssn|social security(?: number| no\\.?| #)?|social)(?:\\s*(?:is|:|#|number|no\\.?))?\\s{0,3})\\d{9}\\b")),
			// insurance member, subscriber, policy and group numbers, after a cue; Medicare beneficiary identifiers
			new Rule(DIGIT, "member_id", "[MEMBER_ID]", Pattern.compile(
					"(?i)(?<=\\b(?:member|subscriber|policy|insurance|medicaid|medicare|group|plan|beneficiary)\\s{0,2}(?:id|identification|number|no\\.?|num|#)?\\s{0,2}(?:number|no\\.?|#)?\\s{0,2}(?:is|:|=|-)?\\s{0,3})(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9][A-Za-z0-9-]{4,19}\\b")),
			new Rule(DIGIT, "member_id", "[MEMBER_ID]",
					Pattern.compile("\\b[1-9][A-Z][A-Z0-9]\\d-?[A-Z][A-Z0-9]\\d-?[A-Z]{2}\\d{2}\\b")),
			// dates of birth, after a cue
			new Rule(DIGIT, "dob", "[DOB]", Pattern.compile("(?i)(?<=\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|born(?: on| in)?)\\s{0,2}(?:is|was|:|-)?\\s{0,3})" + DATE)),
			// phone numbers: US shapes with or without country code, and international numbers starting with +
			new Rule(DIGIT, "phone", "[PHONE]", Pattern.compile(
					"(?<![\\w+])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?:\\s*(?:x|ext\\.?)\\s*\\d{1,5})?(?!\\w)")),
			new Rule(DIGIT, "phone", "[PHONE]", Pattern.compile("(?<![\\w+])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,5}(?!\\w)")),
			// street addresses with a house number, and PO boxes
			new Rule(DIGIT, "address", "[ADDRESS]", Pattern.compile("(?i)\\b\\d{1,6}[A-Za-z]?\\s+(?:" + NOT_STREET_WORD
					+ "[\\p{L}'.-]+\\s+){1,4}" + STREET_SUFFIX + "\\b\\.?(?:,?\\s*(?:apt|apartment|unit|suite|ste|#)\\.?\\s*#?\\w+)?(?:,\\s*[\\p{L} ]{2,30},?\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?)?")),
			new Rule(DIGIT, "address", "[ADDRESS]", Pattern.compile("(?i)\\bp\\.?\\s?o\\.?\\s*box\\s+\\d+\\b")),
			new Rule(DIGIT, "address", "[ADDRESS]",
					Pattern.compile("(?i)(?<=\\b(?:zip|zip code|postal code|postcode)\\s{0,2}(?:is|:)?\\s{0,2})\\d{5}(?:-\\d{4})?\\b")),
			// names the visitor gives
			new Rule(NAME_CUE, "name", "[NAME]", Pattern.compile(
					"(?i)(?<=\\b(?:my name is|my name's|my names|name is|name's|call me|i am called|this is|i'm|i am|it's|its)\\s)(?-i)(?=[A-Z]|(?<=(?i:name is |name's |names ))\\p{L})(?!(?:I|Not|Just|So|Very|Really|Here|Back|Fine|Good|Ok|Okay|Sorry|Still|Also|The|A|An|In|On|At|It|Is|This|That|Wondering|Asking|Looking|Interested|Curious|Worried|Scared|Trying|Calling|Writing|Currently|Pregnant|Depressed|Anxious|Suicidal|Tired|Done|New|Going|Having|Taking|Ketamine|Spravato|Dr)\\b)\\p{L}[\\p{L}'-]*(?:\\s+(?-i:[A-Z])[\\p{L}'-]+){0,2}")),
			new Rule(RELATION_CUE, "name", "[NAME]", Pattern.compile(
					"(?<=\\b(?i:my|our)\\s(?i:wife|husband|partner|son|daughter|mom|mother|mum|dad|father|brother|sister|friend|boyfriend|girlfriend|fiance|fiancee|kid|child|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|roommate|therapist|doctor|psychiatrist|nurse|neighbor|neighbour)\\s)(?!(?:I|Is|Has|Was|Just|And|But|Said|Says|Took|Told|OD)\\b)[A-Z][a-z][\\p{L}'-]*(?:\\s+[A-Z][a-z][\\p{L}'-]*)?")),
			new Rule(TITLE_CUE, "name", "[NAME]", Pattern.compile("(?<=\\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss)\\.?\\s)[A-Z][a-z][\\p{L}'-]*(?:\\s+[A-Z][a-z][\\p{L}'-]*)?")));

	/**
	 * What is stored instead of a message whose redaction ran over its work budget: never the raw text.
	 */
	public static final String WITHHELD = "[WITHHELD: message not stored, personal data could not be checked in time]";

	/**
	 * Character reads the rules may make per character of the message (plus a constant), summed over all rules. A
	 * typical message needs well under a tenth of this; the budget only stops pathological input.
	 */
	static final long READS_PER_CHARACTER = 10_000;

	/**
	 * The text with every personal detail replaced by its marker, and the kinds of detail removed. If the rules would
	 * read the text more than {@link #READS_PER_CHARACTER} times per character (a message built to make a pattern
	 * backtrack), the whole text is replaced by {@link #WITHHELD} and the type {@code withheld} is reported.
	 */
	public Redaction redact(String text) {
		if (text == null || text.isEmpty()) {
			return new Redaction(text, List.of());
		}
		ReadBudget budget = new ReadBudget((text.length() + 64L) * READS_PER_CHARACTER);
		try {
			return redact(text, budget);
		}
		catch (ReadBudget.Exhausted ex) {
			return new Redaction(WITHHELD, List.of("withheld"));
		}
	}

	/**
	 * How many character reads redacting the text takes, for tests that check the work stays linear.
	 */
	static long readsToRedact(String text) {
		ReadBudget budget = new ReadBudget(Long.MAX_VALUE);
		new PersonalDataRedactor().redact(text, budget);
		return budget.reads();
	}

	private Redaction redact(String text, ReadBudget budget) {
		String redacted = text;
		Set<String> types = new LinkedHashSet<>();
		for (Rule rule : RULES) {
			if (!rule.possible().test(redacted)) {
				continue;
			}
			Matcher matcher = rule.pattern().matcher(budget.wrap(redacted));
			StringBuilder result = new StringBuilder(redacted.length());
			boolean found = false;
			while (matcher.find()) {
				if (!rule.accepts(matcher.group())) {
					continue;
				}
				found = true;
				matcher.appendReplacement(result, Matcher.quoteReplacement(rule.marker()));
			}
			if (found) {
				matcher.appendTail(result);
				redacted = result.toString();
				types.add(rule.type());
			}
		}
		String named = FirstNames.redact(redacted);
		if (!named.equals(redacted)) {
			types.add("name");
		}
		return new Redaction(named, new ArrayList<>(types));
	}

	private static boolean containsAny(String text, String... parts) {
		for (String part : parts) {
			if (text.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a rule's cheap test turned away {@code text} although its pattern matches it: never, for tests.
	 */
	static boolean anyRuleWronglyTurnedAway(String text) {
		return RULES.stream().anyMatch((rule) -> !rule.possible().test(text) && rule.pattern().matcher(text).find());
	}

	/**
	 * How many rules' patterns the cheap tests spare for {@code text}, for tests.
	 */
	static long rulesSpared(String text) {
		return RULES.stream().filter((rule) -> !rule.possible().test(text)).count();
	}

	/**
	 * The Luhn check digit test of payment card numbers; separators are ignored.
	 */
	static boolean passesLuhn(String number) {
		int sum = 0;
		boolean doubled = false;
		for (int i = number.length() - 1; i >= 0; i--) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				continue;
			}
			int digit = c - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	/**
	 * A redacted text and the kinds of personal data removed from it ({@code card}, {@code mrn}, {@code ip},
	 * {@code plate}, {@code email}, {@code phone}, {@code ssn}, {@code member_id}, {@code dob}, {@code address},
	 * {@code name}), in the order they were found.
	 */
	public record Redaction(String text, List<String> types) {

		public Redaction {
			types = List.copyOf(types);
		}

	}

	/**
	 * A rule: {@code possible} is a cheap test that is false only for texts the pattern cannot match (it needs a digit,
	 * an at sign, a cue word), so that the rule's expression runs only on texts that may hold its kind of detail: most
	 * messages have no digit, and the expressions were an eighth of a varied {@code /chat} load's Java time
	 * (docs/measurements.md, session 29). {@code accept} tests a match (the Luhn check).
	 */
	private record Rule(Predicate<String> possible, String type, String marker, Pattern pattern,
			Predicate<String> accept) {

		Rule(Predicate<String> possible, String type, String marker, Pattern pattern) {
			this(possible, type, marker, pattern, (match) -> true);
		}

		boolean accepts(String match) {
			return this.accept.test(match);
		}

	}

}
