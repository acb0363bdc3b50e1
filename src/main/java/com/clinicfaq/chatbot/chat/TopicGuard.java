package com.clinicfaq.chatbot.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.nlu.EditDistance;
import com.clinicfaq.chatbot.nlu.PackedWords;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.nlu.WordList;

/**
 * Keeps ketamine answers for questions about ketamine treatment: a message that names another medicine, condition or
 * health service and says nothing about ketamine treatment ("what are the side effects of sertraline", "is it ok to
 * take ibuprofen with my blood pressure pills") is not answered from the ketamine catalog, while a ketamine question
 * that names another drug ("can I have ketamine if I take lamotrigine?") keeps its answer.
 * <p>
 * The other topics are a word list built by {@code scripts/other_topics.py} from the focus names of NIH
 * consumer-health questions (MedQuAD) and a short hand-written list of brand names, minus general English and every
 * word the intent catalog itself uses. A message is about ketamine treatment when it names ketamine or one of its
 * forms, a session or infusion, or "this/your treatment", when it follows a ketamine answer and refers back to it
 * ("it", "that", "what about ..."), or when it asks whether someone may have the treatment ("is atrial fibrillation a
 * contraindication?") without naming another medicine, treatment or procedure.
 * <p>
 * A medicine missing from that list is still another topic when the message names nothing about ketamine, speaks of
 * medicines or conditions ("take", "dose", "side effects", "syndrome" ...) and has a word the guard does not know at
 * all: not general English ({@code known-words.txt}, built by
 * {@code scripts/known_words.py}), not a word of the live catalog, and not a typo of one of those or of ketamine (at
 * most one edit away for words of up to seven letters, two for longer ones). "is gepirone a good antidepressant" or "how
 * should pentostatin be used" name a medicine nobody listed; "wat are the sied efects" only misspells.
 */
public class TopicGuard {

	static final String RESOURCE = "other-topics.txt";

	static final String KNOWN_WORDS = "known-words.txt";

	static final String MEDICINES = "other-medicines.txt";

	/**
	 * Forms of the treatment that other medicines share: "an iron infusion", "IV iron", "a remicade infusion", "a
	 * flonase spray" are that medicine's form, not ketamine's, when the other medicine's name stands right beside it.
	 */
	private static final Set<String> SHARED_FORMS = Set.of("infusion", "infusions", "intravenous", "intramuscular",
			"spray");

	/** Form words that come before the medicine they are a form of ("IV iron", "intramuscular B12"). */
	private static final Set<String> FORMS_BEFORE = Set.of("intravenous", "intramuscular");

	/** Words for the visitor's own medicines in general ("my meds", "my antidepressant"). */
	private static final Set<String> MEDICINES_IN_GENERAL = Set.of("med", "meds", "medication", "medications",
			"medicine", "medicines", "pill", "pills", "prescription", "prescriptions", "antidepressant",
			"antidepressants", "antipsychotic", "antipsychotics", "stimulant", "stimulants", "supplement",
			"supplements");

	/** "does it help with that": "with" after these asks what ketamine helps, not about having it with a medicine. */
	private static final Set<String> HELPS = Set.of("help", "helps", "helped", "helping", "cope", "coping", "deal",
			"dealing", "struggle", "struggling", "struggled", "diagnosed", "live", "living");

	/**
	 * Words that ask about having two medicines at once: "with", "while", "together", "mix", "clash", "interfere",
	 * "stop" or "keep taking" one for the other.
	 */
	private static final Set<String> TAKING_BOTH = Set.of("with", "while", "during", "together", "alongside", "mix",
			"mixing", "mixed", "combine", "combined", "combining", "clash", "clashes", "interact", "interacts",
			"interaction", "interactions", "interfere", "interferes", "interfering", "conflict", "conflicts", "stop",
			"stopping", "quit", "taper", "tapering");

	/** "while" or "during" before one of {@link #STATES} asks about a state of the visitor, not a second medicine. */
	private static final Set<String> WHILE_IN_A_STATE = Set.of("while", "during");

	/**
	 * "does being on xanax blunt how well ketamine works", "will my lithium weaken the ketamine": another medicine said
	 * to work against the treatment, a question about having both.
	 */
	private static final Set<String> WEAKENS = Set.of("blunt", "blunts", "blunting", "weaken", "weakens", "weakening",
			"dampen", "dampens", "lessen", "lessens", "diminish", "diminishes", "counteract", "counteracts", "cancel",
			"cancels", "undo", "undoes", "mute", "mutes");

	private static final Set<String> STOPS = Set.of("stop", "stopping", "quit");

	/** "when opioids stop working": a medicine that no longer helps, not one the visitor stops taking. */
	private static final Set<String> STOPS_HELPING = Set.of("working", "helping", "doing", "touching");

	/** "is ketamine ok while nursing?", "during pregnancy": states of the visitor (and what {@code pregnancy} answers). */
	private static final Set<String> STATES = Set.of("nursing", "breastfeeding", "pregnant", "pregnancy", "expecting",
			"driving", "working", "sleeping", "asleep");

	/** "keep taking my X", "keep on X": "keep" asks about having both only before one of these. */
	private static final Set<String> KEEP_TAKING = Set.of("taking", "using", "on", "my");

	/**
	 * What a clinic does to its patients, asked of the clinic: "do you ask them to hold doses?", "will you check my
	 * blood pressure?". A question put to the clinic about its own practice is about its treatment, whatever other
	 * medicine it names; "do you have information about ..." and "do you know ..." are not such questions.
	 */
	private static final Set<String> CLINIC_PRACTICE = Set.of("ask", "require", "allow", "let", "expect", "check",
			"screen", "monitor", "tell", "make");

	/**
	 * Conditions that bear on who may have ketamine (the catalog's own words, so not in the other-topics list): with
	 * one of them named, "can I have ketamine, I take X" asks about candidacy.
	 */
	private static final Set<String> CANDIDACY_CONDITIONS = Set.of("glaucoma", "hypertension", "pressure", "pregnant",
			"pregnancy", "breastfeeding", "bipolar", "schizophrenia", "psychosis", "psychotic", "mania", "manic",
			"seizure", "seizures", "epilepsy", "heart", "liver", "bladder", "cystitis", "hepatitis", "aneurysm",
			"stroke");

	/**
	 * Words that ask whether someone may have the treatment: "is atrial fibrillation a contraindication?", "kidney
	 * disease and high blood pressure, candidate or no?". With no other medicine, treatment or procedure named, the
	 * treatment meant is this clinic's: the conditions named are the candidate's, not the subject.
	 */
	private static final Set<String> CANDIDACY = Set.of("contraindication", "contraindications", "contraindicated",
			"candidate", "candidates", "candidacy", "eligible", "eligibility", "disqualify", "disqualifies",
			"disqualified", "disqualifying", "qualify", "qualifies", "dealbreaker", "dealbreakers");

	/**
	 * Health insurers and public programs a visitor names when asking who pays ("u guys take aetna", "medicaid?"): a
	 * question about cost and coverage, never about another medicine or condition.
	 */
	private static final Set<String> INSURERS = Set.of("aetna", "cigna", "humana", "medicare", "medicaid", "tricare",
			"champva", "kaiser", "anthem", "bcbs", "optum", "uhc", "unitedhealthcare", "molina", "ambetter", "wellcare",
			"highmark", "premera", "regence", "geha", "caresource");

	/** Who a candidacy question asks about: "would I qualify?", "is she eligible?". */
	private static final Set<String> CANDIDATES = Set.of("i", "me", "my", "she", "her", "he", "him", "we", "us",
			"son", "daughter", "husband", "wife", "partner", "mom", "mother", "dad", "father");

	/** "would that rule me out?", "does it rule her out": with "out" after it, a word that asks about candidacy. */
	private static final Set<String> RULED = Set.of("rule", "rules", "ruled");

	/** Words before "on" that say someone takes a medicine now: "if I'm on an SSRI", "while she is on lithium". */
	private static final Set<String> TAKES_NOW = Set.of("am", "is", "are", "was", "be", "being", "currently", "still",
			"already", "while", "when");

	/** Words close after "it" that make it open the question instead of standing for something ("is it ok to ..."). */
	private static final Set<String> OPENED = Set.of("to", "if", "that", "for", "when", "whether");

	/** Other care a candidacy question can be about ("who is a candidate for a kidney transplant"). */
	private static final Set<String> OTHER_PROCEDURES = Set.of("vaccine", "vaccines", "vaccination", "surgery",
			"surgeries", "operation", "transplant", "procedure", "procedures", "trial", "trials", "study", "studies",
			"implant", "implants");

	private static final Set<String> ASKING_YOU = Set.of("do", "does", "will", "would", "can", "could", "should");

	/** Words that compare ketamine with another medicine instead: "better than", "or", "vs", "instead of". */
	private static final Set<String> COMPARING = Set.of("than", "or", "vs", "versus", "instead", "compared",
			"compare", "comparison", "alternative", "difference");

	/**
	 * Words that make an unknown word a medicine or a condition ("how should X be taken", "side effects of X", "X
	 * syndrome"); without one, an unknown word is more likely a visitor's own language ("cuesta", "gracias").
	 */
	private static final Set<String> MEDICINE_CONTEXT = Set.of("take", "takes", "taking", "taken", "took", "dose", "doses",
			"dosage", "dosing", "pill", "pills", "tablet", "tablets", "capsule", "capsules", "medication", "drug",
			"drugs", "prescribed", "prescription", "prescribe", "antidepressant", "antidepressants", "injection",
			"injections", "mg", "side", "effects", "interact", "interacts", "interaction", "interactions", "precautions",
			"warning", "overdose", "brand", "generic", "supplement", "supplements", "vitamin", "cream", "inhaler", "shot",
			"vaccine", "syndrome", "disease", "disorder", "deficiency", "cancer", "infection", "treatment", "treatments",
			"symptoms", "inherited", "cure", "therapy");

	/**
	 * Words that make a message about someone's own other care: a pill, a surgery, a disease. An unsure risk question
	 * with nothing about ketamine treatment that names one ("is it safe to stop my blood pressure pill", "information
	 * about heart bypass surgery") is more likely about that care than about ketamine.
	 */
	private static final Set<String> OTHER_CARE = Set.of("pill", "pills", "tablet", "tablets", "capsule", "capsules",
			"medication", "medications", "meds", "prescription", "prescribed", "surgery", "surgeries", "operation",
			"transplant", "procedure", "vaccine", "syndrome", "disease", "disorder", "deficiency", "cancer", "infection",
			"supplement", "supplements", "vitamin", "vitamins", "inhaler", "cream", "antidepressant", "antidepressants");

	/**
	 * Words of how a medicine acts in the brain (the {@code mechanism} intent's subject: NMDA, glutamate,
	 * neuroplasticity, other receptors). A question in these words is about how something works, and its unknown words
	 * are more of the same science ("synaptogenesis", "mTOR"), not the name of another medicine; so are the listed words
	 * that name no medicine ("metabolite"): only a medicine named beside them ("does sertraline block
	 * NMDA receptors") makes such a question another topic.
	 */
	private static final Set<String> BRAIN_SCIENCE = Set.of("nmda", "ampa", "glutamate", "glutamatergic", "gaba",
			"receptor", "receptors", "synapse", "synapses", "synaptic", "synaptogenesis", "neuroplasticity",
			"plasticity", "neuron", "neurons", "neuronal", "dendrite", "dendrites", "dendritic", "neurotransmitter",
			"neurotransmitters", "bdnf", "mtor", "antagonist", "agonist", "opioid");

	/** Shorter strangers are too often abbreviations or typos to name a medicine. */
	private static final int STRANGER_MIN_LENGTH = 6;

	/**
	 * Unknown words judged per message at most (each is compared with the words of about its length): a message of
	 * hundreds of misspellings costs no more than one of a dozen.
	 */
	private static final int MAX_STRANGERS_JUDGED = 12;

	/** Endings of English forms that {@link #inflectionOfKnownWord} takes off. */
	private static final List<String> INFLECTIONS = List.of("ing", "ed", "es", "s");

	/** What it tries on the stem instead: "escalat" + "ed", "taper" + "", "escalat" + "ion". */
	private static final List<String> STEM_ENDINGS = List.of("", "e", "ed", "es", "s", "ing", "ion", "ation");

	/** A stem shorter than this ("dos" of "doses") is too short to say whose form a word is. */
	private static final int STEM_MIN_LENGTH = 4;

	/** Words of this length and longer may be two edits from the word meant; shorter ones one. */
	private static final int TWO_EDITS_FROM = 8;

	private static final Set<String> KETAMINE = Set.of("ketamine", "esketamine", "intravenous", "intramuscular",
			"infusion", "session", "sessions", "troche", "spray", "dissociation", "dissociative", "dissociate",
			"dissociating", "treatments", "clinic", "clinics");

	/**
	 * Words of {@link #KETAMINE} that other treatments share: "ECT how many sessions", "the treatments for kidney failure:
	 * hemodialysis", "a TMS clinic". They keep a message on ketamine treatment only when it names none of
	 * {@link #OTHER_TREATMENTS}.
	 */
	private static final Set<String> SHARED_ANCHORS = Set.of("session", "sessions", "treatments", "clinic", "clinics");

	/**
	 * A visit to this clinic ("should I bring my inhaler to my appointment?"): like {@link #SHARED_ANCHORS}, unless
	 * another procedure is named ("my surgery appointment").
	 */
	private static final Set<String> VISITS = Set.of("appointment", "appointments", "consultation", "consultations");

	/**
	 * Words before a bare "treatment" that make it the one being had here: "if he starts treatment", "considered for
	 * treatment", "the morning of treatment". A treatment "for" or "of" something, or "with" another medicine, is not.
	 */
	private static final Set<String> TREATMENT_LEADS = Set.of("start", "starts", "starting", "started", "begin",
			"begins", "beginning", "do", "does", "doing", "get", "getting", "receive", "receiving", "try", "trying",
			"continue", "continuing", "for", "before", "after", "during", "of", "into", "considered");

	/** Other treatments given in sessions or at a clinic (each counts only when the other-topics list has it). */
	private static final Set<String> OTHER_TREATMENTS = Set.of("ect", "electroconvulsive", "tms", "transcranial", "emdr",
			"dialysis", "hemodialysis", "chemo", "chemotherapy", "radiotherapy", "acupuncture", "physiotherapy",
			"chiropractic", "chiropractor", "neurofeedback", "biofeedback", "hypnotherapy", "psilocybin", "vns", "dbs",
			// session 50: services some clinics offer besides ketamine ("do you do botox too? some clinics do"); not
			// exercise such as yoga, which a visitor may ask to do after a session
			"botox", "liposuction", "reiki", "hypnosis", "cupping", "aromatherapy", "homeopathy", "naturopathy");

	private static final Set<String> POINTERS = Set.of("it", "its", "this", "that", "these", "those");

	/** More words a question uses for a subject named before it: "is the same true for them", "instead". */
	private static final Set<String> REFERENCES_TO_SUBJECT = Set.of("them", "they", "same", "instead", "too", "also");

	/**
	 * Words that set what a message points at ("it", "this") against a medicine it names: "how is it different from
	 * prozac", "is this better than my lexapro". On a ketamine clinic's site the subject pointed at is ketamine.
	 */
	private static final Set<String> SET_AGAINST = Set.of("different", "difference", "differ", "differs", "than", "vs",
			"versus", "compared", "compare", "comparison");

	/** Words that liken a subject to someone's own medicine: "like my ssri", "as my zoloft", "unlike her lexapro". */
	private static final Set<String> LIKENING = Set.of("like", "unlike", "as");

	/** Verbs that stand for the question's own verb after a medicine it is likened to ("take weeks like ssris do"). */
	private static final Set<String> STANDING_FOR_THE_VERB = Set.of("do", "does", "did");

	/** Whose medicine it is. */
	private static final Set<String> OWNERS = Set.of("my", "his", "her", "their", "our", "your");

	/** The shortest word of {@link #SET_AGAINST} whose misspelling by one letter still counts. */
	private static final int TYPO_MIN_LENGTH = 7;

	/** The pointers that name the subject of a comparison ("it", "this"; not "that" of "so different that"). */
	private static final Set<String> SUBJECT_POINTERS = Set.of("it", "this");

	/** Nouns that point at the treatment after "this", "that", "the" or "your" ("what is this drug?"). */
	private static final Set<String> SUBJECT_NOUNS = Set.of("drug", "medicine", "medication", "stuff", "treatment",
			"therapy");

	private static final Set<String> DETERMINERS = Set.of("this", "these", "your", "the", "a", "that", "my");

	private static final Set<String> TREATMENT = Set.of("treatment", "therapy", "infusion", "shot", "injection");

	/** The normalizer's names for the drug, and the brand or short name a possessive keeps ("Spravato's"). */
	private static final Set<String> KETAMINE_NAMES = Set.of("ketamine", "esketamine", "spravato", "ket");

	private static final Set<String> OUR_DETERMINERS = Set.of("this", "these", "the", "my", "your");

	private static final Set<String> OUR_TREATMENT = Set.of("treatment", "treatments", "therapy", "infusion",
			"infusions", "session", "sessions");

	/** "but my real question is": the words that may stand between "my" and "question". */
	private static final Set<String> PIVOT_QUALIFIERS = Set.of("real", "actual", "main", "true", "only", "other",
			"own", "specific");

	/** "but what i really want to know is". */
	private static final Set<String> PIVOT_ADVERBS = Set.of("really", "actually", "just", "truly");

	private static final Set<String> PIVOT_WANTS = Set.of("want", "need", "wanted", "wanna");

	private static final Set<String> PIVOT_ASKS = Set.of("know", "ask", "understand");

	private static final Set<String> REFERENCES = Set.of("it", "this", "that", "them", "same", "about", "also", "too",
			"and", "those", "these");

	private final Set<String> otherTopics;

	private final Vocabulary english;

	private final Set<String> medicines;

	private final TextNormalizer normalizer;

	private volatile CatalogWords catalogWords = new CatalogWords(null, Vocabulary.of(Set.of()));

	public TopicGuard(Set<String> otherTopics, TextNormalizer normalizer) {
		this(otherTopics, Set.of(), normalizer);
	}

	/**
	 * A guard with the other topics it names and the general English it knows (an empty set: no stranger rule).
	 */
	public TopicGuard(Set<String> otherTopics, Set<String> knownWords, TextNormalizer normalizer) {
		this(otherTopics, knownWords, Set.of(), normalizer);
	}

	/**
	 * A guard with the other topics it names, the general English it knows and the names of other medicines (not
	 * conditions: what makes "ketamine with X" a question about taking both).
	 */
	public TopicGuard(Set<String> otherTopics, Set<String> knownWords, Set<String> medicines, TextNormalizer normalizer) {
		this.otherTopics = Set.copyOf(otherTopics);
		this.english = knownWords.isEmpty() ? null : Vocabulary.of(knownWords);
		this.medicines = Set.copyOf(medicines);
		this.normalizer = normalizer;
	}

	/**
	 * The guard with the word list shipped in the jar.
	 */
	public static TopicGuard load(TextNormalizer normalizer) {
		return new TopicGuard(words(RESOURCE), words(KNOWN_WORDS), words(MEDICINES), normalizer);
	}

	private static Set<String> words(String resource) {
		return WordList.read(TopicGuard.class, resource);
	}

	/**
	 * The other medicine, condition or service the message is about, when it names one from the list and nothing about
	 * ketamine treatment; without the catalog, a word the guard does not know is not judged (see
	 * {@link #otherTopic(String, boolean, IntentCatalog)}).
	 */
	public Optional<String> otherTopic(String text, boolean followsKetamineAnswer) {
		return otherTopic(text, followsKetamineAnswer, null);
	}

	/**
	 * The other medicine, condition or service the message is about, when it names one and nothing about ketamine
	 * treatment.
	 * @param text the visitor's message
	 * @param followsKetamineAnswer whether the previous turn answered a ketamine question, so that "it" or "what about
	 * ..." refers to ketamine treatment
	 * @param catalog the catalog in use, whose words are never strangers ({@code null}: strangers are not judged)
	 */
	public Optional<String> otherTopic(String text, boolean followsKetamineAnswer, IntentCatalog catalog) {
		List<String> tokens = asked(this.normalizer.tokens(text));
		Vocabulary catalogWords = (catalog != null) ? ours(catalog) : null;
		String other = null;
		boolean sharedAnchor = false;
		boolean visit = false;
		String otherTreatment = null;
		boolean otherMedicine = false;
		boolean untoldTreatment = false;
		for (int i = 0; i < tokens.size(); i++) {
			String token = possessive(tokens.get(i));
			if (SHARED_ANCHORS.contains(token)) {
				sharedAnchor = true;
			}
			else if ((VISITS.contains(token) && !visitOfOtherCare(tokens, i, catalogWords)) || treatmentHere(tokens, i)) {
				visit = true;
			}
			else if ((KETAMINE.contains(token) || ketamineTreatment(tokens, i)) && !borrowedForm(tokens, i, catalogWords)) {
				return Optional.empty();
			}
			else if (asksClinicPractice(tokens, i)) {
				return Optional.empty();
			}
			if (followsKetamineAnswer && REFERENCES.contains(token)) {
				return Optional.empty();
			}
			if (isOtherTopic(token, catalogWords)) {
				if (other == null) {
					other = token;
				}
				otherMedicine |= isMedicine(token);
				if (otherTreatment == null && OTHER_TREATMENTS.contains(token)) {
					otherTreatment = token;
				}
				untoldTreatment |= OTHER_TREATMENTS.contains(token) && !toldAsHad(tokens, i);
			}
		}
		if (!otherMedicine && otherTreatment == null && tokens.stream().anyMatch(CANDIDACY::contains)
				&& tokens.stream().noneMatch(OTHER_PROCEDURES::contains)) {
			// "is atrial fibrillation a contraindication?": whether the visitor may have this clinic's treatment
			return Optional.empty();
		}
		if (other != null && !untoldTreatment && asksOwnCandidacyAfter(tokens, catalogWords)) {
			// "I've tried 3 SSRIs and two years of therapy. Would I qualify?": the medicines are the visitor's history;
			// so is another treatment told as had ("I've done EMDR and four meds. Would I qualify?"), while "I'm looking
			// into ECT. Would I be a candidate?" may ask about that treatment
			return Optional.empty();
		}
		if (sharedAnchor || (visit && tokens.stream().noneMatch(OTHER_PROCEDURES::contains))) {
			// "how many sessions" is ours, "ECT how many sessions" is not
			return Optional.ofNullable(otherTreatment);
		}
		if (other != null && otherMedicine && (setsSubjectAgainst(tokens) || likensSubjectTo(tokens, catalogWords))) {
			// "whats it doing to my brain thats so different from prozac": ketamine set against another medicine
			return Optional.empty();
		}
		if (other != null && !otherMedicine && tokens.stream().anyMatch(BRAIN_SCIENCE::contains)) {
			// "is it the receptors or the metabolite": how a medicine acts, in words the list also has, with no other
			// medicine named, is the mechanism question this site answers
			return Optional.empty();
		}
		if (other == null && this.english != null && catalog != null
				&& tokens.stream().anyMatch(MEDICINE_CONTEXT::contains)
				&& tokens.stream().noneMatch(BRAIN_SCIENCE::contains)) {
			Vocabulary ours = ours(catalog);
			int judged = 0;
			for (String token : tokens) {
				String word = possessive(token);
				if (judged < MAX_STRANGERS_JUDGED && isCandidate(word, ours)) {
					judged++;
					if (isStranger(word, ours)) {
						return Optional.of(word);
					}
				}
			}
		}
		return Optional.ofNullable(other);
	}

	/**
	 * The words after a turn to what the visitor really asks ("my sister talks about ketamine, but what i want to know
	 * is whether yoga helps"; "i saw your ad, but my real question is about my statin"), else all of them: what came
	 * before such a "but" is set aside, so ketamine named there in passing does not make the question ours.
	 */
	static List<String> asked(List<String> tokens) {
		for (int i = 0; i + 3 < tokens.size(); i++) {
			if (!"but".equals(tokens.get(i))) {
				continue;
			}
			int end = pivotEnd(tokens, i + 1);
			if (end > 0 && end < tokens.size()) {
				return tokens.subList(end, tokens.size());
			}
		}
		return tokens;
	}

	/**
	 * The index after "my (real) question is" or "what i (really) want to know is" starting at {@code from}, else -1.
	 */
	private static int pivotEnd(List<String> tokens, int from) {
		int i = from;
		if (i < tokens.size() && "my".equals(tokens.get(i))) {
			i++;
			if (i < tokens.size() && PIVOT_QUALIFIERS.contains(tokens.get(i))) {
				i++;
			}
			return (i + 1 < tokens.size() && tokens.get(i).startsWith("question") && "is".equals(tokens.get(i + 1)))
					? i + 2 : -1;
		}
		if (i + 1 < tokens.size() && "what".equals(tokens.get(i)) && "i".equals(tokens.get(i + 1))) {
			i += 2;
			if (i < tokens.size() && PIVOT_ADVERBS.contains(tokens.get(i))) {
				i++;
			}
			if (i + 3 < tokens.size() && PIVOT_WANTS.contains(tokens.get(i)) && "to".equals(tokens.get(i + 1))
					&& PIVOT_ASKS.contains(tokens.get(i + 2)) && "is".equals(tokens.get(i + 3))) {
				return i + 4;
			}
		}
		return -1;
	}

	/**
	 * Whether the message names other medicines or conditions as someone's history and then asks whether that person
	 * may have the treatment ("Tried lexapro and zoloft. Would I qualify?"); see {@link #asksOwnCandidacyAfter}.
	 */
	public boolean asksCandidacyAfterHistory(String text) {
		List<String> tokens = this.normalizer.tokens(text).stream().map(TopicGuard::possessive).toList();
		return tokens.stream().anyMatch((token) -> isOtherTopic(token, null)) && asksOwnCandidacyAfter(tokens, null);
	}

	/**
	 * Whether the message tells other medicines or treatments only as the visitor's history, tried or failed, and
	 * asks its question of this treatment in a sentence of its own ("how fast does it start working? SSRIs took 6
	 * weeks and did nothing", "I've done Prozac, Zoloft and Lexapro. ... how quickly does it start working?"): what
	 * it names is why the visitor asks, not what the visitor asks about. Not "I tried melatonin and it did nothing.
	 * What dose should I take?", whose question does not point at the treatment.
	 */
	public boolean asksOfTreatmentAfterHistory(List<String> sentences, IntentCatalog catalog) {
		if (sentences.size() < 2) {
			return false;
		}
		Vocabulary catalogWords = (catalog != null) ? ours(catalog) : null;
		boolean history = false;
		boolean asked = false;
		boolean untold = false;
		for (String sentence : sentences) {
			List<String> tokens = this.normalizer.tokens(sentence).stream().map(TopicGuard::possessive).toList();
			if (untold) {
				if (!failedAfter(tokens, -1)) {
					return false;
				}
				// "Lexapro took two months, did nothing for me.": the clause after it tells how it went
				untold = false;
				continue;
			}
			boolean question = MessageSplitter.isQuestion(sentence.strip());
			boolean namesOther = false;
			for (int i = 0; i < tokens.size(); i++) {
				if (isOtherTopic(tokens.get(i), catalogWords)) {
					untold |= !toldAsHad(tokens, i) && !failedAfter(tokens, i);
					namesOther = true;
				}
			}
			if (namesOther && question) {
				return false;
			}
			history |= namesOther;
			asked |= question && namesOrPointsAtKetamine(sentence);
		}
		return history && asked && !untold;
	}

	/** Words after another medicine that tell it did not help: "SSRIs took 6 weeks and did nothing". */
	private static final Set<String> FAILED = Set.of("nothing", "failed", "useless", "worthless");

	/** Words after "not" that tell a medicine did not help: "Lexapro did not work". */
	private static final Set<String> HELPED = Set.of("work", "worked", "working", "help", "helped", "helping", "do");

	/** Whether the sentence tells, after the other medicine at {@code i}, that it did not help. */
	private static boolean failedAfter(List<String> tokens, int i) {
		for (int j = i + 1; j < tokens.size(); j++) {
			if (FAILED.contains(tokens.get(j))
					|| (tokens.get(j).equals("not") && j + 1 < tokens.size() && HELPED.contains(tokens.get(j + 1)))) {
				return true;
			}
		}
		return false;
	}

	/** The words before another treatment that tell it as had: "I've done EMDR", "tried TMS", "went through ECT". */
	private static final Set<String> HAD = Set.of("tried", "done", "did", "had", "through", "completed", "failed",
			"finished", "undergone", "underwent", "received");

	/** How many words before another treatment a word of {@link #HAD} may stand ("I've done prolonged exposure, EMDR"). */
	private static final int HAD_WITHIN = 6;

	/** Whether the other treatment at {@code i} is told as one the person has had. */
	private static boolean toldAsHad(List<String> tokens, int i) {
		for (int j = Math.max(0, i - HAD_WITHIN); j < i; j++) {
			if (HAD.contains(tokens.get(j))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the message ends by asking whether someone may have the treatment ("would I qualify?", "does that rule
	 * her out?", "am I still a candidate?") after every other medicine, condition or service it names: what it names is
	 * the person's history, and the treatment asked about is this clinic's. Not "am I a candidate for Wegovy?", nor
	 * "warfarin contraindications?" (no one's candidacy), nor a question about surgery or a trial.
	 */
	private boolean asksOwnCandidacyAfter(List<String> tokens, Vocabulary catalogWords) {
		if (tokens.stream().anyMatch(OTHER_PROCEDURES::contains)) {
			return false;
		}
		int lastOther = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (isOtherTopic(possessive(tokens.get(i)), catalogWords)) {
				lastOther = i;
			}
		}
		List<String> after = tokens.subList(lastOther + 1, tokens.size());
		return after.stream().anyMatch(CANDIDATES::contains) && (after.stream().anyMatch(CANDIDACY::contains)
				|| (after.stream().anyMatch(RULED::contains) && after.contains("out")));
	}

	/** One's own animal: "my dog", "our cat's". */
	private static final java.util.regex.Pattern OWN_ANIMAL = java.util.regex.Pattern.compile(
			"(?i)\\b(?:my|our)\\s+(?:dogs?|cats?|puppy|kitten|pets?|horses?|pup)(?:'s)?\\b");

	/** Care an animal gets from a vet: "the vet wants to sedate her", "his surgery". */
	private static final java.util.regex.Pattern ANIMAL_CARE = java.util.regex.Pattern.compile(
			"(?i)\\b(?:(?:the|our|a|his|her)\\s+vets?|veterinarians?|veterinary|sedat(?:e|ed|es|ing|ion)|surgery|spay(?:ed)?|"
					+ "neuter(?:ed)?|an(?:a)?esthesia|put\\s+(?:him|her|it)\\s+under)\\b");

	/**
	 * Whether the message asks about ketamine for the visitor's animal: "I'm asking for my cat, the vet wants to sedate
	 * her with it", "is it safe for my dog's surgery". Veterinary use is not the clinic's treatment; the catalog answers
	 * for people. A dog only brought along ("can I bring my dog to sessions?") is not care from a vet.
	 */
	public boolean asksForAnimal(String text) {
		return OWN_ANIMAL.matcher(text).find() && ANIMAL_CARE.matcher(text).find();
	}

	/**
	 * Whether a short message asks whether the clinic takes or an insurer covers the treatment, by the insurer's name
	 * ("u guys take aetna", "medicaid?", "do you take blue cross"), and names no other medicine, condition or service
	 * ("do you take medicare for physical therapy?" is about another service).
	 */
	public boolean asksAboutInsurer(String text) {
		List<String> tokens = this.normalizer.tokens(text).stream().map(TopicGuard::possessive).toList();
		if (tokens.isEmpty() || tokens.size() > 12 || tokens.stream().anyMatch(OTHER_SERVICES::contains)) {
			return false;
		}
		String joined = " " + String.join(" ", tokens) + " ";
		List<String> rest = tokens.stream().filter((token) -> !INSURERS.contains(token)).toList();
		boolean insurer = rest.size() < tokens.size() || joined.contains(" blue cross ")
				|| joined.contains(" blue shield ") || joined.contains(" united healthcare ");
		if (!insurer || otherTopic(String.join(" ", rest), false).isPresent()) {
			return false;
		}
		// "medicaid?", "and aetna?": the name alone; otherwise the clinic taking it or it paying for the treatment
		// ("do u guys take humana", "does tricare cover it"), not "how do I apply for medicaid"
		boolean nameAlone = rest.stream().allMatch(NAME_ALONE::contains);
		return nameAlone || rest.stream().anyMatch(ACCEPTED::contains)
				|| (rest.stream().anyMatch(PAYING::contains) && rest.stream().anyMatch(PAID_FOR::contains));
	}

	/** Words that may stand around an insurer's name alone: "and aetna?", "what about medicaid". */
	private static final Set<String> NAME_ALONE = Set.of("and", "what", "about", "how", "ok", "okay", "also", "or",
			"blue", "cross", "shield", "united", "healthcare");

	/** Words of taking or paying: "do you take", "is it covered", "in network". */
	private static final Set<String> PAYING = Set.of("take", "takes", "accept", "accepts", "accepted", "accepting",
			"cover", "covers", "covered", "covering", "coverage", "pay", "pays", "network", "bill", "billing");

	/** "is aetna accepted", "medicaid in network?": taken at this clinic, said without naming it. */
	private static final Set<String> ACCEPTED = Set.of("accepted", "network");

	/** Who takes it or what it pays for: the clinic ("you", "there") or the treatment ("it", "ketamine"). */
	private static final Set<String> PAID_FOR = Set.of("you", "u", "your", "ya", "yall", "guys", "there", "here",
			"it", "this", "that", "ketamine", "esketamine", "spravato", "clinic", "treatment", "treatments", "infusion",
			"infusions", "sessions", "we", "i", "me");

	/** Other care an insurer pays for ("medicare for physical therapy", "does aetna cover dental"). */
	private static final Set<String> OTHER_SERVICES = Set.of("physical", "dental", "dentist", "vision", "glasses",
			"chiropractor", "chiropractic", "massage", "surgery", "therapist", "counseling", "counselling", "rehab",
			"tms", "ect", "botox", "ambulance", "prescriptions", "pharmacy");

	/**
	 * Whether "it" or "this" stands for the treatment ahead of another medicine the message names, in a question about
	 * having both: "is it okay with benzos?", "can I do this if I'm on an SSRI?", "does it interact with adderall?". On
	 * a clinic's site the treatment is what "it" means there. Not the "it" that only opens a question ("is it ok to
	 * take ibuprofen with my pills?", "does it matter if I take tylenol with advil?"), nor a pointer after the other
	 * medicine ("I was prescribed sertraline, is this safe with ibuprofen?"), nor a comparison.
	 */
	public boolean pointsAtTreatmentTakenWith(String text) {
		List<String> tokens = this.normalizer.tokens(text).stream().map(TopicGuard::possessive).toList();
		if (tokens.stream().anyMatch(COMPARING::contains)) {
			return false;
		}
		int named = -1;
		for (int i = 0; i < tokens.size() && named < 0; i++) {
			if (isMedicine(tokens.get(i)) || MEDICINES_IN_GENERAL.contains(tokens.get(i))) {
				named = i;
			}
		}
		if (named < 0) {
			return false;
		}
		boolean pointer = false;
		boolean both = false;
		for (int i = 0; i < named; i++) {
			String token = tokens.get(i);
			if (isOtherTopic(token, null)) {
				return false;
			}
			if (token.equals("this") || (token.equals("it") && !opensQuestion(tokens, i, named))) {
				pointer = true;
			}
			else if (pointer && (TAKING_BOTH.contains(token)
					|| (token.equals("on") && i > 0 && TAKES_NOW.contains(tokens.get(i - 1))))) {
				both = true;
			}
		}
		return pointer && both;
	}

	/** "is it ok to ...", "does it matter if ...": an "it" with "to", "if" or "that" close after it opens the question. */
	private static boolean opensQuestion(List<String> tokens, int at, int end) {
		for (int i = at + 1; i < Math.min(end, at + 4); i++) {
			if (OPENED.contains(tokens.get(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A word long enough to name a medicine that is neither general English nor the catalog's.
	 */
	private boolean isCandidate(String word, Vocabulary ours) {
		return word.length() >= STRANGER_MIN_LENGTH && word.chars().allMatch((c) -> c >= 'a' && c <= 'z')
				&& !this.english.contains(word) && !ours.contains(word);
	}

	/** A word that is a {@linkplain #isCandidate candidate} and no typo of a known word or of ketamine. */
	private boolean isStranger(String word, Vocabulary ours) {
		if (adverbOfKnownWord(word, ours) || inflectionOfKnownWord(word, ours)) {
			return false;
		}
		int edits = (word.length() >= TWO_EDITS_FROM) ? 2 : 1;
		for (String name : KETAMINE_NAMES) {
			if (EditDistance.levenshtein(word, name, 2) <= 2) {
				return false;
			}
		}
		return !this.english.hasNear(word, edits) && !ours.hasNear(word, edits);
	}

	/**
	 * An adverb made from a word the guard knows ("realistically" from "realistic", "honestly" from "honest",
	 * "basically" from "basic"): general English that the word list may lack in this form, not a medicine's name.
	 */
	private boolean adverbOfKnownWord(String word, Vocabulary ours) {
		if (!word.endsWith("ly") || word.length() < STRANGER_MIN_LENGTH + 1) {
			return false;
		}
		String stem = word.substring(0, word.length() - 2);
		List<String> stems = new ArrayList<>(List.of(stem));
		if (stem.endsWith("al")) {
			stems.add(stem.substring(0, stem.length() - 2));
		}
		if (stem.endsWith("i")) {
			stems.add(stem.substring(0, stem.length() - 1) + "y");
		}
		return stems.stream().anyMatch((candidate) -> this.english.contains(candidate) || ours.contains(candidate));
	}

	/**
	 * Another form of a word the guard knows ("escalating" when only "escalated" is known, "tapering" from "taper",
	 * "stopping" from "stop"): the known-word list has only some forms of each English verb or noun, and a form it lacks
	 * is not a medicine's name. The word less "ing", "ed", "es" or "s" (and a doubled last letter) is compared with that
	 * stem plus each of those endings and "e", "ion", "ation".
	 */
	private boolean inflectionOfKnownWord(String word, Vocabulary ours) {
		for (String suffix : INFLECTIONS) {
			if (!word.endsWith(suffix) || word.length() - suffix.length() < STEM_MIN_LENGTH) {
				continue;
			}
			String stem = word.substring(0, word.length() - suffix.length());
			List<String> stems = new ArrayList<>(List.of(stem));
			int n = stem.length();
			if (stem.charAt(n - 1) == stem.charAt(n - 2)) {
				stems.add(stem.substring(0, n - 1));
			}
			for (String base : stems) {
				for (String ending : STEM_ENDINGS) {
					String form = base + ending;
					if (!form.equals(word) && (this.english.contains(form) || ours.contains(form))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Whether the live catalog uses the word (in its phrases, answers or suggestions): a follow-up that names such a
	 * word ("what about rare ones?") speaks of something the catalog's topics talk about.
	 */
	boolean catalogKnows(String word, IntentCatalog catalog) {
		return ours(catalog).contains(word);
	}

	/** The live catalog's words, worked out again only when the catalog changes (staff retraining). */
	private Vocabulary ours(IntentCatalog catalog) {
		CatalogWords current = this.catalogWords;
		if (current.catalog() != catalog) {
			Set<String> words = new HashSet<>();
			for (IntentDefinition intent : catalog.all()) {
				// the off-topic class's phrases name other medicines on purpose: they are not our words
				if (intent.handoffReason() != HandoffReason.UNMATCHED) {
					intent.examples().forEach((example) -> words.addAll(this.normalizer.tokens(example)));
					words.addAll(this.normalizer.tokens(intent.answer()));
					intent.suggestions().forEach((suggestion) -> words.addAll(this.normalizer.tokens(suggestion)));
				}
			}
			current = new CatalogWords(catalog, Vocabulary.of(words));
			this.catalogWords = current;
		}
		return current.words();
	}

	private record CatalogWords(IntentCatalog catalog, Vocabulary words) {
	}

	/**
	 * Words by length, for "is there a word at most n edits away" without comparing with every word.
	 */
	private static final class Vocabulary {

		private final PackedWords words;

		private Vocabulary(PackedWords words) {
			this.words = words;
		}

		static Vocabulary of(Set<String> words) {
			return new Vocabulary(PackedWords.of(words));
		}

		boolean contains(String word) {
			return this.words.contains(word);
		}

		boolean hasNear(String word, int edits) {
			for (int length = word.length() - edits; length <= word.length() + edits; length++) {
				if (this.words.anyOfLength(length, (known) -> EditDistance.levenshtein(word, known, edits) <= edits)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Whether the message speaks of other care: a pill, a medication, a surgery, a disease, a vitamin
	 * ({@link #OTHER_CARE}). Only for messages that say nothing of ketamine treatment: what matters is that their subject
	 * may be something else.
	 */
	public boolean speaksOfOtherCare(String text) {
		return this.normalizer.tokens(text).stream().map(TopicGuard::possessive).anyMatch(OTHER_CARE::contains);
	}

	/**
	 * Whether the message itself names ketamine or "this/my/the treatment" (an infusion, a session): stricter than what
	 * keeps the guard from firing, because it lets a topic win over the off-topic class. A spray, a shot or "the
	 * treatments for ..." can be about anything.
	 */
	public boolean namesKetamine(String text) {
		List<String> tokens = this.normalizer.tokens(text);
		for (int i = 0; i < tokens.size(); i++) {
			String token = possessive(tokens.get(i));
			if (KETAMINE_NAMES.contains(token)) {
				return true;
			}
			if (OUR_TREATMENT.contains(token) && i > 0 && OUR_DETERMINERS.contains(tokens.get(i - 1))) {
				String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
				if (!next.equals("for") && !next.equals("of")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The other medicine, condition or service one question of a longer message asks about, when that message speaks
	 * of ketamine elsewhere: "Do you know if TMS is covered by Medicare?" at the end of a story about the visitor's own
	 * infusions. The whole message names ketamine, so {@link #otherTopic} keeps it; the question itself names the other
	 * treatment and neither names ketamine, points back at it ("is it covered", "would that work for her") nor sets it
	 * against the other one ("is TMS better than this").
	 * @param question one question of the message, as {@code MessageSplitter} cut it
	 * @param catalog the catalog in use
	 */
	public Optional<String> otherTopicOfQuestion(String question, IntentCatalog catalog) {
		Optional<String> other = otherTopic(question, false, catalog);
		if (other.isEmpty()) {
			return other;
		}
		List<String> tokens = this.normalizer.tokens(question).stream().map(TopicGuard::possessive).toList();
		if (tokens.stream().anyMatch(TopicGuard::setsAgainst)) {
			return Optional.empty();
		}
		// a pointer before the other topic is named points back at ketamine ("is it covered like TMS is"); after it, at
		// the other topic ("do you offer TMS, and how many visits does that take")
		int named = tokens.indexOf(other.get());
		int end = (named >= 0) ? named : tokens.size();
		boolean pointsBack = tokens.subList(0, end).stream()
			.anyMatch((token) -> POINTERS.contains(token) || REFERENCES_TO_SUBJECT.contains(token));
		return pointsBack ? Optional.empty() : other;
	}

	/**
	 * Whether the message names ketamine, its forms or a session, or points at a subject with "it", "this", "that":
	 * what a question about ketamine itself ("what is it?", "what is ketamine?") needs.
	 */
	public boolean namesOrPointsAtKetamine(String text) {
		List<String> tokens = this.normalizer.tokens(text);
		for (int i = 0; i < tokens.size(); i++) {
			String token = possessive(tokens.get(i));
			if (KETAMINE.contains(token) || KETAMINE_NAMES.contains(token) || ketamineTreatment(tokens, i)
					|| POINTERS.contains(token)) {
				return true;
			}
			if (SUBJECT_NOUNS.contains(token) && i > 0 && DETERMINERS.contains(tokens.get(i - 1))
					&& !tokens.get(i - 1).equals("a")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A form of treatment named with another medicine right beside it: "iron infusion", "IV iron", "remicade
	 * infusions". Ketamine's own names are never borrowed.
	 */
	private boolean borrowedForm(List<String> tokens, int i, Vocabulary catalogWords) {
		String token = tokens.get(i);
		if (!SHARED_FORMS.contains(token)) {
			return false;
		}
		String before = (i > 0) ? possessive(tokens.get(i - 1)) : "";
		String after = (i + 1 < tokens.size()) ? possessive(tokens.get(i + 1)) : "";
		return isOtherTopic(before, catalogWords) || (FORMS_BEFORE.contains(token) && isOtherTopic(after, catalogWords));
	}

	/**
	 * Whether the message asks about having ketamine treatment together with another medicine the visitor takes: it
	 * names ketamine treatment or points at it, names another medicine (a name from {@code other-medicines.txt} or
	 * "my meds", "my antidepressant"), asks about having both ("with", "while", "clash", "stop", "keep taking" ...)
	 * and does not compare the two ("better than", "or", "instead of"). "will ketamine for my ptsd clash with my
	 * prazosin?", "can I keep taking my gabapentin while I do infusions?"; not "would ketamine work better than my
	 * lyrica?", nor "I have epilepsy, can I do ketamine?" (a condition, not a medicine).
	 */
	public boolean asksAboutTakingBoth(String text) {
		return asksAboutTakingBoth(text, text);
	}

	/**
	 * As {@link #asksAboutTakingBoth(String)} for a message of several sentences: ketamine and the other medicine may
	 * be named anywhere in it ("the VA has me on prazosin ... ketamine for PTSD"), the words that ask about having both
	 * only in what it asks ("can I keep the prazosin during infusions?"), not in the story around it ("struggling with
	 * nightmares", "I stopped sertraline").
	 * @param text the whole message
	 * @param asked its questions
	 */
	public boolean asksAboutTakingBoth(String text, String asked) {
		if (!namesOrPointsAtKetamine(text)) {
			return false;
		}
		List<String> tokens = this.normalizer.tokens(text).stream().map(TopicGuard::possessive).toList();
		List<String> askedTokens = asked.equals(text) ? tokens
				: this.normalizer.tokens(asked).stream().map(TopicGuard::possessive).toList();
		if (askedTokens.stream().anyMatch(COMPARING::contains)) {
			return false;
		}
		boolean medicine = false;
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			// "while I am under the medicine": the treatment itself, not a second medicine
			boolean underTheTreatment = i >= 2 && tokens.get(i - 1).equals("the") && tokens.get(i - 2).equals("under")
					&& (token.equals("medicine") || token.equals("medication"));
			medicine |= !underTheTreatment && !byPrescription(tokens, i)
					&& (MEDICINES_IN_GENERAL.contains(token) || isMedicine(token));
		}
		boolean both = false;
		for (int i = 0; i < askedTokens.size(); i++) {
			String token = askedTokens.get(i);
			String before = (i > 0) ? askedTokens.get(i - 1) : "";
			String after = (i + 1 < askedTokens.size()) ? askedTokens.get(i + 1) : "";
			both |= (TAKING_BOTH.contains(token) && !(token.equals("with") && HELPS.contains(before))
					&& !(WHILE_IN_A_STATE.contains(token) && STATES.contains(after))
					&& !(STOPS.contains(token) && STOPS_HELPING.contains(after))
					&& !withKetamineItself(askedTokens, i))
					|| (token.equals("keep") && i + 1 < askedTokens.size() && KEEP_TAKING.contains(askedTokens.get(i + 1)))
					|| WEAKENS.contains(token);
		}
		return medicine && both;
	}

	/**
	 * Whether the word at {@code i} is "prescription" said of how the treatment is had, not a second medicine: "is it
	 * legal with a prescription?", "only by prescription", "can I get it without a prescription" (while "is it ok with
	 * my prescriptions?" names the visitor's medicines).
	 */
	private static boolean byPrescription(List<String> tokens, int i) {
		if (!tokens.get(i).equals("prescription") || i == 0) {
			return false;
		}
		String before = tokens.get(i - 1);
		String twoBefore = (i >= 2) ? tokens.get(i - 2) : "";
		return PRESCRIPTION_MEANS.contains(before) || (before.equals("a") && PRESCRIPTION_MEANS.contains(twoBefore));
	}

	/** Words before "prescription" that make it the way the treatment is had: "with", "by", "without" (a). */
	private static final Set<String> PRESCRIPTION_MEANS = Set.of("with", "by", "without", "need", "needs", "require",
			"requires", "get", "getting");

	/**
	 * Whether the "with" at {@code i} only names what the question is about, ketamine itself, with nothing before it
	 * that could be the other medicine: "what side effects are common with ketamine?" asks about ketamine, while "is it
	 * ok with ketamine?" (it: the medicine named before) and "are my pills fine with ketamine?" ask about having both.
	 * After a verb of treating with no medicine between them, "with ketamine" is the means of treatment: "do you treat
	 * this kind of pain with ketamine?".
	 */
	private boolean withKetamineItself(List<String> asked, int i) {
		if (!asked.get(i).equals("with") || i + 1 >= asked.size() || !KETAMINE_NAMES.contains(asked.get(i + 1))) {
			return false;
		}
		boolean pointed = false;
		for (int j = i - 1; j >= 0; j--) {
			String token = asked.get(j);
			if (MEDICINES_IN_GENERAL.contains(token) || isMedicine(token)) {
				return false;
			}
			if (TREATS.contains(token)) {
				// "do you treat this kind of pain with ketamine?": the means of treating what is pointed at between them
				return true;
			}
			pointed |= POINTERS.contains(token);
		}
		return !pointed;
	}

	/** Verbs of treating: "with ketamine" after them says how something is treated, not a second medicine taken. */
	private static final Set<String> TREATS = Set.of("treat", "treats", "treated", "treating", "manage", "manages",
			"managed", "managing");

	/**
	 * Whether every other medicine, condition or service the message names comes after a word that compares with it
	 * ("how quick is onset relative to SSRIs?", "is the relief faster than with pills?"), so that what the message asks
	 * about is something unnamed before the comparison: in a conversation about ketamine treatment, ketamine. Not "is
	 * TMS better than ECT?" nor "does auvelity work faster than other antidepressants?", whose subject is named first.
	 */
	public boolean namesOtherOnlyInComparison(String text) {
		List<String> tokens = this.normalizer.tokens(text).stream().map(TopicGuard::possessive).toList();
		int marker = -1;
		for (int i = 0; i < tokens.size() && marker < 0; i++) {
			String token = tokens.get(i);
			String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
			if (COMPARED_WITH.contains(token)
					|| ((token.equals("relative") || token.equals("compared")) && (next.equals("to") || next.equals("with")))) {
				marker = i;
			}
		}
		if (marker < 0) {
			return false;
		}
		boolean after = false;
		for (int i = 0; i < tokens.size(); i++) {
			if (isOtherTopic(tokens.get(i), null) || isMedicine(tokens.get(i))) {
				if (i < marker) {
					return false;
				}
				after = true;
			}
		}
		return after;
	}

	/** Words after which a comparison names what ketamine is compared with ("than", "vs", "unlike"). */
	private static final Set<String> COMPARED_WITH = Set.of("than", "vs", "versus", "unlike");

	/** Whether the word is the name of another medicine ({@code other-medicines.txt}), not a condition or a service. */
	boolean namesMedicine(String word) {
		return isMedicine(possessive(word));
	}

	/**
	 * Whether the message names a condition or another topic that is not a medicine ("I have glaucoma and take
	 * metoprolol"): a question whether one may have ketamine with it is about candidacy, not about taking two medicines.
	 */
	public boolean namesOtherCondition(String text) {
		for (String token : this.normalizer.tokens(text)) {
			String word = possessive(token);
			if (CANDIDACY_CONDITIONS.contains(word)
					|| (isOtherTopic(word, null) && !isMedicine(word) && !MEDICINES_IN_GENERAL.contains(word))) {
				return true;
			}
		}
		return false;
	}

	/** "do you ask them to ...", "will you check ...": a question to the clinic about its own practice. */
	private static boolean asksClinicPractice(List<String> tokens, int i) {
		return tokens.get(i).equals("you") && i > 0 && ASKING_YOU.contains(tokens.get(i - 1)) && i + 1 < tokens.size()
				&& CLINIC_PRACTICE.contains(tokens.get(i + 1));
	}

	/** How many different medicines of the other-topics list the message names ("melatonin and benadryl": 2). */
	public int medicinesNamed(String text) {
		return (int) this.normalizer.tokens(text).stream().map(TopicGuard::possessive).filter(this::isMedicine)
			.distinct().count();
	}

	private boolean isMedicine(String token) {
		return !KETAMINE_NAMES.contains(token) && (this.medicines.contains(token)
				|| (token.length() > 5 && token.endsWith("s") && this.medicines.contains(token.substring(0, token.length() - 1))));
	}

	/**
	 * Whether the message points at its subject ("it", "this") and sets it against something else ("different from",
	 * "better than", "vs"): only with a medicine named, which the subject is then compared with.
	 */
	private static boolean setsSubjectAgainst(List<String> tokens) {
		return tokens.stream().anyMatch(SUBJECT_POINTERS::contains) && tokens.stream().anyMatch(TopicGuard::setsAgainst);
	}

	/**
	 * Whether the message asks about "it" or "this" and likens it to every other medicine it names, someone's own
	 * ("will it take weeks like my ssri did", "is this as slow as my zoloft was", "unlike her lexapro"), or a medicine
	 * said to do the same ("does it work right away or take weeks like ssris do"): the subject is
	 * the treatment asked about here, the other medicine only the visitor's measure.
	 */
	private boolean likensSubjectTo(List<String> tokens, Vocabulary catalogWords) {
		if (tokens.stream().noneMatch(SUBJECT_POINTERS::contains)) {
			return false;
		}
		boolean likened = false;
		for (int i = 0; i < tokens.size(); i++) {
			if (!isOtherTopic(possessive(tokens.get(i)), catalogWords)) {
				continue;
			}
			boolean owned = i >= 1 && OWNERS.contains(tokens.get(i - 1));
			int likeAt = owned ? i - 2 : i - 1;
			// "like ssris do": a medicine that is the subject of a verb standing for the question's own is a measure too
			boolean acting = i + 1 < tokens.size() && STANDING_FOR_THE_VERB.contains(tokens.get(i + 1));
			if (!(owned || acting) || likeAt < 0 || !LIKENING.contains(tokens.get(likeAt))) {
				return false;
			}
			likened = true;
		}
		return likened;
	}

	/** A word of {@link #SET_AGAINST}, or a long one misspelt by one letter ("diffrent", "diference"). */
	private static boolean setsAgainst(String token) {
		return SET_AGAINST.contains(token) || (token.length() >= TYPO_MIN_LENGTH && SET_AGAINST.stream()
			.anyMatch((word) -> word.length() >= TYPO_MIN_LENGTH && EditDistance.levenshtein(token, word, 1) <= 1));
	}

	/** "ketamine's" is about ketamine. */
	private static String possessive(String token) {
		return token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
	}

	/**
	 * A word of the list, or the plural of one, unless the catalog itself uses that plural: "contraindications" is
	 * ours although the list names a "contraindication" of some other medicine, and so is "contraindication" itself
	 * (a word of the list that names no medicine and whose plural the catalog uses).
	 */
	private boolean isOtherTopic(String token, Vocabulary catalogWords) {
		if (this.otherTopics.contains(token)) {
			// "contraindication" is ours when the catalog speaks of "contraindications" (a medicine's name stays listed)
			return catalogWords == null || isMedicine(token) || !catalogWords.contains(token + "s");
		}
		return token.length() > 5 && token.endsWith("s")
				&& this.otherTopics.contains(token.substring(0, token.length() - 1))
				&& (catalogWords == null || !catalogWords.contains(token));
	}

	/** Words after a visit that say whose it is: "an appointment with the dentist", "at the dermatologist". */
	private static final Set<String> VISIT_PLACES = Set.of("with", "at");

	/** Words between a visit and the care it is for: "an appointment with the dentist", "at the dermatologist". */
	private static final Set<String> VISIT_LINKS = Set.of("with", "at", "for", "to", "the", "my", "a", "an", "see", "his",
			"her", "our");

	/**
	 * Whether the visit at {@code i} is one for other care the list names: "a dental appointment", "a dental cleaning
	 * appointment", "my appointment with the orthodontist" (not "should I bring my inhaler to my appointment", whose
	 * visit is here).
	 */
	private boolean visitOfOtherCare(List<String> tokens, int i, Vocabulary catalogWords) {
		if (i > 0 && isOtherTopic(possessive(tokens.get(i - 1)), catalogWords)) {
			return true;
		}
		if (i > 1 && !VISIT_LINKS.contains(tokens.get(i - 1)) && isOtherTopic(possessive(tokens.get(i - 2)), catalogWords)) {
			// "a dental cleaning appointment"
			return true;
		}
		int next = i + 1;
		if (next >= tokens.size() || !VISIT_PLACES.contains(tokens.get(next))) {
			return false;
		}
		while (next < tokens.size() && VISIT_LINKS.contains(tokens.get(next))) {
			next++;
		}
		return next < tokens.size() && isOtherTopic(possessive(tokens.get(next)), catalogWords);
	}

	/** "this treatment", "your therapy", "the infusion": but not "the treatment for gout". */
	/**
	 * Whether the token at {@code i} is a bare "treatment" had here ({@link #TREATMENT_LEADS}).
	 */
	private static boolean treatmentHere(List<String> tokens, int i) {
		if (!tokens.get(i).equals("treatment") || i == 0 || !TREATMENT_LEADS.contains(tokens.get(i - 1))) {
			return false;
		}
		String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
		return !next.equals("for") && !next.equals("of") && !next.equals("with");
	}

	private static boolean ketamineTreatment(List<String> tokens, int i) {
		if (!TREATMENT.contains(tokens.get(i)) || i == 0 || !DETERMINERS.contains(tokens.get(i - 1))) {
			return false;
		}
		String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
		return !next.equals("for") && !next.equals("of");
	}

}
