package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The curated, reviewable safety rules, read from the files in {@code intents/safety/}: the urgent rules, how text is
 * rewritten before screening, what reads as a negation, an idiom or an information question, and the medical-advice
 * boundary.
 *
 * @param urgent the rules that make a message urgent ({@code urgent-rules.yaml})
 * @param selfHarmMentions patterns that show a message mentions suicide or self-harm at all
 * @param screening emoji and rewrites applied before screening ({@code screening.yaml})
 * @param context negations, idioms and information-question cues ({@code context.yaml})
 * @param advice the medical-advice boundary and illicit requests ({@code advice-boundary.yaml})
 */
public record SafetyRules(List<Rule> urgent, List<String> selfHarmMentions, Screening screening, Context context,
		Advice advice) {

	static final String URGENT_FILE = "urgent-rules.yaml";

	static final String SCREENING_FILE = "screening.yaml";

	static final String CONTEXT_FILE = "context.yaml";

	static final String ADVICE_FILE = "advice-boundary.yaml";

	public SafetyRules {
		urgent = List.copyOf(urgent);
		selfHarmMentions = List.copyOf(selfHarmMentions);
	}

	/**
	 * Reads and compiles every rule file in the folder, naming the file and rule of any broken pattern. A path to
	 * {@code urgent-rules.yaml} itself (the single-file layout of earlier versions) reads the folder it is in.
	 */
	public static SafetyRules load(Path location) {
		Path directory = Files.isRegularFile(location) ? location.toAbsolutePath().getParent() : location;
		UrgentFile urgent = read(directory.resolve(URGENT_FILE), UrgentFile.class);
		Screening screening = read(directory.resolve(SCREENING_FILE), Screening.class);
		Context context = read(directory.resolve(CONTEXT_FILE), Context.class);
		Advice advice = read(directory.resolve(ADVICE_FILE), Advice.class);
		SafetyRules rules = new SafetyRules(urgent.rules(), urgent.selfHarmMentions(), screening, context, advice);
		rules.validate(directory);
		return rules;
	}

	private static <T> T read(Path file, Class<T> type) {
		try {
			return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(Files.readAllBytes(file), type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read safety rules " + file + ": " + ex.getMessage(), ex);
		}
	}

	private void validate(Path directory) {
		Path urgentFile = directory.resolve(URGENT_FILE);
		this.urgent.forEach((rule) -> rule.patterns().forEach((pattern) -> compile(urgentFile, rule.id(), pattern)));
		this.selfHarmMentions.forEach((pattern) -> compile(urgentFile, "selfHarmMentions", pattern));
		Path screeningFile = directory.resolve(SCREENING_FILE);
		this.screening.rewrites().forEach((rewrite) -> compile(screeningFile, "rewrites", rewrite.from()));
		Path contextFile = directory.resolve(CONTEXT_FILE);
		compile(contextFile, "negations", this.context.negations().pattern());
		this.context.idioms().forEach((pattern) -> compile(contextFile, "idioms", pattern));
		this.context.informationQuestions().forEach((pattern) -> compile(contextFile, "informationQuestions", pattern));
		this.context.personalCues().forEach((pattern) -> compile(contextFile, "personalCues", pattern));
		this.context.riskTopics().forEach((pattern) -> compile(contextFile, "riskTopics", pattern));
		this.context.reported().forEach((pattern) -> compile(contextFile, "reported", pattern));
		this.context.present().forEach((pattern) -> compile(contextFile, "present", pattern));
		this.context.continued().forEach((pattern) -> compile(contextFile, "continued", pattern));
		this.context.ended().forEach((pattern) -> compile(contextFile, "ended", pattern));
		this.context.recovered().forEach((pattern) -> compile(contextFile, "recovered", pattern));
		this.context.animals().forEach((pattern) -> compile(contextFile, "animals", pattern));
		this.context.people().forEach((pattern) -> compile(contextFile, "people", pattern));
		this.context.mild().forEach((pattern) -> compile(contextFile, "mild", pattern));
		this.context.worsening().forEach((pattern) -> compile(contextFile, "worsening", pattern));
		Path adviceFile = directory.resolve(ADVICE_FILE);
		this.advice.adviceBoundary()
			.forEach((group) -> group.patterns().forEach((pattern) -> compile(adviceFile, group.id(), pattern)));
		this.advice.illicitRequests()
			.forEach((group) -> group.patterns().forEach((pattern) -> compile(adviceFile, group.id(), pattern)));
	}

	static Pattern compile(Path file, String rule, String pattern) {
		try {
			return Pattern.compile(pattern);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException(file + ": rule '" + rule + "' has a broken pattern: " + ex.getMessage(), ex);
		}
	}

	/**
	 * How a rule's patterns are judged in context.
	 */
	public enum Kind {

		/** Fires wherever it appears, even inside a question. */
		STATEMENT,

		/** Danger words that are also the subject of ordinary questions: silent inside an information question. */
		TOPIC;

		@com.fasterxml.jackson.annotation.JsonCreator
		public static Kind of(String value) {
			return valueOf(value.trim().toUpperCase());
		}

	}

	/**
	 * One urgent rule: any of its patterns matching a sentence of the rewritten text makes the message urgent.
	 *
	 * @param id a stable name for review and the parse endpoint
	 * @param category what the rule is about, for review
	 * @param urgency crisis or emergency
	 * @param kind statement or topic
	 * @param patterns regular expressions over one rewritten, lower-case sentence
	 */
	public record Rule(String id, String category, Urgency urgency, Kind kind, List<String> patterns) {

		public Rule {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("A safety rule needs an id");
			}
			if (urgency == null || urgency == Urgency.NONE) {
				throw new IllegalArgumentException("Safety rule '" + id + "' must be crisis or emergency");
			}
			category = (category == null || category.isBlank()) ? id : category;
			kind = (kind != null) ? kind : Kind.STATEMENT;
			patterns = List.copyOf(patterns);
			if (patterns.isEmpty()) {
				throw new IllegalArgumentException("Safety rule '" + id + "' has no patterns");
			}
		}

	}

	/**
	 * The emoji and word rewrites applied before screening.
	 *
	 * @param emoji each emoji and the word it stands for
	 * @param rewrites regular-expression replacements, applied in order
	 */
	public record Screening(Map<String, String> emoji, List<Rewrite> rewrites) {

		public Screening {
			emoji = (emoji != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(emoji)) : Map.of();
			rewrites = (rewrites != null) ? List.copyOf(rewrites) : List.of();
		}

	}

	/**
	 * One rewrite: a regular expression and its replacement ({@code $1} refers to a group).
	 */
	public record Rewrite(String from, String to) {

		public Rewrite {
			if (from == null || from.isEmpty() || to == null) {
				throw new IllegalArgumentException("A rewrite needs 'from' and 'to'");
			}
		}

	}

	/**
	 * What tells the screen that danger words are not a report of danger.
	 *
	 * @param negations clear negations, masked before the rules run
	 * @param idioms figures of speech, masked before the rules run
	 * @param informationQuestions cues of an information question
	 * @param personalCues cues of a personal, present situation, which override the information-question cues
	 * @param riskTopics risks that an information question can be about (overdose, breathing, heart rate, blood
	 * pressure, dissociation, a heart history): its answer also says what to do if it is happening now
	 * @param reported cues of a sentence about a distant past or a story (news, fiction); such a sentence is not read
	 * for danger unless it also has a {@code present} or personal cue
	 * @param present cues of the present that keep a sentence with a {@code reported} cue in view
	 * @param continued cues in the next sentence that carry a reported sentence into the present ("i overdosed years
	 * ago. tonight i want to do it again"): the reported sentence is then read for danger too
	 * @param ended cues in the next sentence that close the sentence before it into the past ("i thought about ending
	 * it a lot. that was 2008."; "... every day. i do not anymore."): that sentence is read as a {@code reported} one
	 * @param recovered statements that the teller is well now ("since then i have rebuilt my life", "today i am
	 * stable"): a message that tells a distant past, then one of these, and has no present or continued cue anywhere
	 * else is a story of the past, every sentence of which is read as a {@code reported} one
	 * @param animals pets and other animals: a detector unit that names one and none of the {@code people} tells of
	 * an animal, whose physical symptoms ("my cat keeps throwing up") are a vet's matter, not a medical emergency;
	 * its emergency score does not make the message urgent (its crisis score still does)
	 * @param people a person the unit may be about (the writer, a relative, a friend)
	 * @param mild cues that a bodily trouble was mild or is already over ("just a bit sore", "it went away", "playing
	 * and eating normally now"): a detector unit with one (a clause: its sentence) and none of the {@code worsening}
	 * cues makes the message urgent by its emergency score only from {@link SafetyScreen#MILD_EMERGENCY_THRESHOLD}
	 * (its crisis score counts as any other)
	 * @param worsening cues that the trouble is going on or getting worse ("still", "right now", "minutes ago",
	 * "can not breathe"), which keep a unit with a mild cue read as any other
	 */
	public record Context(Negations negations, List<String> idioms, List<String> informationQuestions,
			List<String> personalCues, List<String> riskTopics, List<String> reported, List<String> present,
			List<String> continued, List<String> ended, List<String> recovered, List<String> animals,
			List<String> people, List<String> mild, List<String> worsening) {

		public Context {
			idioms = copy(idioms);
			informationQuestions = copy(informationQuestions);
			personalCues = copy(personalCues);
			riskTopics = copy(riskTopics);
			reported = copy(reported);
			present = copy(present);
			continued = copy(continued);
			ended = copy(ended);
			recovered = copy(recovered);
			animals = copy(animals);
			people = copy(people);
			mild = copy(mild);
			worsening = copy(worsening);
		}

	}

	/**
	 * A negation is one of the cues, then only filler words, then one of the terms it negates.
	 */
	public record Negations(List<String> cues, List<String> fillers, List<String> terms) {

		public Negations {
			cues = copy(cues);
			fillers = copy(fillers);
			terms = copy(terms);
			if (cues.isEmpty() || terms.isEmpty()) {
				throw new IllegalArgumentException("Negations need cues and terms");
			}
		}

		/**
		 * The regular expression built from the lists.
		 */
		public String pattern() {
			String filler = (this.fillers.isEmpty()) ? "" : "(?:\\s+(?:" + String.join("|", this.fillers) + "))*";
			return "\\b(?:" + String.join("|", this.cues) + ")" + filler + "\\s+(?:" + String.join("|", this.terms)
					+ ")\\b";
		}

	}

	/**
	 * The medical-advice boundary and the requests that are refused.
	 */
	public record Advice(List<PatternGroup> adviceBoundary, List<PatternGroup> illicitRequests) {

		public Advice {
			adviceBoundary = copy(adviceBoundary);
			illicitRequests = copy(illicitRequests);
		}

	}

	/**
	 * Named patterns of one kind of request.
	 */
	public record PatternGroup(String id, List<String> patterns) {

		public PatternGroup {
			patterns = copy(patterns);
		}

	}

	private record UrgentFile(List<Rule> rules, List<String> selfHarmMentions) {

		UrgentFile {
			rules = copy(rules);
			selfHarmMentions = copy(selfHarmMentions);
		}

	}

	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
