package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Screens every message for a crisis or a medical emergency before anything else looks at it, using the curated
 * rules in {@link SafetyRules}. The message is rewritten by the {@link ScreeningNormalizer} and split into sentences,
 * so that an urgent sentence buried in a long message is judged on its own and a negation or a question in one
 * sentence cannot cancel an urgent statement in another. Within a sentence, clear negations and idioms are masked
 * first; then every rule of kind {@code statement} is tried, and rules of kind {@code topic} only when the sentence is
 * not an information question.
 * <p>
 * The screen is stateless after construction and safe to share between threads.
 */
public class SafetyScreen {

	/**
	 * An information question on its own (a question cue, no personal cue: "what if someone takes too much?") makes a
	 * message urgent only from this detector score. Below it, a score from the urgent threshold up still counts as a
	 * danger signal (the classifier's crisis or emergency call may stand on it), never as a benign reading: a question
	 * whose score rose from 0.3 to 0.5 used to turn a classifier's urgent hand-off into an answer. Raised from 0.7
	 * (2026-12-01, branch s7-alarms): follow-up questions about treatment ("so people just keep coming back
	 * forever?") scored 0.7-0.8; no urgent message of the development or held-out sets depended on a question unit
	 * between 0.7 and 0.9 (docs/safety.md).
	 */
	static final double QUESTION_THRESHOLD = 0.8;

	/**
	 * From this emergency score on, a unit told as mild or over still makes a message urgent on its own ({@link
	 * #toldAsMild}): chosen on the readable dev halves (session 55), where the mild troubles the detector alone made
	 * urgent scored 0.43-0.79 and no urgent message of those halves was left to this unit kind. Since session 56 also
	 * the level from which a clause that itself tells a trouble as mild or over makes a message urgent by its crisis
	 * score (two such clauses of the s56b dev half, "went away after i slept", scored 0.42 and 0.55).
	 */
	static final double MILD_EMERGENCY_THRESHOLD = 0.85;

	/**
	 * From this score on, a unit that holds a masked figure of speech ("your parking garage is going to be the death of
	 * me lol", "my cat would kill me if i left her alone all day") still makes a message urgent on its own ({@link
	 * #figurative}): what is left after the mask scored 0.55-0.61 on those two (the garage and the lonely cat sound like
	 * a plan to the detector), and no urgent message of the readable dev material was left to such a unit (session 56).
	 * Below it, its scores are no evidence for the classifier's urgent call either (which read the figure itself); the
	 * rules still read the sentence.
	 */
	static final double FIGURATIVE_THRESHOLD = 0.85;

	/** Up to this many sentences, the whole message is scored as one more unit. */
	private static final int WHOLE_MESSAGE_SENTENCES = 8;

	/** Where a long sentence is cut into clauses for the detector. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;:\u2014\u2013]|\\s-\\s)\\s*|\\s+(?=(?:but|because|since|although|though|and then) )");

	/** Clauses shorter than this are scored only as part of their sentence. */
	private static final int CLAUSE_MIN_WORDS = 3;

	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n+\\s*");

	private final ScreeningNormalizer normalizer;

	/** What {@link #prepared(String)} depends on besides the code: the screening rewrites and the masks. */
	private final String preparationRules;

	private final List<CompiledRule> rules;

	private final List<GatedPattern> selfHarmMentions;

	private final List<GatedPattern> masks;

	private final List<GatedPattern> idioms;

	private final List<GatedPattern> informationQuestions;

	private final List<GatedPattern> personalCues;

	private final List<GatedPattern> adviceBoundary;

	private final List<GatedPattern> illicitRequests;

	private final List<GatedPattern> riskTopics;

	private final List<GatedPattern> reportedCues;

	private final List<GatedPattern> presentCues;

	private final List<GatedPattern> continuedCues;

	private final List<GatedPattern> endedCues;

	private final List<GatedPattern> recoveredCues;

	private final List<GatedPattern> animals;

	private final List<GatedPattern> people;

	private final List<GatedPattern> mildCues;

	private final List<GatedPattern> worseningCues;

	private final Supplier<RiskDetector> detector;

	private final DetectorThresholds thresholds;

	/** The detector of Spanish sentences, or {@code null}. */
	private final SpanishRiskDetector spanish;

	/** From this probability on, one Spanish sentence or clause makes the message urgent. */
	private final double spanishThreshold;

	/**
	 * A screen of the curated rules alone.
	 */
	public SafetyScreen(SafetyRules rules) {
		this(rules, null, DetectorThresholds.DEFAULT);
	}

	/**
	 * A screen of the curated rules and a learned risk detector (may be {@code null}).
	 */
	public SafetyScreen(SafetyRules rules, RiskDetector detector, DetectorThresholds thresholds) {
		this.normalizer = new ScreeningNormalizer(rules.screening());
		this.rules = rules.urgent().stream().map(CompiledRule::of).toList();
		this.selfHarmMentions = compile(rules.selfHarmMentions());
		List<String> masks = new ArrayList<>();
		masks.add(rules.context().negations().pattern());
		masks.addAll(rules.context().idioms());
		this.masks = compile(masks);
		this.idioms = compile(rules.context().idioms());
		this.preparationRules = "screening=" + rules.screening() + ";masks=" + masks;
		this.informationQuestions = compile(rules.context().informationQuestions());
		this.personalCues = compile(rules.context().personalCues());
		this.adviceBoundary = compile(
				rules.advice().adviceBoundary().stream().flatMap((group) -> group.patterns().stream()).toList());
		this.illicitRequests = compile(
				rules.advice().illicitRequests().stream().flatMap((group) -> group.patterns().stream()).toList());
		this.riskTopics = compile(rules.context().riskTopics());
		this.reportedCues = compile(rules.context().reported());
		this.presentCues = compile(rules.context().present());
		this.continuedCues = compile(rules.context().continued());
		this.endedCues = compile(rules.context().ended());
		this.recoveredCues = compile(rules.context().recovered());
		this.animals = compile(rules.context().animals());
		this.people = compile(rules.context().people());
		this.mildCues = compile(rules.context().mild());
		this.worseningCues = compile(rules.context().worsening());
		this.detector = () -> detector;
		this.thresholds = thresholds;
		this.spanish = null;
		this.spanishThreshold = 1;
	}

	/**
	 * The same screen with a learned risk detector.
	 */
	public SafetyScreen withDetector(RiskDetector detector, DetectorThresholds thresholds) {
		return new SafetyScreen(this, () -> detector, thresholds, this.spanish, this.spanishThreshold);
	}

	/**
	 * The same screen with the detector that {@code detector} holds at each message (one that is retrained and
	 * swapped in the background: {@link CurrentRiskDetector}).
	 */
	public SafetyScreen withDetector(Supplier<RiskDetector> detector, DetectorThresholds thresholds) {
		return new SafetyScreen(this, detector, thresholds, this.spanish, this.spanishThreshold);
	}

	/**
	 * The same screen that also reads messages written in Spanish with {@code spanish}: a sentence or clause it scores
	 * from {@code threshold} on makes the message urgent ({@link SafetyVerdict#SPANISH_DETECTOR}).
	 */
	public SafetyScreen withSpanishDetector(SpanishRiskDetector spanish, double threshold) {
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("The Spanish detector's threshold must be in (0, 1], was " + threshold);
		}
		return new SafetyScreen(this, this.detector, this.thresholds, spanish, threshold);
	}

	/**
	 * The detector of Spanish sentences in use, or {@code null}.
	 */
	public SpanishRiskDetector spanishDetector() {
		return this.spanish;
	}

	private SafetyScreen(SafetyScreen rules, Supplier<RiskDetector> detector, DetectorThresholds thresholds,
			SpanishRiskDetector spanish, double spanishThreshold) {
		this.normalizer = rules.normalizer;
		this.preparationRules = rules.preparationRules;
		this.rules = rules.rules;
		this.selfHarmMentions = rules.selfHarmMentions;
		this.masks = rules.masks;
		this.idioms = rules.idioms;
		this.informationQuestions = rules.informationQuestions;
		this.personalCues = rules.personalCues;
		this.adviceBoundary = rules.adviceBoundary;
		this.illicitRequests = rules.illicitRequests;
		this.riskTopics = rules.riskTopics;
		this.reportedCues = rules.reportedCues;
		this.presentCues = rules.presentCues;
		this.continuedCues = rules.continuedCues;
		this.endedCues = rules.endedCues;
		this.recoveredCues = rules.recoveredCues;
		this.animals = rules.animals;
		this.people = rules.people;
		this.mildCues = rules.mildCues;
		this.worseningCues = rules.worseningCues;
		this.detector = detector;
		this.thresholds = thresholds;
		this.spanish = spanish;
		this.spanishThreshold = spanishThreshold;
	}

	/**
	 * What the risk detector reads of a sentence: the rewritten text (first reading) with negations and idioms masked.
	 */
	public String prepared(String sentence) {
		return mask(this.normalizer.variants(sentence).get(0));
	}

	/**
	 * A fingerprint of {@link #prepared(String)}: the screening rewrites and masks it applies, the code that applies
	 * them (this class's and the normalizer's bytecode) and the Java release (its Unicode tables). The saved risk
	 * detector is keyed by it instead of by ten thousand prepared sentences, so a restart need not prepare them; any
	 * change that could change a prepared sentence changes it (and some that cannot, which only cost one retraining).
	 */
	public String preparation() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("java=" + Runtime.version().feature() + ";" + this.preparationRules)
				.getBytes(StandardCharsets.UTF_8));
			digestBytecode(digest, SafetyScreen.class, ScreeningNormalizer.class);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Adds the bytecode of each class to {@code digest}: a saved model keyed by it is trained again after any change
	 * to the code that prepares its input.
	 */
	static void digestBytecode(MessageDigest digest, Class<?>... classes) throws IOException {
		for (Class<?> code : classes) {
			try (InputStream bytes = code.getResourceAsStream(code.getSimpleName() + ".class")) {
				if (bytes == null) {
					throw new IllegalStateException("cannot read the bytecode of " + code.getName());
				}
				digest.update(bytes.readAllBytes());
			}
		}
	}

	/**
	 * The detector in use, or {@code null}.
	 */
	public RiskDetector detector() {
		return this.detector.get();
	}

	public SafetyVerdict screen(String text) {
		Set<String> matched = new LinkedHashSet<>();
		Urgency urgency = Urgency.NONE;
		boolean benign = false;
		boolean selfHarm = false;
		boolean advice = false;
		boolean illicit = false;
		boolean informationQuestion = false;
		boolean riskTopic = false;
		Map<String, UnitKind> scored = new LinkedHashMap<>();
		Set<String> toldAsMild = new HashSet<>();
		Set<String> overClauses = new HashSet<>();
		Set<String> figurative = new HashSet<>();
		Set<String> questions = new LinkedHashSet<>();
		boolean spanishText = this.spanish != null && SpanishText.isSpanish(text);
		Set<String> spanishUnits = new LinkedHashSet<>();
		for (String variant : this.normalizer.variants(text)) {
			List<String> live = new ArrayList<>();
			List<String> sentences = sentences(variant);
			List<String> maskedSentences = sentences.stream().map(this::mask).toList();
			int story = storyOfThePastUntil(maskedSentences);
			for (int i = 0; i < sentences.size(); i++) {
				String sentence = sentences.get(i);
				String masked = maskedSentences.get(i);
				benign |= !masked.equals(sentence);
				riskTopic |= anyFinds(this.riskTopics, masked);
				if (isReported(maskedSentences, i, i < story)) {
					benign = true;
					continue;
				}
				live.add(masked);
				boolean informational = collectQuestions(sentence, masked, questions);
				informationQuestion |= informational;
				for (CompiledRule rule : this.rules) {
					if (!rule.matches(masked)) {
						continue;
					}
					if (rule.kind() == SafetyRules.Kind.TOPIC && informational) {
						benign = true;
						continue;
					}
					matched.add(rule.id());
					if (urgency != Urgency.CRISIS) {
						urgency = rule.urgency();
					}
				}
			}
			List<String> idiomatic = idiomatic(sentences, maskedSentences);
			for (Unit unit : detectorUnits(live)) {
				if (scored.putIfAbsent(unit.text(), unit.kind()) == null) {
					if (toldAsMild(unit)) {
						toldAsMild.add(unit.text());
						if (unit.kind() == UnitKind.CLAUSE && toldAsMild(new Unit(unit.text(), UnitKind.CLAUSE))) {
							overClauses.add(unit.text());
						}
					}
					if (figurative(unit, idiomatic)) {
						figurative.add(unit.text());
					}
				}
			}
			if (spanishText) {
				// whole sentences only: its clauses, scored too, lost their negation or their past ("hace años,
				// quise morir") and added a third more false alarms for two urgent messages in 744 (5-fold CV of the
				// whole screen, eval --safety-cv --spanish, session 33)
				spanishUnits.addAll(live);
			}
			selfHarm |= anyFinds(this.selfHarmMentions, variant);
			advice |= anyFinds(this.adviceBoundary, variant);
			illicit |= anyFinds(this.illicitRequests, variant);
		}
		List<String> signals = new ArrayList<>();
		if (urgency != Urgency.NONE) {
			signals.add(SafetyVerdict.RULES);
		}
		RiskScore risk = RiskScore.NONE;
		RiskScore urgentRisk = RiskScore.NONE;
		boolean reached = false;
		Map<String, RiskScore> scores = scoreAll(scored.keySet());
		RiskScore evidence = RiskScore.NONE;
		for (Map.Entry<String, UnitKind> unit : scored.entrySet()) {
			RiskScore unitRisk = scores.get(unit.getKey());
			risk = risk.or(unitRisk);
			// a trouble told as mild is no evidence of an emergency either, for a classifier's emergency intent
			boolean mild = toldAsMild.contains(unit.getKey()) && unitRisk.emergency() < MILD_EMERGENCY_THRESHOLD;
			// nor is what is left of a figure of speech evidence for the classifier's call, which read the figure
			boolean figure = figurative.contains(unit.getKey()) && unitRisk.max() < FIGURATIVE_THRESHOLD;
			if (!figure) {
				evidence = evidence.or(mild ? new RiskScore(unitRisk.crisis(), 0) : unitRisk);
			}
			if (questions.contains(unit.getKey()) && unitRisk.max() < QUESTION_THRESHOLD) {
				continue;
			}
			RiskScore counted = (mild || aboutAnAnimal(unit.getKey())) ? new RiskScore(unitRisk.crisis(), 0) : unitRisk;
			if (overClauses.contains(unit.getKey()) && counted.crisis() < MILD_EMERGENCY_THRESHOLD) {
				// a clause that itself tells a trouble as over ("went away after i slept", "but it was gone by the
				// time i got home") scored as if someone were gone; its sentence and the pairs are still read
				counted = new RiskScore(0, counted.emergency());
			}
			if (figure) {
				continue;
			}
			urgentRisk = urgentRisk.or(counted);
			reached |= counted.max() >= this.thresholds.urgent(unit.getValue());
		}
		// a unit that reached its kind's threshold makes the message urgent; the kind of urgency is read from every
		// counted unit, as with one threshold
		Urgency detected = reached ? urgentRisk.urgency(0) : Urgency.NONE;
		if (detected != Urgency.NONE) {
			signals.add(SafetyVerdict.DETECTOR);
			urgency = (urgency == Urgency.NONE) ? detected : urgency;
		}
		RiskScore spanishRisk = RiskScore.NONE;
		for (String unit : spanishUnits) {
			if (unit.chars().anyMatch(Character::isLetter)) {
				spanishRisk = spanishRisk.or(this.spanish.score(unit));
			}
		}
		Urgency spanishUrgency = spanishRisk.urgency(this.spanishThreshold);
		if (spanishUrgency != Urgency.NONE) {
			signals.add(SafetyVerdict.SPANISH_DETECTOR);
			urgency = (urgency == Urgency.NONE) ? spanishUrgency : urgency;
		}
		boolean danger = evidence.max() >= this.thresholds.supporting();
		Set<Urgency> kinds = EnumSet.noneOf(Urgency.class);
		if (evidence.crisis() >= this.thresholds.supporting()) {
			kinds.add(Urgency.CRISIS);
		}
		if (evidence.emergency() >= this.thresholds.supporting()) {
			kinds.add(Urgency.EMERGENCY);
		}
		return new SafetyVerdict(urgency, selfHarm || urgency == Urgency.CRISIS, List.copyOf(matched), benign, advice,
				illicit, risk, signals, danger, informationQuestion && riskTopic, kinds);
	}

	/**
	 * What the detector scores: every sentence, every two adjacent sentences (a plan in one, the place or time in the
	 * next), and the whole message when it is short (a message chopped into one-word sentences).
	 */
	private static List<Unit> detectorUnits(List<String> sentences) {
		List<Unit> units = new ArrayList<>();
		sentences.forEach((sentence) -> units.add(new Unit(sentence, UnitKind.SENTENCE)));
		for (String sentence : sentences) {
			clauses(sentence).forEach((clause) -> units.add(new Unit(clause, UnitKind.CLAUSE, sentence)));
		}
		for (int i = 0; i + 1 < sentences.size(); i++) {
			units.add(new Unit(sentences.get(i) + " " + sentences.get(i + 1), UnitKind.PAIR));
		}
		if (sentences.size() > 2 && sentences.size() <= WHOLE_MESSAGE_SENTENCES) {
			units.add(new Unit(String.join(" ", sentences), UnitKind.MESSAGE));
		}
		return units;
	}

	/**
	 * What a detector unit is: a sentence, a clause of a run-on sentence, two adjacent sentences, or the whole
	 * message of three to {@link #WHOLE_MESSAGE_SENTENCES} sentences.
	 */
	public enum UnitKind {
		SENTENCE, CLAUSE, PAIR, MESSAGE
	}

	/**
	 * A detector unit and the text its context cues are read in: a clause's own sentence, any other unit itself.
	 */
	private record Unit(String text, UnitKind kind, String within) {

		Unit(String text, UnitKind kind) {
			this(text, kind, text);
		}

	}

	/**
	 * The clauses of a long sentence, when it has more than one: a plan said in one clause of a run-on sentence
	 * ("the sessions are fine, since i am going to end it soon, what is the fee") is scored on its own. Clauses of
	 * fewer than {@link #CLAUSE_MIN_WORDS} words are left to the sentence.
	 */
	static List<String> clauses(String sentence) {
		List<String> clauses = new ArrayList<>();
		for (String clause : CLAUSE_BREAK.split(sentence)) {
			String stripped = clause.strip();
			if (stripped.split("\\s+").length >= CLAUSE_MIN_WORDS) {
				clauses.add(stripped);
			}
		}
		return (clauses.size() > 1) ? clauses : List.of();
	}

	/**
	 * Adds the information questions one sentence asks to {@code questions}: the whole sentence and its clauses when it
	 * asks one, otherwise each clause that asks on its own ("this parking is a nightmare, where do i leave my car").
	 * @return whether the whole sentence is an information question
	 */
	private boolean collectQuestions(String sentence, String masked, Set<String> questions) {
		if (isInformationQuestion(sentence, masked)) {
			questions.add(masked);
			questions.addAll(clauses(masked));
			return true;
		}
		for (String clause : clauses(masked)) {
			if (isInformationQuestion(clause, clause)) {
				questions.add(clause);
			}
		}
		return false;
	}

	/**
	 * A message that tells a distant past ("five years ago i ..."), then says the teller is well now ("since then i
	 * have rebuilt my life"), and has no present or continued cue in any other sentence: every sentence of it is read
	 * as reported up to that statement, so a past overdose told in the middle of the story is not read as one now;
	 * what follows the statement is read as usual ("years ago i overdosed. i am ok. i took the whole bottle" stays
	 * urgent). Three sentences at least.
	 * @return the index of the first sentence after the story's past (its "well now" statement), 0 when the message is
	 * not such a story
	 */
	private int storyOfThePastUntil(List<String> masked) {
		if (masked.size() < 3 || this.recoveredCues.isEmpty()) {
			return 0;
		}
		int past = -1;
		int recovered = -1;
		for (int i = 0; i < masked.size(); i++) {
			String sentence = masked.get(i);
			if (anyFinds(this.recoveredCues, sentence)) {
				if (past >= 0 && recovered < 0) {
					recovered = i;
				}
				continue;
			}
			if (anyFinds(this.presentCues, sentence) || anyFinds(this.continuedCues, sentence)) {
				return 0;
			}
			if (past < 0 && anyFinds(this.reportedCues, sentence)) {
				past = i;
			}
		}
		return (past >= 0 && recovered > past) ? recovered : 0;
	}

	/**
	 * A sentence that reports a distant past or a story (news, fiction), or that the next sentence closes into the past
	 * ("i thought about ending it a lot. that was 2008."), has no sign of the present, and is not carried into the
	 * present by the next sentence ("... years ago. tonight i want to do it again"), nor, when the next one closes it,
	 * by the one after that: neither the rules nor the detector read it. {@code masked} holds the message's sentences,
	 * each masked once.
	 */
	private boolean isReported(List<String> masked, int index, boolean story) {
		String sentence = masked.get(index);
		if (anyFinds(this.presentCues, sentence)) {
			return false;
		}
		if (story) {
			return true;
		}
		String next = (index + 1 < masked.size()) ? masked.get(index + 1) : null;
		boolean closed = next != null && anyFinds(this.endedCues, next) && !anyFinds(this.presentCues, next);
		if (!closed && !anyFinds(this.reportedCues, sentence)) {
			return false;
		}
		if (next != null && anyFinds(this.continuedCues, next)) {
			return false;
		}
		// closed by the next sentence: the one after it may still carry it into the present ("... that was 2008. i
		// am going to do it again tonight")
		return !closed || index + 2 >= masked.size() || !anyFinds(this.continuedCues, masked.get(index + 2));
	}


	/**
	 * A unit that names an animal and no person ("my cat keeps throwing up after eating"): its physical symptoms are
	 * a vet's matter, so its emergency score does not make the message urgent; its crisis score still does ("i am
	 * giving my cat away tomorrow and then i am done"), and a unit naming a person ("my dog bit my son, he is
	 * bleeding") is read as any other.
	 */
	private boolean aboutAnAnimal(String unit) {
		return anyFinds(this.animals, unit) && !anyFinds(this.people, unit);
	}

	/**
	 * A unit that tells a bodily trouble as mild or over ("i think i bit my tongue during the session? it is just a
	 * bit sore lol", "my toddler threw up once this morning but he is playing and eating normally now"), read in its
	 * sentence when it is a clause, with nothing that keeps it going ("still", "right now", "getting worse"): its
	 * emergency score makes the message urgent only from {@link #MILD_EMERGENCY_THRESHOLD}. Its crisis score counts as
	 * any other's ("i will be fine" is also what a person in crisis says).
	 */
	private boolean toldAsMild(Unit unit) {
		return anyFinds(this.mildCues, unit.within()) && !anyFinds(this.worseningCues, unit.within());
	}

	/**
	 * The masked sentences in which a figure of speech was masked ("this commute will be the death of me").
	 */
	private List<String> idiomatic(List<String> sentences, List<String> masked) {
		List<String> idiomatic = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			if (anyFinds(this.idioms, sentences.get(i))) {
				idiomatic.add(masked.get(i));
			}
		}
		return idiomatic;
	}

	/**
	 * A unit that still holds the mask of a figure of speech: it is, or lies within, or spans a sentence in which an
	 * idiom was masked, and the mask is in it. A clause or sentence of the same message without the mask ("i am going
	 * to jump tonight") is read as any other. Its scores make a message urgent only from {@link
	 * #FIGURATIVE_THRESHOLD}.
	 */
	private static boolean figurative(Unit unit, List<String> idiomatic) {
		if (!unit.text().contains("~")) {
			return false;
		}
		for (String sentence : idiomatic) {
			if (unit.within().contains(sentence) || unit.text().contains(sentence)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The detector's scores of one unit; each sentence is scored on its own too, so one urgent sentence in a long
	 * message is not averaged away by the rest.
	 */
	private RiskScore score(String unit) {
		RiskDetector detector = this.detector.get();
		if (detector == null || unit.chars().noneMatch(Character::isLetter)) {
			return RiskScore.NONE;
		}
		return detector.score(unit);
	}

	/**
	 * {@link #score(String)} of each unit, with one search of the detector's sentences for all of them.
	 */
	private Map<String, RiskScore> scoreAll(Collection<String> units) {
		RiskDetector detector = this.detector.get();
		Map<String, RiskScore> scores = new HashMap<>();
		List<String> read = new ArrayList<>();
		for (String unit : units) {
			if (detector == null || unit.chars().noneMatch(Character::isLetter)) {
				scores.put(unit, RiskScore.NONE);
			}
			else {
				read.add(unit);
			}
		}
		if (!read.isEmpty()) {
			scores.putAll(detector.scoreAll(read));
		}
		return scores;
	}

	/**
	 * Every unit the detector reads in a message (sentences, adjacent pairs, clauses, the whole message) with its
	 * score, in the order they are scored: for review and tests.
	 */
	public Map<String, RiskScore> unitScores(String text) {
		Map<String, RiskScore> scores = new LinkedHashMap<>();
		for (String unit : units(text)) {
			scores.computeIfAbsent(unit, this::score);
		}
		return scores;
	}

	/**
	 * The units of a message that {@link #screen(String)} will have the detector embed: those with a letter whose
	 * score the detector does not remember, in the order they are scored. For embedding them ahead of the screen, all
	 * in one batched run of the encoder (the detector then finds their vectors among the encoder's recent texts);
	 * empty without a detector or while it loads.
	 */
	public List<String> unitsToEmbed(String text) {
		RiskDetector detector = this.detector.get();
		if (detector == null || !detector.isLoaded()) {
			return List.of();
		}
		return units(text).stream()
			.filter((unit) -> unit.chars().anyMatch(Character::isLetter) && !detector.remembers(unit))
			.toList();
	}

	/** Every unit the detector reads in a message, once, in the order {@link #screen(String)} scores them. */
	private Set<String> units(String text) {
		Set<String> units = new LinkedHashSet<>();
		for (String variant : this.normalizer.variants(text)) {
			List<String> live = new ArrayList<>();
			List<String> sentences = sentences(variant);
			List<String> maskedSentences = sentences.stream().map(this::mask).toList();
			int story = storyOfThePastUntil(maskedSentences);
			for (int i = 0; i < sentences.size(); i++) {
				String masked = maskedSentences.get(i);
				if (!isReported(maskedSentences, i, i < story)) {
					live.add(masked);
				}
			}
			for (Unit unit : detectorUnits(live)) {
				units.add(unit.text());
			}
		}
		return units;
	}

	/**
	 * Every unit the detector reads in a message, in the order they are scored, with whether it asks an information
	 * question (it then needs {@link #QUESTION_THRESHOLD} to make the message urgent) and its score: for review and
	 * evaluation harnesses.
	 */
	public List<ScoredUnit> scoredUnits(String text) {
		Map<String, ScoredUnit> units = new LinkedHashMap<>();
		for (String variant : this.normalizer.variants(text)) {
			List<String> live = new ArrayList<>();
			Set<String> questions = new LinkedHashSet<>();
			List<String> sentences = sentences(variant);
			List<String> maskedSentences = sentences.stream().map(this::mask).toList();
			int story = storyOfThePastUntil(maskedSentences);
			for (int i = 0; i < sentences.size(); i++) {
				String sentence = sentences.get(i);
				String masked = maskedSentences.get(i);
				if (isReported(maskedSentences, i, i < story)) {
					continue;
				}
				live.add(masked);
				collectQuestions(sentence, masked, questions);
			}
			for (Unit unit : detectorUnits(live)) {
				units.computeIfAbsent(unit.text(), (u) -> new ScoredUnit(u, unit.kind(), questions.contains(u),
						aboutAnAnimal(u), toldAsMild(unit), score(u)));
			}
		}
		return List.copyOf(units.values());
	}

	/**
	 * One unit the detector scored.
	 * @param text the unit as the detector read it (rewritten, masked)
	 * @param kind what part of the message it is
	 * @param question whether it asks an information question
	 * @param animal whether it tells of an animal and no person (its emergency score does not count)
	 * @param mild whether it tells a trouble as mild or over (its emergency score counts only from {@link
	 * #MILD_EMERGENCY_THRESHOLD})
	 * @param score the detector's score
	 */
	public record ScoredUnit(String text, UnitKind kind, boolean question, boolean animal, boolean mild,
			RiskScore score) {
	}

	/**
	 * The rewritten text the rules see, for review and tests.
	 */
	public List<String> normalized(String text) {
		return this.normalizer.variants(text);
	}

	static List<String> sentences(String text) {
		return List.of(SENTENCE_BREAK.split(text)).stream().map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private String mask(String sentence) {
		String masked = sentence;
		for (GatedPattern pattern : this.masks) {
			masked = pattern.replaceAll(masked, " ~ ");
		}
		return masked;
	}

	/**
	 * A sentence is an information question when it has a question cue and no sign of a personal, present situation.
	 * Personal cues are looked for after masking, so "i am not suicidal" is not a personal cue.
	 */
	private boolean isInformationQuestion(String sentence, String masked) {
		return anyFinds(this.informationQuestions, sentence) && !anyFinds(this.personalCues, masked);
	}

	private static boolean anyFinds(List<GatedPattern> patterns, String text) {
		for (GatedPattern pattern : patterns) {
			if (pattern.find(text)) {
				return true;
			}
		}
		return false;
	}

	private static List<GatedPattern> compile(List<String> patterns) {
		return GatedPattern.compileAll(patterns);
	}

	private record CompiledRule(String id, Urgency urgency, SafetyRules.Kind kind, List<GatedPattern> patterns) {

		static CompiledRule of(SafetyRules.Rule rule) {
			return new CompiledRule(rule.id(), rule.urgency(), rule.kind(), compile(rule.patterns()));
		}

		boolean matches(String sentence) {
			return anyFinds(this.patterns, sentence);
		}

	}

}
