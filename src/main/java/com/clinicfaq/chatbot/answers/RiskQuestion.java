package com.clinicfaq.chatbot.answers;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.clinicfaq.chatbot.safety.SafetyVerdict;

/**
 * What a non-urgent question about a risk adds to its answer, decided in this one place: the "if this is happening
 * now" line ({@link AnswerComposer#HAPPENING_NOW}) and, when the visitor tells their own health history, the advice
 * boundary with the clinic's contact.
 * <p>
 * A reply gets the line when it answers with an intent whose subject is a risk ({@link #RISK_INTENTS}) and the message
 * is about one of the risks a visitor might be living through: overdose or too much, breathing, the heart (rate,
 * rhythm, history), blood pressure, dissociation or a frightening experience, fainting or a seizure. The
 * {@code overdose} answer always gets it. An answer of any other intent (the music in the room, insurance, a condition
 * ketamine treats) never does, whatever words the message uses: the line is about a risk, and only an answer about a
 * risk may carry it. The screen's own finding ({@link SafetyVerdict#riskQuestion()}) counts as a mention.
 *
 * @param happeningNow whether the reply ends with the "if this is happening now" line
 * @param personalHistory whether the visitor tells their own history of a risk condition ("I had a stent, can I ..."):
 * the reply then also gets the advice boundary and the clinic's contact
 */
public record RiskQuestion(boolean happeningNow, boolean personalHistory) {

	/** Neither addition. */
	public static final RiskQuestion NONE = new RiskQuestion(false, false);

	/** Intents whose answers are about a risk: only these ever get the line. */
	public static final Set<String> RISK_INTENTS = Set.of("overdose", "monitoring", "contraindications",
			"session_experience", "safety", "side_effects", "long_term_effects", "anesthesia", "dosing",
			"interactions", "recreational_use", "aftercare");

	/** Intents whose answers get the line whatever the message's words. */
	private static final Set<String> ALWAYS = Set.of("overdose");

	/** The risks the line is about, over the lower-cased message. */
	private static final List<Pattern> RISKS = compile(
			// overdose, too much
			"\\b(overdos\\w*|od|o\\.d\\.?|od'?d|too (much|many)|double dose|extra (dose|spray|lozenge|troche|pill|tablet)s?"
					+ "|more than (prescribed|i was prescribed|you should|i should|intended)|lethal|fatal|poison\\w*|toxic\\w*"
					+ "|antidotes?|narcan|naloxone|reversal (agents?|drugs?))\\b",
			// breathing
			"\\b(breath\\w*|respirat\\w*|oxygen|o2|airway|suffocat\\w*|intubat\\w*)\\b",
			// the heart
			"\\b(heart\\w*|cardiac|cardio\\w*|pulse|palpitation\\w*|arrhythmi\\w*|a-?fib|atrial|tachycardi\\w*"
					+ "|chest pains?|stents?|pacemaker|bypass|valves?|angina|coronary)\\b",
			// blood pressure
			"\\b(blood pressure|bp|hypertensi\\w*|strokes?|vitals?)\\b",
			// dissociation and frightening experiences
			"\\b(dissociat\\w*|k-? ?hole|out of (my|your|ur|the) body|out-of-body|floating|detached|disconnected"
					+ "|bad trips?|hallucinat\\w*|psychos[ie]s|psychotic|panic\\w*|scar(y|ed|es)|frighten\\w*|terrif\\w*"
					+ "|afraid|freak(ing|ed)? out|dying|die|put under|out of it|lose my mind|losing my mind)\\b",
			// an emergency, a collapse
			"\\b((in case of|if there is|if there's|during|handle) an? (medical )?emergency|medical emergenc(y|ies)|complications?|seizures?|convuls\\w*|faint\\w*|pass(ed|ing)? out|unconscious|black(ed|ing)? out|collaps\\w*)\\b");

	/** Words that ask whether something is dangerous: broader than {@link #RISKS}, for routing only, never the line. */
	private static final Pattern DANGER = Pattern.compile("\\b(risks?|risky|riskier|dangers?|dangerous|unsafe|harm(s|ful)?"
			+ "|damag(e|es|ing)|hurt|worse|worsen\\w*|trigger\\w*|suicidal|mania|manic|psychos[ie]s|psychotic|seizures?"
			+ "|addict\\w*|allerg\\w*|chok(e|ing))\\b");

	/** A question: a question mark, or a sentence that opens with a question word. */
	private static final Pattern QUESTION = Pattern.compile("\\?|(^|[.!]\\s+)(is|are|does|do|can|could|would|will|should"
			+ "|what|what's|whats|how|why|which|when|has|have|any)\\b");

	/** A danger happening to the visitor now: such a message is the screen's to judge, never a question to answer. */
	private static final Pattern HAPPENING = Pattern.compile("\\b(right now|at the moment|as we speak|tonight|currently"
			+ "|(i am|i'm|im) (having|feeling)|i (just )?(took|swallowed)|(can't|cant|cannot|can not) breathe"
			+ "|my (heart|chest|pulse) (is|keeps)|is happening)\\b");

	/** The visitor tells that they have or had something. */
	private static final String HAS = "\\b((i|i've|ive|i'd|id) (have|had|got|have had|suffer(ed)? from|live with|was diagnosed with"
			+ "|been diagnosed with|went through)|(i'm|im|i am) on|(i|we) (was|were) told i have|my history of|history of)\\b";

	/** Conditions of a visitor's own history that change whether a risk applies to them. */
	private static final String CONDITION = "\\b(heart\\w*|cardiac|stents?|pacemaker|bypass|valves?|a-?fib|atrial"
			+ "|arrhythmi\\w*|palpitation\\w*|angina|high blood pressure|blood pressure|bp|hypertensi\\w*|strokes?"
			+ "|aneurysm|seizures?|epilep\\w*|asthma|copd|apnea|psychos[ie]s|schizo\\w*|bipolar|overdos\\w*)\\b";

	/** "I had a stent", "i have problem with my heart", "my afib", "my high blood pressure". */
	private static final List<Pattern> HISTORY = List.of(Pattern.compile(HAS + "(?![^.?!]{0,50}?\\bquestions?\\b)[^.?!]{0,50}?" + CONDITION),
			Pattern.compile("\\bmy (heart (condition|problem|disease|issue|attack|surgery)s?|high blood pressure"
					+ "|hypertension|a-?fib|arrhythmia|pacemaker|stents?|bypass|seizures|epilepsy)\\b"));

	/** Overdose in so many words: "overdose", "OD", "too much" or "too many" doses, a double or extra dose. */
	private static final Pattern OVERDOSE = Pattern.compile("\\b(overdos\\w*|od|o\\.d\\.?|od'?d|too much|too many"
			+ "(?! (sessions?|infusions?|treatments?|appointments?|times|questions?))|double (dose|the dose)"
			+ "|extra (dose|spray|lozenge|troche|pill|tablet)s?|toxicity|max(imum)? (dose|amount) before)\\b");

	/** Who watches, checks or stops what during a session: "do you check my blood pressure", "who watches my heart". */
	private static final Pattern WATCHED = Pattern.compile("\\b((you|u|ya|they|staff|nurses?|doctors?|anesthesiologists?"
			+ "|someone|somebody|anyone|team)( guys)? ((stop|stops)(?! (breathing|(my|your|ur|the|his|her|their) (heart|breathing)))|pause|pauses|check|checks|monitor|monitors|watch|watches"
			+ "|measure|measures|track|tracks|keep an eye|keeps an eye|intervene|step in|handle)"
			+ "|(who|what) (watches|monitors|checks|keeps an eye|is (in the room|there|watching|monitoring))"
			+ "|heart monitor|monitor(ed|ing)?|hooked up|observed"
			+ "|(what|how) (do|does|will|would|can) (you|u|they|the (staff|nurses?|doctors?|team|clinic))( guys)? (do|react|respond|handle)"
			+ "|(doctor|nurse|physician|medic|someone|somebody|anyone) (present|on site|on hand|nearby|in the room|with me|there)"
			+ "|emergency (equipment|kit|cart)|crash cart|oxygen (in the room|on hand|available|ready|there))\\b");

	/** A question whether the visitor (or the person asked about) may have the treatment at all. */
	private static final Pattern MAY_HAVE = Pattern.compile("\\b((can|could|may|should) (i|he|she|they|my \\w+) (still |even |ever )?"
			+ "(have|get|do|try|receive|use|be treated|qualify|start|go ahead)"
			+ "|(am i|is (he|she)|are they) (still |even )?(a )?(candidate|eligible|allowed|able|excluded|disqualified|ruled out|ok|okay|safe)"
			+ "|disqualif\\w*|rules? (me|him|her|them|someone|people|you) out|ruled out|candidates?|off (the table|limits)"
			+ "|(an )?option for (me|him|her|them|someone like me)|(safe|ok|okay|possible|allowed) for (me|him|her|them|someone like me|people like me)"
			+ "|who (should not|shouldn't|should avoid|can't|cannot|can not|should stay away)"
			+ "|(people|someone|somebody|anyone|patients|those|person) (with|who have|who has) (a |an )?(history of |known )?\\w*\\s?"
			+ "(heart|cardiac|blood pressure|hypertension|a-?fib|arrhythmia|stroke|seizures?|epilepsy|asthma|copd|apnea|psychosis|schizo\\w*|bipolar|aneurysm)"
			+ "|(medical |health )?conditions? (that )?(make|makes|rule|rules|mean))\\b");

	/**
	 * The risk intent a question about a risk names in so many words, when its wording settles which of the
	 * neighbouring risk answers it asks for: an overdose or too much ({@code overdose}); who watches, checks or stops
	 * what during a session ({@code monitoring}); whether someone with a heart, blood-pressure, seizure, breathing or
	 * psychosis history may have it ({@code contraindications}); and, between neighbouring risk answers only
	 * ({@link #namesRiskOverAnyTopic}), ketamine taken with something else ({@code interactions}), a condition of the
	 * visitor's own and a harm it might bring ({@code contraindications}), what is done when something goes wrong during
	 * a session ({@code monitoring}), years or repeated use ({@code long_term_effects}). Empty when the wording does not
	 * settle it (the classifier's ranking decides).
	 */
	public static java.util.Optional<String> namedRiskIntent(String text) {
		String lower = lowered(text);
		java.util.Optional<String> plain = namedInPlainWords(lower);
		if (plain.isPresent()) {
			return plain;
		}
		if (MIXED.matcher(lower).find()) {
			return java.util.Optional.of("interactions");
		}
		if (tellsOwnCondition(lower) && ASKS_HARM.matcher(lower).find()) {
			return java.util.Optional.of("contraindications");
		}
		if (DURING_WHAT_IF.matcher(lower).find()) {
			return java.util.Optional.of("monitoring");
		}
		if (OVER_TIME.matcher(lower).find()) {
			return java.util.Optional.of("long_term_effects");
		}
		if (BREATHING.matcher(lower).find() && AS_ANESTHETIC.matcher(lower).find()) {
			return java.util.Optional.of("anesthesia");
		}
		if (GRAVE.matcher(lower).find()) {
			return java.util.Optional.of("safety");
		}
		if (SEIZURE.matcher(lower).find()) {
			return java.util.Optional.of("side_effects");
		}
		return java.util.Optional.empty();
	}

	/**
	 * Whether the message asks in general about a grave harm (stopping the heart or the breathing, a heart attack) and
	 * names no other neighbouring risk answer first: {@link #namedRiskIntent} is {@code safety}.
	 */
	public static boolean asksGraveHarm(String text) {
		return namedRiskIntent(text).filter("safety"::equals).isPresent();
	}

	/**
	 * The risk answer a term names whatever the classifier makes of the message, because the classifier misreads the
	 * term: "respiratory depression" is slowed breathing, not the condition ketamine treats ({@code anesthesia}, the
	 * answer on breathing kept going); an antidote, a reversal drug, Narcan or naloxone is what is done about too much
	 * ({@code overdose}); what dissociation is or means is what a session feels like ({@code session_experience}, not
	 * what ketamine is). Empty for any other message.
	 */
	public static java.util.Optional<String> unmistakableRiskIntent(String text) {
		String lower = lowered(text);
		if (RESPIRATORY_DEPRESSION.matcher(lower).find()) {
			return java.util.Optional.of("anesthesia");
		}
		if (REVERSAL.matcher(lower).find()) {
			return java.util.Optional.of("overdose");
		}
		if (DISSOCIATION_MEANT.matcher(lower).find()) {
			return java.util.Optional.of("session_experience");
		}
		return java.util.Optional.empty();
	}

	/**
	 * "What does dissociation mean?", "what is 'dissociation'?": what the dissociated state is like, which the answer
	 * on what a session feels like tells, not what ketamine is.
	 */
	private static final Pattern DISSOCIATION_MEANT = Pattern.compile("\\bwhat (is|does|do)( the)? [\"'\u201c]?"
			+ "(dissociation|dissociative state|dissociating|being dissociated)[\"'\u201d]?( actually| even| really)?"
			+ "( mean| feel like| like)?\\b");

	/** Slowed breathing in its clinical words. */
	private static final Pattern RESPIRATORY_DEPRESSION = Pattern.compile("\\b(respiratory depression|depress(es|ed|ing)? "
			+ "(the )?(respiration|breathing|respiratory drive))\\b");

	/** What reverses too much: an antidote, a reversal drug, Narcan. */
	private static final Pattern REVERSAL = Pattern.compile("\\b(antidotes?|reversal (agents?|drugs?|medicines?|medications?)"
			+ "|revers(e|es|ing) (it|ketamine|an overdose|the effects?)|narcan|naloxone)\\b");

	/** Breathing named. */
	private static final Pattern BREATHING = Pattern.compile("\\b(breath\\w*|respirat\\w*|airway)\\b");

	/**
	 * Ketamine as an anesthetic: next to other anesthetics or opioids, in surgery or the emergency room. A breathing
	 * question put that way asks about breathing kept going under anesthesia.
	 */
	private static final Pattern AS_ANESTHETIC = Pattern.compile("\\b(anesthe\\w*|anaesthe\\w*|opioids?|opiates?"
			+ "|morphine|fentanyl|propofol|surgery|surgical|sedation|sedate\\w*|emergency rooms?|(the|an|in|at|to) (er|ed)|ers"
			// session 40: the words of visitors whose first language says "narcosis" for general anesthesia, and operations
			+ "|narcos[ei]s|narkos[ea]|operations?|operating (rooms?|theat(er|re)s?|tables?))\\b");

	/**
	 * A grave harm asked about in general: stopping the heart or the breathing, a heart attack. Such a question
	 * asks whether the treatment is safe, not what its common side effects are or who should not have it (a visitor who
	 * tells a condition of their own is read before: {@link #tellsOwnCondition}). Dying is not among them: "can you die
	 * from ketamine" asks about too much ({@code overdose}), "people feel like they are dying" about the experience.
	 */
	private static final Pattern GRAVE = Pattern.compile("\\b(stop(s|ped|ping)? (your |my |the |a person'?s |someone'?s "
			+ "|their |ur |his |her )?(heart|breathing)|stop(s|ped|ping)? breathing|heart attacks?|cardiac arrest)\\b");

	/** A seizure asked about as something ketamine might bring on: a side effect. */
	private static final Pattern SEIZURE = Pattern.compile("\\b(seizures?|convulsions?)\\b");

	/**
	 * Whether the message names its risk answer in words plain enough to take it over an answer on another topic (an
	 * overdose, who watches what during a session, whether someone with a condition may have it). The other kinds
	 * {@link #namedRiskIntent} reads (something taken with ketamine, a condition of one's own and a harm, what is done
	 * when something goes wrong during a session, years of use) only choose between neighbouring risk answers.
	 */
	public static boolean namesRiskOverAnyTopic(String text) {
		return namedInPlainWords(lowered(text)).isPresent();
	}

	private static java.util.Optional<String> namedInPlainWords(String lower) {
		if (OVERDOSE.matcher(lower).find()) {
			return java.util.Optional.of("overdose");
		}
		if (WATCHED.matcher(lower).find()) {
			return java.util.Optional.of("monitoring");
		}
		if (MAY_HAVE.matcher(lower).find() && (tellsHistory(lower) || MAY_HAVE_CONDITION.matcher(lower).find())) {
			return java.util.Optional.of("contraindications");
		}
		return java.util.Optional.empty();
	}

	/**
	 * Ketamine taken together with something else: "mixing it with alcohol", "combine with my benzo", "while on
	 * tramadol", "does it interact with".
	 */
	private static final Pattern MIXED = Pattern.compile("\\b(mix(es|ed|ing)?|combin(e|es|ed|ing)|interact\\w*"
			+ "|together with|on top of|while (i'?m |i am |you'?re |you are |someone is |they'?re )?(on|taking))\\b");

	/**
	 * Conditions a visitor may tell as their own beyond {@link #CONDITION}: the bladder, eyes, kidneys, liver, the
	 * brain, mental illness in the family.
	 */
	private static final String OWN_CONDITION = "\\b(glaucoma|cystitis|bladder (problems?|issues?|condition)|kidney\\w*"
			+ "|liver|tbi|brain injury|concussions?|schizo\\w*|psychos[ie]s|mania|manic|diabet\\w*|thyroid|copd|asthma"
			+ "|apnea|murmur|family history)\\b";

	/** "I have glaucoma", "I was diagnosed with bipolar", "my uncle has schizophrenia ... for me". */
	private static final List<Pattern> OWN = List.of(Pattern.compile(HAS + "[^.?!]{0,50}?" + OWN_CONDITION),
			Pattern.compile("\\bmy (\\w+ )?(has|had|have) [^.?!]{0,40}?(" + CONDITION + "|" + OWN_CONDITION + ")[^?]{0,80}\\b(me|my|i)\\b"));

	/**
	 * Whether the message asks whether the treatment could harm the person it is about: a risk in so many words
	 * ({@link #DANGER}), whether it is safe, a concern or a problem, or whether ketamine could set off or make worse their
	 * condition. Not what ketamine does ("does it raise blood pressure?" is a side effect, whoever asks).
	 */
	private static final Pattern ASKS_HARM = Pattern.compile("\\b(risks?|risky|riskier|dangers?|dangerous|unsafe|harm\\w*"
			+ "|damag\\w*|worse|worsen\\w*|trigger\\w*|safe|safely|concerns?|problem|issue|set off|sets off|bring on"
			+ "|bad for|ok for|okay for|fine for|cause|causes|lower (the |my )?seizure threshold)\\b");

	/**
	 * "What happens if my blood pressure climbs during the session?", "what do you do if my oxygen drops in the middle
	 * of an infusion": what is done when something goes wrong during a session.
	 */
	private static final Pattern DURING_WHAT_IF = Pattern.compile("\\b(what (happens|would happen|will happen|do you do"
			+ "|would you do|will you do|is done)|what if|how do you (handle|deal with|manage))\\b[^?]{0,80}?\\b(during|in the middle of"
			+ "|mid-?way through|while i'?m (under|out|in the chair|getting))\\b");

	/** The effects of long or repeated use: "for years", "every month", "long term", "repeated infusions". */
	private static final Pattern OVER_TIME = Pattern.compile("\\b(for (years|decades|a long time|many months|the rest of"
			+ "|life)|over (the )?(years|time|a long time|the long run)|years of|long[- ]?term|repeated(ly)?|every (week|month)"
			+ " for|maintenance for|in the long run|chronic use|keep (doing|getting|having) it)\\b");

	/** The visitor tells a condition of their own (or of a relative, asked about for themselves). */
	static boolean tellsOwnCondition(String lower) {
		return tellsHistory(lower) || OWN.stream().anyMatch((own) -> own.matcher(lower).find());
	}

	/** The visitor asks whether they themselves may have the treatment: "can I still get it", "does that disqualify me". */
	private static final Pattern MAY_I_HAVE = Pattern.compile("\\b((can|could|may|should) i (still |even |ever )?"
			+ "(have|get|do|try|receive|be treated|qualify|start|go ahead)|(am i|i am|i'm|im) (still )?(a )?(candidate|eligible"
			+ "|allowed|excluded|disqualified|ruled out)|disqualif\\w* me|exclud\\w* me|rules? me out|(still|a) candidate"
			+ "|off (the table|limits) for me|(an )?option for me|(safe|ok|okay|possible|allowed) for (me|someone like me)"
			+ "|(safe|ok|okay|possible|allowed) for (people|patients|someone|anyone|those|a person) (with|who (have|has|had)))\\b");

	/**
	 * Whether the visitor asks whether they may have the treatment given a heart, blood-pressure, breathing, seizure or
	 * psychosis condition of their own ("I have an arrhythmia, does that disqualify me?"): the condition is why they
	 * ask about ketamine treatment, not another subject of the question.
	 */
	public static boolean asksOwnCandidacy(String text) {
		String lower = lowered(text);
		return MAY_I_HAVE.matcher(lower).find() && (tellsHistory(lower) || MAY_HAVE_CONDITION.matcher(lower).find());
	}

	/** A condition named next to a "may I have it" question ("heart valve replaced 5 yrs ago, still candidate?"). */
	private static final Pattern MAY_HAVE_CONDITION = Pattern.compile(CONDITION + "|\\b(conditions?|glaucoma|tbi|coronary"
			+ "|brain injury|schizophreni\\w*|psychotic|mania|cholesterol|diabet\\w*|kidney|liver)\\b");

	/**
	 * What a reply answering {@code intents} to {@code text} adds.
	 * @param intents the intents answered (one, or two for a message that asked two questions)
	 * @param text the visitor's message
	 * @param verdict the safety screen's finding on it
	 */
	public static RiskQuestion of(Collection<String> intents, String text, SafetyVerdict verdict) {
		if (verdict.urgent() || intents.stream().noneMatch(RISK_INTENTS::contains)) {
			return NONE;
		}
		String lower = lowered(text);
		boolean mentionsRisk = mentionsRisk(text, verdict);
		boolean always = intents.stream().anyMatch(ALWAYS::contains);
		return new RiskQuestion(always || mentionsRisk, mentionsRisk && tellsHistory(lower));
	}

	/**
	 * Whether a non-urgent message is about one of the risks the "if this is happening now" line is for (overdose,
	 * breathing, the heart, blood pressure, dissociation or a frightening experience, a collapse), in its words or by
	 * the screen's own finding.
	 */
	public static boolean mentionsRisk(String text, SafetyVerdict verdict) {
		if (verdict.urgent()) {
			return false;
		}
		String lower = lowered(text);
		return verdict.riskQuestion() || RISKS.stream().anyMatch((risk) -> risk.matcher(lower).find());
	}

	/**
	 * Whether a non-urgent message is a question about a risk of the treatment that its answer should meet, not a
	 * "did you mean ...?": the screen's own risk information question, or a question (a question mark or a question
	 * word first) that names a risk of the "happening now" line or asks whether something is dangerous (a risk, harm,
	 * damage, "worse", a trigger, suicidal thoughts, mania, a seizure, addiction, an allergy), and tells of no danger
	 * happening to the visitor now ("right now", "I am having", "my heart is racing", "I just took").
	 */
	public static boolean asksAboutRisk(String text, SafetyVerdict verdict) {
		if (verdict.urgent()) {
			return false;
		}
		if (verdict.riskQuestion()) {
			return true;
		}
		String lower = lowered(text);
		return QUESTION.matcher(lower).find() && !HAPPENING.matcher(lower).find()
				&& (DANGER.matcher(lower).find() || RISKS.stream().anyMatch((risk) -> risk.matcher(lower).find()));
	}

	/**
	 * Whether one word is one of the risks the "if this is happening now" line is about ({@link #RISKS}: the heart, its
	 * rate or rhythm, breathing or the airway, blood pressure or a stroke, dissociation, a seizure or fainting):
	 * "palpitations" or "airway" named in a question about the treatment is that risk of the treatment, not another
	 * subject.
	 */
	public static boolean isRiskWord(String word) {
		String lower = lowered(word);
		return !lower.isBlank() && RISKS.stream().anyMatch((risk) -> risk.matcher(lower).matches());
	}

	/**
	 * Whether the message asks whether something is dangerous in so many words (a risk, danger, harm, damage, "worse",
	 * a trigger ...), not only names a subject a risk answer covers ("heart checks").
	 */
	public static boolean namesDanger(String text) {
		return DANGER.matcher(lowered(text)).find();
	}

	/**
	 * Whether the message tells the visitor's own history of a heart, blood-pressure, breathing, seizure or psychosis
	 * condition.
	 */
	static boolean tellsHistory(String lower) {
		return HISTORY.stream().anyMatch((history) -> history.matcher(lower).find());
	}

	private static String lowered(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
	}

	private static List<Pattern> compile(String... patterns) {
		return java.util.Arrays.stream(patterns).map(Pattern::compile).toList();
	}

}
