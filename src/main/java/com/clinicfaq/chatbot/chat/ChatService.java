package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.answers.ClinicFactLines;
import com.clinicfaq.chatbot.answers.ClinicFacts;
import com.clinicfaq.chatbot.answers.RiskQuestion;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;

/**
 * Replies to one visitor message: the safety screen first, then the classifier, the routing policy and the answer
 * composer. Plain synchronous Java; the web layer moves the transcript I/O off the event loop.
 * <p>
 * Beyond a single classification, the service reads the message the way a person would (see
 * {@link #understand(String, Conversation)}): a reply to "did you mean ...?", a story followed by a question, two
 * questions at once, a follow-up that only makes sense after the previous answer, and a question about another
 * medicine or condition that the ketamine catalog must not answer. None of these overrides an urgent decision.
 */
public class ChatService {

	/** Conversation intents: they answer, but they are not a topic a follow-up can refer to. */
	/** The signal of a verdict reached on a message's English gloss ({@link ForeignGloss}). */
	public static final String GLOSS = "gloss";

	private static final Set<String> SMALL_TALK = Set.of("greeting", "thanks", "goodbye", "bot_capabilities");

	/**
	 * Intents that say what ketamine itself is: a message that neither names ketamine (or its forms) nor points at a
	 * subject ("what is it?") asks what something else is ("what is a narcotic painkiller?").
	 */
	private static final Set<String> ABOUT_KETAMINE_ITSELF = Set.of("what_is_ketamine");

	/** Answers whose subject is the medicine itself, so that a bare "it" after them is ketamine. */
	private static final Set<String> KETAMINE_AS_SUBJECT = Set.of("what_is_ketamine", "history", "anesthesia",
			"legal_status", "conditions_treated", "depression", "anxiety", "ptsd", "chronic_pain", "recreational_use");

	/** Intents about one form of ketamine: a follow-up about another form is a new question, not the same one. */
	private static final Set<String> FORM_INTENTS = Set.of("iv_infusion", "injection", "esketamine",
			"administration_routes", "at_home", "what_is_ketamine");

	/** Intents about one condition: a follow-up about another condition is a new question, not the same one. */
	/** Words a remark about oneself opens with: "I've had ...", "my knees ...", "we tried ...". */
	private static final Set<String> FIRST_PERSON = Set.of("i", "my", "we", "our");

	private static final Set<String> CONDITION_INTENTS = Set.of("depression", "anxiety", "ptsd", "chronic_pain",
			"conditions_treated");

	/** Words by which a later question of a message points at the one before it ("..., and how long does it take?"). */
	private static final Set<String> POINTING_BACK = Set.of("it", "its", "that", "this", "they", "them", "those");

	/** A later question of at most this many words that points back is read with the question before it. */
	private static final int POINTING_QUESTION_WORDS = 8;

	/** Intents whose question a visitor asks again about another medicine by naming it alone ("zoloft?"). */
	private static final String INSURANCE_COST = "insurance_cost";

	private static final Set<String> ABOUT_OTHER_MEDICINES = Set.of("interactions", "contraindications");

	/**
	 * Answers about a property of ketamine itself (how fast it works, its effects, cost, approval): after one, "what
	 * about zoloft?" asks that property of the other medicine, not whether it goes with ketamine treatment.
	 */
	private static final Set<String> PROPERTIES_OF_KETAMINE = Set.of("onset", "duration", "side_effects", "mechanism",
			"long_term_effects", "addiction", "fda_approval", "legal_status", "insurance_cost", "dosing", "history",
			"session_experience", "what_is_ketamine", "safety");

	/**
	 * Intents that answer whether something is dangerous: the risk intents of the "happening now" line and the risks
	 * of addiction and of pregnancy (answered without the line).
	 */
	private static final Set<String> RISK_ANSWERS = Stream.concat(RiskQuestion.RISK_INTENTS.stream(),
			Stream.of("addiction", "pregnancy")).collect(Collectors.toUnmodifiableSet());

	/** Intents that describe effects a follow-up can point at with "they" or "that feeling". */
	private static final Set<String> EFFECT_INTENTS = Set.of("side_effects", "session_experience");

	/** What a follow-up asks about effects just described: how long they last, how soon, whether they are safe. */
	private static final Set<String> EFFECT_QUESTIONS = Set.of("duration", "onset", "safety", "session_length",
			"side_effects", "session_experience");

	/**
	 * A follow-up that reads as a topic of its own at least this clearly asks that, even when read with the previous
	 * message it only repeats the previous answer ("are those covered too?" after how many boosters).
	 */
	private static final double OWN_TOPIC = 0.5;

	/**
	 * How close under an unsure reading of a follow-up with the previous message the previous topic must be, as a share
	 * of that reading's confidence, for the conversation to settle the close call (see previousTopicClose).
	 */
	private static final double PREVIOUS_TOPIC_SHARE = 0.75;

	/** A topic ranked under an off-topic reading of a follow-up that the follow-up names (see topicUnderOffTopic). */
	private static final double TOPIC_UNDER_OFF_TOPIC = 0.15;

	/**
	 * How far down the classifier's ranking a risk question's words may find the neighbouring risk answer they name,
	 * when the classifier already answers with a risk intent (see namedRiskAnswer); otherwise the first three.
	 */
	private static final int NEIGHBOURING_RISK_REACH = 5;

	/** An off-topic call below this, with a topic close under it, is unsure (see unsureOffTopic). */
	private static final double UNSURE_OFF_TOPIC = 0.5;

	/** How close under an unsure off-topic call a topic must be, as a share of its confidence (see unsureOffTopic). */
	private static final double CLOSE_UNDER_OFF_TOPIC = 0.7;

	/** Messages of at most this many words are a bare topic when they name no other one (see bareTopic). */
	private static final int BARE_TOPIC_WORDS = 2;

	/** Intents about who may have the treatment, which a condition of one's own asks about. */
	private static final Set<String> CANDIDACY = Set.of("contraindications", "eligibility");

	/**
	 * From this confidence in a risk answer, a heart, breathing or blood-pressure word the topic guard lists is read as
	 * the treatment's own risk ({@link #namesRiskOfTreatment}).
	 */
	static final double SURE_RISK_ANSWER = 0.85;

	/**
	 * Words that point at the treatment without naming it: "during it", "is it", "your equipment", "this". "Is an
	 * arrhythmia dangerous when you run marathons" points at nothing of ours.
	 */
	private static final Set<String> POINTS_AT_TREATMENT = Set.of("it", "during", "your", "this");

	private static final String ELIGIBILITY = "eligibility";

	/** A question of a long message that asks to book or for a person this clearly is that request. */
	private static final double CLEAR_REQUEST = 0.5;

	/** Getting ready for a session: the "before" side of it. */
	private static final String PREPARATION = "preparation";

	/** Who gives the treatment and what is checked during it. */
	private static final String MONITORING = "monitoring";

	private static final String TREATMENT_COURSE = "treatment_course";

	/** Answers about one session, after which "how many of those" asks how many sessions. */
	private static final Set<String> SESSION_ANSWERS = Set.of("session_length", "session_experience", "iv_infusion",
			"injection", "esketamine");

	/** Recovering after a session: the "after" side of it. */
	private static final String AFTERCARE = "aftercare";

	private static final String DRIVING = "driving";

	private static final String ANESTHESIA = "anesthesia";

	/** Answers about the session itself, after which "and before?" or "and after?" asks about that side of it. */
	private static final Set<String> DURING_SESSION = Set.of("session_experience", "monitoring");

	/** Forms whose own answer says who they are for (Spravato: adults whose depression resisted other treatment). */
	private static final Set<String> FORMS_SAYING_WHO = Set.of("esketamine");

	/** Answers about a harm, after which "is that permanent?" asks about the long-term effects. */
	private static final Set<String> HARMS = Set.of("side_effects", "session_experience", "recreational_use", "safety",
			"overdose", "addiction", "anesthesia", "long_term_effects");

	/** The catalog's intent about whether ketamine is habit-forming. */
	private static final String ADDICTION = "addiction";

	/** The catalog's intents about the two forms whose difference the injection's answer explains. */
	private static final String INJECTION = "injection";

	private static final String IV_INFUSION = "iv_infusion";

	/** The catalog's intent about the long-term effects of repeated use. */
	private static final String LONG_TERM = "long_term_effects";

	/** The catalog's intent about how long the benefit lasts. */
	private static final String DURATION = "duration";

	/** The catalog's intent about how ketamine works in the brain. */
	private static final String MECHANISM = "mechanism";

	/**
	 * A topic the classifier ranks at least this likely under its off-topic call makes an unanswered message worth
	 * reading the next one with ("what's the cost of a booster": off-topic 0.93, cost 0.06; the weather: nothing).
	 */
	private static final double TOPIC_TO_COME_BACK_TO = 0.05;

	/** The catalog's intent about who should not have ketamine. */
	private static final String CONTRAINDICATIONS = "contraindications";

	/**
	 * Answers after which "for someone with asthma?" asks whether such a person may have ketamine: whether it is safe,
	 * its effects, who qualifies, how it is watched.
	 */
	private static final Set<String> ASKED_FOR_SOMEONE = Set.of("safety", "side_effects", "eligibility",
			"long_term_effects", "session_experience", "monitoring", "contraindications", "anesthesia");

	/** The catalog's intent about the forms of ketamine treatment. */
	private static final String ROUTES = "administration_routes";

	private static final String AT_HOME = "at_home";

	/** The information answer about overdose (an overdose happening now is urgent and never reaches the reading). */
	private static final String OVERDOSE_INFORMATION = "overdose";

	private static final String SESSION_LENGTH = "session_length";

	/** The answers about the two sides of a session in time: getting ready and recovering. */
	private static final Set<String> SIDES_OF_SESSION = Set.of("preparation", "aftercare");

	private static final String LEGAL_STATUS = "legal_status";

	/** How clearly the reading with the previous message must be about the previous topic to settle a message. */
	private static final double PREVIOUS_SETTLES = 0.85;

	/**
	 * A topic the message's own ranking has at least this likely under an off-topic call, that the reading with the
	 * previous message backs (see unplacedBackedByPrevious).
	 */
	private static final double TOPIC_UNDER_UNPLACED = 0.10;

	/** A message of at most this many words that only tells something may be settled by the previous message. */
	private static final int TELLS_WORDS = 15;

	/** An urgent reading at least this likely keeps a message to its own reading (see settledByPrevious). */
	private static final double URGENT_DOUBT = 0.3;

	/** What a follow-up is read with when the conversation, not the message, names the treatment. */
	private static final String KETAMINE_OF_CONVERSATION = "ketamine ";

	/** The catalog's intent about taking other medicines with ketamine. */
	private static final String INTERACTIONS = "interactions";

	/** The answers about having ketamine with another medicine or condition, which name that other one. */
	private static final Set<String> WITH_OTHER_MEDICINE = Set.of(INTERACTIONS, "contraindications", "pregnancy");

	/** The catalog's intent for a visitor who asks for a person. */
	private static final String HUMAN_AGENT = "human_agent";

	/** The catalog's intent for a visitor who asks to book or to reach the clinic. */
	private static final String APPOINTMENT = "appointment";

	/** "how do I set up a first appointment", "can I book a consult", "where do I schedule my first session". */
	private static final java.util.regex.Pattern ASKS_TO_BOOK = java.util.regex.Pattern.compile(
			"(?i)\\b(?:book|booking|schedule|scheduling|set\\s+up|setting\\s+up|make|making|arrange|get)\\s+"
					+ "(?:an?\\s+|my\\s+|the\\s+|our\\s+)?(?:first\\s+|initial\\s+|new\\s+)?"
					+ "(?:appointment|appt|consult|consultation|visit|intake)s?\\b");

	/** Getting ready for a visit: "before", "bring", "eat", "wear", "prepare". */
	private static final java.util.regex.Pattern GETS_READY = java.util.regex.Pattern.compile(
			"(?i)\\b(?:before|beforehand|prior|bring|eat|eating|drink|drinking|wear|prepare|preparing|ready|expect|fast|"
					+ "fasting|during|after)\\b");

	private static final IntentDefinition REPHRASE = new IntentDefinition("rephrase", Route.HANDOFF,
			HandoffReason.UNMATCHED, List.of("neither"),
			"No problem. Could you ask your question in other words? If you prefer, our team can help you directly.",
			List.of("What can you help me with?", "What is ketamine?"), null);

	private final SafetyScreen safety;

	private final IntentClassifier classifier;

	private final Supplier<IntentCatalog> catalog;

	private final RoutingPolicy routing;

	private final AnswerComposer answers;

	private final ConversationStore conversations;

	private final Clock clock;

	private final TopicGuard topics;

	private final ClinicFactLines facts;

	private final TextNormalizer normalizer;

	private final UrgentTurnListener urgentTurns;

	private final ForeignGloss foreign = ForeignGloss.shipped();

	private volatile FollowUpReader reader = FollowUpReader.load();

	private volatile Consumer<FollowUpReader.Choice> readings;

	public ChatService(SafetyScreen safety, IntentClassifier classifier, Supplier<IntentCatalog> catalog,
			RoutingPolicy routing, AnswerComposer answers, ConversationStore conversations, Clock clock) {
		this(safety, classifier, catalog, routing, answers, conversations, clock, UrgentTurnListener.NONE);
	}

	public ChatService(SafetyScreen safety, IntentClassifier classifier, Supplier<IntentCatalog> catalog,
			RoutingPolicy routing, AnswerComposer answers, ConversationStore conversations, Clock clock,
			UrgentTurnListener urgentTurns) {
		this(safety, classifier, catalog, routing, answers, conversations, clock, urgentTurns,
				TopicGuard.load(new TextNormalizer()), new ClinicFactLines(answers.clinic(), ClinicFacts.none()));
	}

	public ChatService(SafetyScreen safety, IntentClassifier classifier, Supplier<IntentCatalog> catalog,
			RoutingPolicy routing, AnswerComposer answers, ConversationStore conversations, Clock clock,
			UrgentTurnListener urgentTurns, TopicGuard topics, ClinicFactLines facts) {
		this.urgentTurns = urgentTurns;
		this.safety = safety;
		this.classifier = classifier;
		this.catalog = catalog;
		this.routing = routing;
		this.answers = answers;
		this.conversations = conversations;
		this.clock = clock;
		this.topics = topics;
		this.facts = facts;
		this.normalizer = new TextNormalizer();
	}

	/**
	 * Understands the message on its own, without replying, recording or touching conversation state. The text is
	 * first sanitized ({@link MessageSanitizer}), so no later step can be made to do unbounded work.
	 */
	public Classification classify(String raw) {
		Screened screened = screened(raw);
		return understand(screened.read(), Conversation.start(""), screened.verdict()).classification();
	}

	/**
	 * The message sanitized and screened once, for an edge that decides something on the screen's finding (an urgent
	 * message is answered over any rate limit) and then replies with {@link #reply(ChatRequest, Screened)}: the
	 * reply reuses the finding instead of screening the message a second time.
	 */
	public Screened screened(String raw) {
		String text = MessageSanitizer.sanitize(raw);
		ForeignGloss.Gloss gloss = this.foreign.read(text).orElse(null);
		return new Screened(raw, text, screen(text, gloss), gloss);
	}

	/**
	 * The screen's verdict on the visitor's words, or, when they are not urgent and are written in Portuguese, French,
	 * German or Italian, its verdict on their English gloss ({@link ForeignGloss}) if that one is urgent, with the
	 * signal {@link #GLOSS}: the reviewed rules and the risk detector read English (and Spanish, which has rules and
	 * a detector of its own and is not screened twice).
	 */
	private SafetyVerdict screen(String text, ForeignGloss.Gloss gloss) {
		SafetyVerdict own = this.safety.screen(text);
		if (own.urgent()) {
			return own;
		}
		if (Courtesy.only(this.normalizer.tokens(text))) {
			// "au revoir et bonne journée !": a thanks or goodbye in another language and nothing else is no evidence
			// for a classifier's urgent call, whatever the detector makes of its words or of their gloss ("goodbye and
			// good day" is a farewell to it)
			return withEvidence(own, false, Set.of());
		}
		if (gloss == null || "es".equals(gloss.language())) {
			return own;
		}
		SafetyVerdict read = this.safety.screen(gloss.english());
		if (!read.urgent()) {
			// the evidence for a classifier's urgent call is the English reading's: the detector reads English, and
			// its scores of the foreign words themselves are noise ("posso comunque fare la terapia con ketamina?"
			// scored 0.19 crisis)
			return withEvidence(own, read.dangerSignal(), read.evidence());
		}
		List<String> signals = new ArrayList<>(read.signals());
		signals.add(GLOSS);
		return new SafetyVerdict(read.urgency(), read.mentionsSelfHarm(), read.matchedRules(), read.benignReading(),
				read.adviceBoundary(), read.illicitRequest(), read.risk(), signals, read.dangerSignal(),
				read.riskQuestion(), read.evidence());
	}

	private static SafetyVerdict withEvidence(SafetyVerdict verdict, boolean dangerSignal, Set<Urgency> evidence) {
		return new SafetyVerdict(verdict.urgency(), verdict.mentionsSelfHarm(), verdict.matchedRules(),
				verdict.benignReading(), verdict.adviceBoundary(), verdict.illicitRequest(), verdict.risk(),
				verdict.signals(), dangerSignal, verdict.riskQuestion(), evidence);
	}

	public ChatTurn reply(ChatRequest request) {
		return reply(request, screened(request.text()));
	}

	/**
	 * As {@link #reply(ChatRequest)}, with the finding of {@link #screened(String)} on the request's text.
	 * @throws IllegalArgumentException when {@code screened} is of another text
	 */
	public ChatTurn reply(ChatRequest request, Screened screened) {
		if (!screened.raw().equals(request.text())) {
			throw new IllegalArgumentException("The screened message is not the request's text");
		}
		String conversationId = (request.conversationId() != null) ? request.conversationId()
				: UUID.randomUUID().toString();
		String text = screened.text();
		String read = screened.read();
		Conversation conversation = this.conversations.find(conversationId);
		Understood understood = readFollowUp(conversationId, read, conversation, screened.verdict(),
				stillUrgent(understand(read, conversation, screened.verdict()), conversation));
		Classification classification = understood.classification();
		RoutingDecision decision = classification.decision();
		Answer answer;
		if (understood.rephrase()) {
			answer = this.answers.handoff(HandoffReason.UNMATCHED, REPHRASE, classification.verdict());
		}
		else if (understood.acknowledged() != null) {
			answer = this.answers.acknowledgement(understood.acknowledged() == Acknowledgement.Kind.DECLINES,
					suggestionsOf(conversation.lastIntent()), classification.verdict());
		}
		else {
			answer = compose(decision, classification.verdict(), read);
		}
		if (screened.gloss() != null && !decision.urgent()) {
			answer = saidInEnglish(answer, screened.gloss().language());
		}
		boolean offersPerson = answer.suggestions().contains(AnswerComposer.TALK_TO_CLINIC);
		boolean comeBackTo = worthComingBackTo(decision, classification.ranking(), read);
		this.conversations.update(conversationId, (current) -> (understood.acknowledged() != null)
				? current.acknowledged() : current.next(decision, read, offersPerson, comeBackTo));
		ChatTurn turn = new ChatTurn(conversationId, UUID.randomUUID().toString(), this.clock.instant(),
				request.channel(), text, classification.intent(), classification.ranking(), decision.route(),
				decision.reason(), classification.verdict(), answer, decision.signals(), decision.context());
		if (turn.urgent()) {
			this.urgentTurns.urgentTurn(turn);
		}
		return turn;
	}

	/**
	 * The reply to a message read through its English gloss ({@link ForeignGloss}), with a first line in the visitor's
	 * language saying that the bot answers in English and what follows is what it understood.
	 */
	private static Answer saidInEnglish(Answer answer, String language) {
		return new Answer(answer.id(), ForeignGloss.note(language) + "\n\n" + answer.text(), answer.disclaimer(),
				answer.suggestions(), answer.crisisLines());
	}

	/**
	 * Whether a message the bot did not answer is worth reading the next message with: a "did you mean ...?", or an
	 * unmatched handoff of a message that names ketamine treatment or another medicine ("what are the side effects of
	 * zoloft?"), or that the classifier ranks on a topic of the catalog at {@link #TOPIC_TO_COME_BACK_TO} or more under
	 * its off-topic call ("how often do people get the spray"). A message about nothing the bot covers ("what is the
	 * weather") is not remembered, nor an urgent one.
	 */
	private boolean worthComingBackTo(RoutingDecision decision, List<ScoredIntent> ranking, String text) {
		if (decision.route() == Route.CLARIFY) {
			return true;
		}
		if (decision.route() != Route.HANDOFF || decision.reason() != HandoffReason.UNMATCHED || decision.urgent()) {
			return false;
		}
		IntentCatalog catalog = this.catalog.get();
		return this.topics.namesKetamine(text) || this.topics.otherTopic(text, false, catalog).isPresent()
				|| ranking.stream().anyMatch((scored) -> isTopic(scored.name(), catalog)
						&& scored.confidence() >= TOPIC_TO_COME_BACK_TO);
	}

	/**
	 * Uses {@code reader} for follow-ups instead of the one beside {@link FollowUpReader} (tests, evaluations).
	 */
	void useReader(FollowUpReader reader) {
		this.reader = reader;
	}

	/**
	 * Hands every follow-up's candidate readings and the one chosen to {@code readings} ({@code eval --chat ...
	 * --readings FILE}, which records what the follow-up reader is trained on); {@code null} stops it.
	 */
	public void recordFollowUpReadings(Consumer<FollowUpReader.Choice> readings) {
		this.readings = readings;
	}

	/**
	 * A follow-up right after an answer, read by the {@link FollowUpReader}: it chooses among the rules' reading, the
	 * message alone, its own likeliest topic, the message read after the previous question and the previous topic.
	 * Nothing changes for an urgent or refused message, in a conversation that had an urgent turn, for a reply to a
	 * "did you mean ...?", a bare acknowledgement, a request for a person, or when the reader is off: context never
	 * overrides a safety decision, and it lasts only as long as the conversation is remembered.
	 */
	private Understood readFollowUp(String conversationId, String text, Conversation conversation,
			SafetyVerdict verdict, Understood understood) {
		FollowUpReader current = this.reader;
		Consumer<FollowUpReader.Choice> recorder = this.readings;
		if (!current.active() && recorder == null) {
			return understood;
		}
		IntentCatalog catalog = this.catalog.get();
		RoutingDecision rules = understood.classification().decision();
		if (understood.rephrase() || understood.acknowledged() != null || verdict.urgent() || verdict.illicitRequest()
				|| verdict.mentionsSelfHarm()
				|| rules.urgent() || conversation.urgentIntent() != null || !conversation.answered()
				|| !conversation.offered().isEmpty() || conversation.lastText() == null
				|| conversation.lastIntent() == null || !isTopic(conversation.lastIntent(), catalog)
				|| (rules.route() == Route.HANDOFF && rules.reason() != HandoffReason.UNMATCHED)) {
			return understood;
		}
		if (onlyAnotherMedicine(text, rules, conversation.lastIntent(), catalog)
				|| (rules.context() == ContextUse.MEDICINE_TAKEN
						&& FollowUp.asksIfTaking(FollowUp.canonical(this.normalizer.tokens(text))))) {
			// "what about if I'm on lamotrigine?": nothing but what the visitor takes is new (read alone, the name is
			// another medicine's topic, which the reader would weigh against the rules)
			return understood;
		}
		// the reader weighs the turns of some ways of reading the conversation only (FollowUpReader.reads)
		String group = (rules.route() == Route.ANSWER && rules.context() != null) ? rules.context().value() : null;
		if (recorder == null && !current.reads(group)) {
			return understood;
		}
		Understood aloneUnderstood = understand(text, Conversation.start(conversationId), verdict);
		RoutingDecision alone = aloneUnderstood.classification().decision();
		if (aloneUnderstood.rephrase() || alone.urgent()
				|| (alone.route() == Route.HANDOFF && alone.reason() != HandoffReason.UNMATCHED)) {
			return understood;
		}
		String spelled = MessageSplitter.punctuationSpelledOut(text);
		Prediction own = this.classifier.classify(spelled);
		Prediction withPrevious = this.classifier.classify(conversation.lastText() + " " + spelled);
		String last = conversation.lastIntent();
		Map<String, Double> turn = turnFeatures(text, conversation, rules, alone, own, withPrevious, catalog);
		List<FollowUpReader.Candidate> candidates = new ArrayList<>();
		candidates.add(candidate(FollowUpReader.Reading.RULES, rules, turn, rules, alone, own, withPrevious, last));
		candidates.add(candidate(FollowUpReader.Reading.ALONE, alone, turn, rules, alone, own, withPrevious, last));
		bestTopic(own, catalog).ifPresent((intent) -> candidates.add(candidate(FollowUpReader.Reading.ALONE_BEST,
				RoutingDecision.answer(intent), turn, rules, alone, own, withPrevious, last)));
		// "and the IV?" after "how fast does spravato work": read with the previous message, the spray's own answer is
		// no reading of a message that names another form
		Optional<String> namedForm = FollowUp.formIntent(FollowUp.canonical(this.normalizer.tokens(text)));
		bestTopic(withPrevious, catalog)
			.filter((intent) -> !(ONE_FORM.contains(intent) && namedForm.isPresent() && !namedForm.get().equals(intent)))
			.ifPresent((intent) -> candidates.add(candidate(FollowUpReader.Reading.WITH_PREVIOUS,
					RoutingDecision.answer(intent), turn, rules, alone, own, withPrevious, last)));
		candidates.add(candidate(FollowUpReader.Reading.PREVIOUS_TOPIC, RoutingDecision.answer(last), turn, rules,
				alone, own, withPrevious, last));
		// an unplaced message becomes an answer only when it has a word of the catalog's topics and names no other
		// medicine or topic: "what's the weather tomorrow" after an answer stays unrelated
		boolean mayAnswer = rules.route() != Route.HANDOFF
				|| (turn.get("catalog_word") > 0 && turn.get("names_other") == 0);
		int chosen = mayAnswer ? current.choose(group, candidates) : 0;
		if (recorder != null) {
			recorder.accept(new FollowUpReader.Choice(conversationId, text, candidates, chosen));
		}
		FollowUpReader.Candidate choice = candidates.get(chosen);
		if (chosen == 0 || sameOutcome(choice.decision(), rules)) {
			return understood;
		}
		return switch (choice.reading()) {
			case ALONE -> new Understood(classification(alone.because(ContextUse.READER_ALONE),
					aloneUnderstood.classification().ranking().isEmpty() ? own : new Prediction(
							aloneUnderstood.classification().ranking()), verdict), false, null);
			case ALONE_BEST -> understood(choice.decision().because(ContextUse.READER_ALONE_BEST), own, verdict);
			case WITH_PREVIOUS -> understood(choice.decision().because(ContextUse.READER_WITH_PREVIOUS), withPrevious,
					verdict);
			case PREVIOUS_TOPIC -> understood(choice.decision().because(ContextUse.READER_PREVIOUS_TOPIC),
					withPrevious, verdict);
			case RULES -> understood;
		};
	}

	private static boolean sameOutcome(RoutingDecision one, RoutingDecision other) {
		return one.route() == other.route() && one.reason() == other.reason()
				&& java.util.Objects.equals(one.intent(), other.intent())
				&& java.util.Objects.equals(one.also(), other.also())
				&& (one.route() != Route.CLARIFY || one.options().equals(other.options()));
	}

	private static Optional<String> bestTopic(Prediction prediction, IntentCatalog catalog) {
		return prediction.ranking()
			.stream()
			.filter((scored) -> isTopic(scored.name(), catalog))
			.map(ScoredIntent::name)
			.findFirst();
	}

	/**
	 * "What about lithium?", "and lamictal?" after what mixes with ketamine, as the rules read it: the previous question
	 * about another medicine, and nothing else said. Read alone the name is another medicine's topic, which the reader
	 * weighs against the rules; here nothing but the name is new, so the rules' reading stands.
	 */
	private boolean onlyAnotherMedicine(String text, RoutingDecision rules, String last, IntentCatalog catalog) {
		if (rules.context() != ContextUse.SAME_QUESTION || !ABOUT_OTHER_MEDICINES.contains(last)
				|| !rules.answers()) {
			return false;
		}
		List<String> tokens = FollowUp.withoutLeadIn(FollowUp.canonical(this.normalizer.tokens(text)));
		if (tokens.isEmpty() || tokens.size() > 4 || !(FollowUp.bareName(tokens) || FollowUp.elliptical(tokens))) {
			return false;
		}
		List<String> words = FollowUp.contentWords(tokens);
		return words.size() == 1 && this.topics.namesMedicine(words.get(0))
				&& this.topics.otherTopic(text, false, catalog).isPresent();
	}

	/** What the reader knows of the turn, the same for every candidate. */
	private Map<String, Double> turnFeatures(String text, Conversation conversation, RoutingDecision rules,
			RoutingDecision alone, Prediction own, Prediction withPrevious, IntentCatalog catalog) {
		List<String> tokens = FollowUp.withoutLeadIn(
				FollowUp.canonical(this.normalizer.tokens(FollowUp.spelledForms(text))));
		String last = conversation.lastIntent();
		String ownBest = own.best().map(ScoredIntent::name).orElse("");
		String previousBest = withPrevious.best().map(ScoredIntent::name).orElse("");
		Map<String, Double> features = new HashMap<>();
		features.put("bias", 1.0);
		features.put("own_top", topOf(own));
		features.put("own_margin", marginOf(own));
		features.put("prev_top", topOf(withPrevious));
		features.put("prev_margin", marginOf(withPrevious));
		features.put("alone_" + alone.route().value(), 1.0);
		features.put("rules_" + rules.route().value(), 1.0);
		features.put("rules_context", (rules.context() != null) ? 1.0 : 0.0);
		if (rules.context() != null) {
			// which rule read the conversation: some are right far more often than others
			features.put("rule_" + rules.context().value(), 1.0);
		}
		features.put("catalog_word", FollowUp.contentWords(tokens)
			.stream()
			.anyMatch((word) -> this.topics.catalogKnows(word, catalog)) ? 1.0 : 0.0);
		features.put("words", Math.min(tokens.size(), 20) / 10.0);
		features.put("short", (tokens.size() <= 4) ? 1.0 : 0.0);
		features.put("refers_back", FollowUp.refersBack(tokens) ? 1.0 : 0.0);
		features.put("pronoun", tokens.stream().anyMatch(POINTING_BACK::contains) ? 1.0 : 0.0);
		features.put("names_form", FollowUp.formIntent(tokens).isPresent() ? 1.0 : 0.0);
		features.put("names_condition", FollowUp.swapsCondition(tokens) ? 1.0 : 0.0);
		features.put("names_other", this.topics.otherTopic(text, true, catalog).isPresent() ? 1.0 : 0.0);
		features.put("names_ketamine", this.topics.namesKetamine(text) ? 1.0 : 0.0);
		features.put("what_about", FollowUp.opensWithWhatAbout(tokens) ? 1.0 : 0.0);
		features.put("elliptical", FollowUp.elliptical(tokens) ? 1.0 : 0.0);
		features.put("tells", FollowUp.tells(text, tokens) ? 1.0 : 0.0);
		features.put("sentences", (MessageSplitter.sentences(text).size() > 1) ? 1.0 : 0.0);
		features.put("last_form", FORM_INTENTS.contains(last) ? 1.0 : 0.0);
		features.put("last_condition", CONDITION_INTENTS.contains(last) ? 1.0 : 0.0);
		features.put("last_effect", (EFFECT_INTENTS.contains(last) || EFFECT_QUESTIONS.contains(last)) ? 1.0 : 0.0);
		features.put("own_is_last", ownBest.equals(last) ? 1.0 : 0.0);
		features.put("prev_is_last", previousBest.equals(last) ? 1.0 : 0.0);
		features.put("own_is_prev", ownBest.equals(previousBest) ? 1.0 : 0.0);
		return features;
	}

	/** The turn's features and the candidate's own: how each reading ranks its topic, whether they agree. */
	private static FollowUpReader.Candidate candidate(FollowUpReader.Reading reading, RoutingDecision decision,
			Map<String, Double> turn, RoutingDecision rules, RoutingDecision alone, Prediction own,
			Prediction withPrevious, String last) {
		Map<String, Double> features = new HashMap<>(turn);
		String intent = decision.answers() ? decision.intent() : null;
		features.put("c_own", (intent != null) ? confidenceOf(own, intent) : 0.0);
		features.put("c_prev", (intent != null) ? confidenceOf(withPrevious, intent) : 0.0);
		features.put("c_own_first", (intent != null && intent.equals(own.best().map(ScoredIntent::name).orElse(null)))
				? 1.0 : 0.0);
		features.put("c_prev_first", (intent != null
				&& intent.equals(withPrevious.best().map(ScoredIntent::name).orElse(null))) ? 1.0 : 0.0);
		features.put("c_is_last", last.equals(intent) ? 1.0 : 0.0);
		features.put("c_is_rules", sameOutcome(decision, rules) ? 1.0 : 0.0);
		features.put("c_is_alone", sameOutcome(decision, alone) ? 1.0 : 0.0);
		features.put("c_" + decision.route().value(), 1.0);
		return new FollowUpReader.Candidate(reading, decision, features);
	}

	private static double topOf(Prediction prediction) {
		return prediction.best().map(ScoredIntent::confidence).orElse(0.0);
	}

	private static double marginOf(Prediction prediction) {
		return topOf(prediction) - prediction.runnerUp().map(ScoredIntent::confidence).orElse(0.0);
	}

	/**
	 * In a conversation that had an urgent turn, a message the bot cannot place ("no one would even notice", "its
	 * already decided", "?") gets the urgent reply again, with the crisis lines and the clinic's contact, instead of
	 * the unmatched prompt: after a crisis or an emergency, not understanding is no reason to stop offering help.
	 */
	private static Understood stillUrgent(Understood understood, Conversation conversation) {
		RoutingDecision decision = understood.classification().decision();
		if (conversation.urgentIntent() == null || decision.route() != Route.HANDOFF
				|| decision.reason() != HandoffReason.UNMATCHED) {
			return understood;
		}
		Classification unplaced = understood.classification();
		RoutingDecision urgent = RoutingDecision.urgent(conversation.urgentIntent(),
				List.of(RoutingDecision.UNPLACED_AFTER_URGENT));
		ScoredIntent intent = unplaced.ranking()
			.stream()
			.filter((scored) -> scored.name().equals(urgent.intent()))
			.findFirst()
			.orElse(new ScoredIntent(urgent.intent(), 0.0));
		return new Understood(new Classification(intent, unplaced.ranking(), urgent, unplaced.verdict()), false, null);
	}

	/**
	 * The message's classification and routing, read with the conversation so far. Urgency (from the safety screen or
	 * the classifier) and a refused request are decided on the message alone and nothing below overrides them.
	 */
	private Understood understand(String text, Conversation conversation, SafetyVerdict verdict) {
		return understand(MessageSplitter.punctuationSpelledOut(text), conversation, verdict, false);
	}

	/**
	 * As {@link #understand(String, Conversation, SafetyVerdict)}; {@code oneSentence} reads a message of several
	 * sentences as one follow-up (what is left of "Thanks! And what about the spray?" after its lead-in).
	 */
	private Understood understand(String text, Conversation conversation, SafetyVerdict verdict, boolean oneSentence) {
		IntentCatalog catalog = this.catalog.get();
		Prediction prediction = this.classifier.classify(text);
		RoutingDecision alone = this.routing.decide(verdict, prediction, catalog,
				conversation.urgentIntent() != null);
		if (alone.urgent() || verdict.illicitRequest()) {
			return understood(alone, prediction, verdict);
		}
		List<String> tokens = this.normalizer.tokens(text);
		if (!conversation.offered().isEmpty()) {
			Optional<ClarifyReply.Choice> choice = ClarifyReply.read(tokens, conversation.offered(),
					wordsOf(conversation.offered(), catalog));
			if (choice.isPresent() && choice.get() instanceof ClarifyReply.Both both && isTopic(both.first(), catalog)
					&& isTopic(both.second(), catalog)) {
				// "both please": the two answers in one reply, as for two questions in one message
				return understood(RoutingDecision.answerBoth(both.first(), both.second()).because(ContextUse.CLARIFY_BOTH),
						Prediction.of(new ScoredIntent(both.first(), 1.0)), verdict);
			}
			if (choice.isPresent() && choice.get() instanceof ClarifyReply.Both both) {
				choice = Optional.of(new ClarifyReply.Chosen(both.first()));
			}
			if (choice.isPresent() && choice.get() instanceof ClarifyReply.Chosen chosen) {
				// the visitor chose it: that is certain, whatever the classifier makes of "yes"
				return understood(decisionFor(chosen.intent(), catalog).because(ContextUse.CLARIFY_CHOICE),
						Prediction.of(new ScoredIntent(chosen.intent(), 1.0)), verdict);
			}
			if (choice.isPresent()) {
				return turnedDown(ContextUse.CLARIFY_NEITHER, prediction, verdict);
			}
		}
		if (conversation.offered().isEmpty() && conversation.answered()) {
			if (ClarifyReply.turnsDownAll(tokens)) {
				// "no neither, sorry", "nope, none of those" right after an answer: the visitor took the answer for a
				// choice and turns it down; ask to rephrase and offer a person, as after a "did you mean ...?" turned down
				return turnedDown(ContextUse.ANSWER_TURNED_DOWN, prediction, verdict);
			}
			if (FollowUp.doubtsAnswer(FollowUp.canonical(tokens)) && conversation.lastIntent() != null
					&& isTopic(conversation.lastIntent(), catalog)) {
				// "really?", "says who?", "how do you know?" right after an answer: the visitor doubts it, and the
				// reviewed answer, which says where its facts come from and to ask the clinic, is given again
				return understood(RoutingDecision.answer(conversation.lastIntent()).because(ContextUse.ANSWER_DOUBTED),
						Prediction.of(new ScoredIntent(conversation.lastIntent(), 1.0)), verdict);
			}
			Optional<Acknowledgement.Kind> acknowledgement = Acknowledgement.of(tokens, this.normalizer.fold(text));
			if (acknowledgement.isPresent()) {
				return acknowledged(acknowledgement.get(), conversation, prediction, verdict, catalog);
			}
		}
		if (tokens.isEmpty()) {
			// "?", "!!!": no word to read, so whatever the classifier ranks first is a guess; ask to rephrase
			return new Understood(classification(RoutingDecision.handoff(HandoffReason.UNMATCHED, null), prediction,
					verdict), true, null);
		}
		// "unrelated, but ...", "also random q, ...": the visitor says the subject changes, so the message is read as the
		// first of a new conversation
		boolean followsAnswer = conversation.lastIntent() != null && isTopic(conversation.lastIntent(), catalog)
				&& !FollowUp.changesSubject(FollowUp.canonical(tokens));
		Prediction ownPrediction = prediction;
		List<String> followTokens = FollowUp.withoutLeadIn(FollowUp.canonical(followsAnswer
				? this.normalizer.tokens(FollowUp.spelledForms(text)) : tokens));
		boolean refersBack = followsAnswer && FollowUp.refersBack(followTokens)
				&& !FollowUp.onlyAcknowledges(followTokens);
		RoutingDecision decision = alone;
		boolean namesMedicine = false;
		List<String> sentences = oneSentence ? List.of(text) : MessageSplitter.sentences(text);
		// after a "did you mean ...?" or a message the bot could not place, a follow-up that points back ("and the
		// shot?") asks about that message
		String asked = (sentences.size() > 1) ? MessageSplitter.withoutLeadIns(text,
				(sentence) -> FollowUp.leadsIn(FollowUp.canonical(this.normalizer.tokens(sentence)))) : text;
		List<String> unansweredTokens = FollowUp.withoutLeadIn(FollowUp.canonical(
				this.normalizer.tokens(FollowUp.spelledForms(asked))));
		Optional<FollowUpReading> afterUnanswered = (conversation.unanswered() != null
				&& (sentences.size() == 1 || MessageSplitter.sentences(asked).size() == 1)
				&& FollowUp.refersBack(unansweredTokens) && !FollowUp.onlyAcknowledges(unansweredTokens))
						? afterUnanswered(unansweredTokens, conversation, verdict, catalog, alone, prediction)
						: Optional.empty();
		boolean readBack = refersBack || afterUnanswered.isPresent();
		if (followsAnswer && sentences.size() > 1) {
			// "Got it. What about the next morning?", "and kids? we use it on kids too": after an answer, one short
			// question that points back, with an acknowledgement before it or a remark after it, is a follow-up
			// "Even for someone who's 70? My mom is asking.": a remark after it that only says who asks is left out too
			String rest = MessageSplitter.withoutLeadInsAndAsides(text,
					(sentence) -> FollowUp.leadsIn(FollowUp.canonical(this.normalizer.tokens(sentence))),
					(sentence) -> FollowUp.saysWhoAsks(FollowUp.canonical(this.normalizer.tokens(sentence)))
							|| remarkOfOneself(sentence));
			List<String> restTokens = FollowUp.canonical(this.normalizer.tokens(rest));
			if (!restTokens.isEmpty() && MessageSplitter.asked(rest).size() <= 1 && FollowUp.refersBack(restTokens)
					&& !FollowUp.onlyAcknowledges(restTokens)) {
				return understand(rest, conversation, verdict, true);
			}
			if (FollowUp.opensWithWhatAbout(restTokens) && asksOfOtherTreatment(conversation.lastIntent(), restTokens)
					&& this.topics.otherTopic(rest, false, catalog).isPresent()) {
				// "what about zoloft, does it work faster?" after how fast ketamine works: a question about the other
				// medicine, which the catalog does not answer
				return understood(RoutingDecision.handoff(HandoffReason.UNMATCHED, offTopicIntent(catalog))
					.because(ContextUse.OTHER_MEDICINE_ASKED), prediction, verdict);
			}
			if (FollowUp.swapsThenAsks(rest, restTokens) && MessageSplitter.asked(rest).size() <= 2) {
				// "what about my partner, does it matter if he gets it?": what changes, then the question about it
				return understand(rest, conversation, verdict, true);
			}
		}
		boolean later = laterThatDay(followsAnswer, conversation.lastIntent(), followTokens, alone);
		if (afterUnanswered.isPresent()) {
			decision = afterUnanswered.get().decision();
			prediction = afterUnanswered.get().prediction();
		}
		else if (sentences.size() > 1) {
			decision = severalSentences(text, verdict, catalog, alone);
		}
		else if (refersBack || later) {
			// what the follow-up swaps in settles it: an anesthetic use, an age, a time later that day, another
			// activity after driving
			String previous = conversation.lastIntent();
			Optional<FollowUpReading> swapped = anestheticUseAsked(previous, followTokens, catalog)
				.or(() -> ageAsked(previous, followTokens, catalog))
				.or(() -> later ? Optional.of(settled(AFTERCARE, ContextUse.LATER_THAT_DAY)) : Optional.empty())
				.or(() -> activityAfterDriving(previous, followTokens, alone, catalog));
			FollowUpReading reading = swapped.isPresent() ? swapped.get()
					: followUp(text, followTokens, conversation, verdict, catalog, alone, prediction);
			decision = reading.decision();
			prediction = reading.prediction();
			namesMedicine = reading.namesMedicine();
		}
		else if (followsAnswer && alone.route() == Route.CLARIFY) {
			// a close call right after an answer: the conversation may say which of the two was meant
			Prediction withContext = this.classifier.classify(conversation.lastText() + " " + text);
			Optional<String> preferred = preferredByContext(alone, withContext);
			if (preferred.isPresent()) {
				decision = decisionFor(preferred.get(), catalog).because(ContextUse.CLOSE_CALL_BY_CONTEXT);
			}
		}
		else if (followsAnswer && unsureHandoff(alone, prediction, catalog)) {
			// "do you require two failed antidepressants?" after who qualifies: unsure on its own (off-topic at 0.51,
			// who qualifies 0.37 under it); when the reading with the previous message answers the topic the message's
			// own ranking puts first, the two agree. An unrelated question has no such topic of its own, or a clear one.
			decision = backedByPrevious(text, conversation, verdict, catalog, prediction).orElse(decision);
		}
		else if (this.topics.namesKetamine(text)
				|| (!followsAnswer && unsureOffTopic(alone, prediction, catalog) && this.topics.namesOrPointsAtKetamine(text))) {
			// "after the treatment, should I rest ...": a message that names ketamine treatment is read on the topics;
			// so is a first message that points at it ("where do they inject it", "do you do the shot in the arm") when
			// the classifier is unsure it is off-topic and ranks a topic close under it
			Part topical = onTopics(new Part(prediction, alone), true, verdict, catalog);
			decision = topical.decision();
			prediction = topical.prediction();
		}
		if (followsAnswer && !readBack && sentences.size() == 1 && decision == alone) {
			// "which is more commonly offered here?" after two forms were compared; "mine is controlled with meds",
			// "should I stop the rest of my sessions?": unsure on its own, and with the previous message clearly about
			// the topic just answered
			Prediction own = prediction;
			Optional<FollowUpReading> reading = someoneWithCondition(conversation.lastIntent(), followTokens, text,
					alone, own, catalog)
				.or(() -> lastingHarm(conversation.lastIntent(), followTokens, alone,
						own.best().map(ScoredIntent::confidence).orElse(0.0), catalog))
				.or(() -> whichForm(conversation.lastIntent(), followTokens, alone,
						own.best().map(ScoredIntent::confidence).orElse(0.0), catalog)
					.map((which) -> new FollowUpReading(which, Prediction.of(new ScoredIntent(ROUTES, 1.0)))))
				.or(() -> medicinesListed(conversation.lastIntent(), followTokens, text, alone, catalog))
				.or(() -> detailsForCandidacy(conversation.lastIntent(), followTokens, text, alone,
						own.best().map(ScoredIntent::confidence).orElse(0.0), catalog))
				.or(() -> settledByPrevious(text, followTokens, conversation, verdict, catalog, alone, own));
			if (reading.isPresent()) {
				decision = reading.get().decision();
				prediction = reading.get().prediction();
				namesMedicine = reading.get().namesMedicine();
			}
		}
		if (followsAnswer && decision.route() == Route.HANDOFF && decision.reason() == HandoffReason.UNMATCHED
				&& !decision.urgent() && decision.context() == null) {
			// "can i go to the gym" after what to do after a session: handed off on its own, with the topic the previous
			// message backs under its off-topic call
			Optional<RoutingDecision> backed = unplacedBackedByPrevious(text, conversation, verdict, catalog,
					ownPrediction);
			if (backed.isPresent()) {
				decision = backed.get();
				prediction = ownPrediction;
			}
		}
		boolean unplacedOrInteractions = (decision.route() == Route.HANDOFF && decision.reason() == HandoffReason.UNMATCHED)
				|| (decision.answers() && INTERACTIONS.equals(decision.intent()) && decision.also() == null);
		if (followsAnswer && unplacedOrInteractions && !decision.urgent() && catalog.find(INTERACTIONS).isPresent()
				&& (FollowUp.takesAndAsksIfAllRight(FollowUp.canonical(this.normalizer.tokens(text)))
						|| FollowUp.asksIfTaking(FollowUp.canonical(this.normalizer.tokens(text))))
				&& this.topics.medicinesNamed(text) > 0) {
			// "I'm on lithium btw, still ok?" after whether the treatment is safe: whether it goes with what the visitor
			// takes, not a question about that medicine
			decision = decision.answers() ? decision
					: RoutingDecision.answer(INTERACTIONS).because(ContextUse.MEDICINE_TAKEN);
			namesMedicine = true;
		}
		if (decision.urgent()) {
			return understood(decision, prediction, verdict);
		}
		// the rules below refine the decision; how the conversation was used to reach it stays recorded
		ContextUse used = decision.context();
		if (!readBack) {
			decision = namedRiskAnswer(decision, prediction, text, verdict, catalog);
			boolean unplaced = !decision.answers() && decision.route() != Route.CLARIFY;
			RoutingDecision taking = takingBoth(decision, prediction,
					(followsAnswer && unplaced && !this.topics.namesKetamine(text)) ? KETAMINE_OF_CONVERSATION + text
							: text, catalog);
			if (taking != decision && followsAnswer && unplaced) {
				// after an answer about ketamine treatment, "she takes many medicines, is mixing a problem?" asks about
				// taking them with ketamine, whatever other medicine or condition it names
				used = ContextUse.MEDICINE_TAKEN;
				namesMedicine = true;
			}
			decision = taking;
			if ((!decision.answers() || !isTopic(decision.intent(), catalog)) && !decision.urgent()
					&& (decision.route() == Route.CLARIFY || decision.reason() == HandoffReason.UNMATCHED)
					&& catalog.find(INSURANCE_COST).isPresent() && this.topics.asksAboutInsurer(text)) {
				// "u guys take aetna", "medicaid?": an insurer's name asks who pays for the treatment
				decision = RoutingDecision.answer(INSURANCE_COST);
			}
			if (!decision.urgent() && decision.also() == null && catalog.find(ROUTES).isPresent()
					&& !(decision.route() == Route.HANDOFF && decision.reason() != HandoffReason.UNMATCHED)
					&& !(decision.answers() && ROUTES.equals(decision.intent())) && asksForFormWithoutIv(text)) {
				// "I faint at needles. Are there options that don't involve an IV?": the other forms of treatment, not the
				// infusion the question names to rule out
				// "do you offer injections instead of IV?": the form it names is the question, the list of forms its
				// suggestion
				decision = (decision.answers() && namesOtherForm(decision.intent(), text))
						? RoutingDecision.answerSuggesting(decision.intent(), ROUTES)
						: (decision.answers() && isTopic(decision.intent(), catalog))
								? RoutingDecision.answerSuggesting(ROUTES, decision.intent()) : RoutingDecision.answer(ROUTES);
			}
			if (!decision.urgent() && decision.also() == null && !(decision.answers() && isTopic(decision.intent(), catalog))
					&& catalog.find(MONITORING).isPresent()
					&& prediction.top(3).stream().anyMatch((scored) -> scored.name().equals(MONITORING))
					&& asksWhoAttends(text)) {
				// "will someone be in the room with me?", "who gives the treatment?": who gives it and watches over the
				// visitor, not a request to talk to a person; answered when the classifier ranks it close
				decision = RoutingDecision.answer(MONITORING);
			}
			if (!decision.urgent() && decision.also() == null && (decision.answers() || decision.route() == Route.CLARIFY
					|| (decision.route() == Route.HANDOFF && decision.reason() == HandoffReason.UNMATCHED))) {
				double placedAt = decision.answers() ? confidenceOf(prediction, decision.intent()) : 0.0;
				decision = requestForSomeoneElse(text, placedAt, verdict, catalog).orElse(decision);
			}
		}
		if (decision.answers() && !decision.urgent() && decision.also() == null && !CANDIDACY.contains(decision.intent())
				&& this.topics.asksCandidacyAfterHistory(text)) {
			// "Tried lexapro, zoloft and cymbalta. Would I qualify?": the medicines are why the visitor asks; answer who
			// qualifies (or who should not have it) when the classifier ranks it close, and suggest its own topic
			RoutingDecision placed = decision;
			Optional<String> candidacy = prediction.top(3).stream().map(ScoredIntent::name)
				.filter((name) -> CANDIDACY.contains(name) && catalog.find(name).isPresent())
				.findFirst();
			decision = candidacy.map((name) -> RoutingDecision.answerSuggesting(name, placed.intent())).orElse(decision);
		}
		if (followsAnswer && !readBack && decision.answers() && INTERACTIONS.equals(decision.intent())
				&& FollowUp.takesMedicine(followTokens) && FollowUp.tells(text, followTokens)) {
			// "I take sertraline and trazodone" after whether ketamine interacts with other medicines: what the visitor
			// takes, told for that question; not a question about those medicines
			namesMedicine = true;
			used = (used != null) ? used : ContextUse.MEDICINE_TAKEN;
		}
		RoutingDecision placed = decision;
		Prediction placedBy = prediction;
		boolean otherNamed = (decision.route() == Route.ANSWER || decision.route() == Route.CLARIFY) && !namesMedicine
				&& !asksOwnCandidacy(decision, text, verdict)
				&& !(answersOrAlso(decision, INTERACTIONS) && this.topics.pointsAtTreatmentTakenWith(text))
				&& !(answersOrAlso(decision, INSURANCE_COST) && this.topics.asksAboutInsurer(text))
				&& this.topics.otherTopic(text, refersBack, catalog)
					.filter((other) -> !namesRiskOfTreatment(placed, placedBy, other, text, verdict))
					.isPresent()
				&& !this.topics.asksOfTreatmentAfterHistory(sentences, catalog);
		if (otherNamed && followsAnswer && askedOfKetamine(decision, ownPrediction, text, catalog)) {
			// "any trouble mixing?" naming the medicine, "how quick is onset relative to SSRIs?": in a conversation about
			// ketamine treatment, a question the classifier places on a topic, asked of ketamine with the other medicine
			otherNamed = false;
			used = (used != null) ? used : ContextUse.ASKED_OF_KETAMINE;
		}
		if (!otherNamed && (decision.answers() || decision.route() == Route.CLARIFY) && !decision.urgent()
				&& this.topics.asksForAnimal(text)) {
			// "sorry, I mean for my dog, the vet wants to use it for his surgery": ketamine for an animal, which the
			// catalog does not answer, whatever the conversation made of it
			otherNamed = true;
		}
		if (otherNamed) {
			decision = RoutingDecision.handoff(HandoffReason.UNMATCHED, offTopicIntent(catalog));
		}
		else if (followsAnswer && decision.answers() && isTopic(decision.intent(), catalog)
				&& FollowUp.asksOfMedicineItself(followTokens, this.topics.medicinesNamed(text))
				&& this.topics.otherTopic(text, false, catalog).isPresent()) {
			// "is it normal to feel tired on bisoprolol?", "is it bad to mix melatonin and benadryl" after an answer: a
			// question about the other medicine itself, which names nothing of ketamine; whatever the conversation made of
			// it, the catalog does not answer it
			decision = RoutingDecision.handoff(HandoffReason.UNMATCHED, offTopicIntent(catalog));
			used = ContextUse.OTHER_MEDICINE_ASKED;
		}
		else if (decision.answers() && decision.also() == null && !readBack && sentences.size() == 1
				&& isTopic(decision.intent(), catalog) && !this.topics.namesOrPointsAtKetamine(text)) {
			if (ABOUT_KETAMINE_ITSELF.contains(decision.intent())) {
				decision = RoutingDecision.handoff(HandoffReason.UNMATCHED, offTopicIntent(catalog));
			}
			else if (!followsAnswer && !bareTopic(tokens)
					&& confidenceOf(prediction, decision.intent()) < this.routing.unanchoredAnswerThreshold()
					&& !(INSURANCE_COST.equals(decision.intent()) && this.topics.asksAboutInsurer(text))
					&& !(asksAboutRisk(List.of(decision.intent()), text, verdict) && !this.topics.speaksOfOtherCare(text))) {
				// "what to do for a nosebleed?" lands on a topic with little confidence: ask, do not answer (after an
				// answer about ketamine treatment, the conversation itself says what the message is about); an unsure
				// question about a risk is answered, unless it speaks of other care ("is it safe to stop my blood
				// pressure pill"), whose subject is then more likely that care than ketamine
				decision = RoutingDecision.clarify(List.of(decision.intent()));
			}
		}
		if (!otherNamed && !followsAnswer && !readBack && sentences.size() == 1) {
			decision = firstQuestion(decision, FollowUp.canonical(tokens), text, catalog);
		}
		if (decision.route() == Route.CLARIFY && decision.options().size() == 2
				&& asksAboutRisk(decision.options(), text, verdict)) {
			// a question about a risk between two neighbouring risk answers (side effects or safety, monitoring or
			// overdose): both carry the "if this is happening now" line, so answer the likelier and suggest the other
			decision = RoutingDecision.answerSuggesting(decision.options().get(0), decision.options().get(1));
		}
		if (followsAnswer || this.topics.namesOrPointsAtKetamine(text)) {
			decision = answeringRiskQuestion(decision, text, verdict);
		}
		List<String> canonical = FollowUp.canonical(tokens);
		if (decision.answers() && decision.also() == null && ROUTES.equals(decision.intent())
				&& FollowUp.asksHowFormIsGiven(canonical)) {
			// "and IV how they give?": how one form is given, which its own answer explains, not the list of forms
			decision = FollowUp.formIntent(canonical).filter((form) -> catalog.find(form).isPresent())
				.map(RoutingDecision::answer)
				.orElse(decision);
		}
		boolean preparing = (decision.route() == Route.CLARIFY && decision.options().contains(APPOINTMENT))
				|| (decision.answers() && decision.also() == null && PREPARATION.equals(decision.intent()));
		if (preparing && catalog.find(APPOINTMENT).isPresent() && ASKS_TO_BOOK.matcher(text).find()
				&& !GETS_READY.matcher(text).find()) {
			// "how do I set up my first appointment?": the words "first appointment" pull towards getting ready for it;
			// a message that asks, in so many words, how to book one and nothing about getting ready is a request to book
			decision = decisionFor(APPOINTMENT, catalog);
		}
		decision = closeCallWithoutRisk(decision);
		decision = courtesy(decision, tokens, text, catalog);
		return understood(decision.because(used), prediction, verdict);
	}

	/**
	 * Whether the decision answers the intent, first or as the second of two questions ("is it safe while breastfeeding?
	 * also does it interact with my zoloft?" names another medicine for its second answer).
	 */
	private static boolean answersOrAlso(RoutingDecision decision, String intent) {
		return intent.equals(decision.intent()) || intent.equals(decision.also());
	}

	/**
	 * Two questions that open a conversation and that the classifier misreads for a word they share with another
	 * topic: "does it help with migraine" (on a ketamine clinic's site "it" is the treatment, and the condition's own
	 * answer says whether it helps, where the classifier hands it off), and "do I have to try other meds before
	 * ketamine" (the treatments to have had first, which who qualifies answers, not getting ready for a session).
	 */
	private RoutingDecision firstQuestion(RoutingDecision decision, List<String> tokens, String text,
			IntentCatalog catalog) {
		if (decision.urgent() || decision.also() != null) {
			return decision;
		}
		boolean unplaced = decision.route() == Route.CLARIFY
				|| (decision.route() == Route.HANDOFF && decision.reason() == HandoffReason.UNMATCHED);
		Optional<String> helped = FollowUp.helpsCondition(tokens).filter((intent) -> catalog.find(intent).isPresent());
		if (unplaced && helped.isPresent() && this.topics.medicinesNamed(text) == 0
				&& !this.topics.speaksOfOtherCare(text)) {
			return RoutingDecision.answer(helped.get());
		}
		if ((unplaced || (decision.answers() && PREPARATION.equals(decision.intent())))
				&& FollowUp.asksPriorTreatments(tokens, 18) && catalog.find(ELIGIBILITY).isPresent()) {
			return RoutingDecision.answer(ELIGIBILITY);
		}
		return decision;
	}

	/**
	 * "hola buenas tardes", "obrigado!! very useful info": a greeting, thanks or goodbye in another language that would
	 * be handed off as unmatched is answered as the small talk it is ({@link Courtesy}).
	 */
	private RoutingDecision courtesy(RoutingDecision decision, List<String> tokens, String text, IntentCatalog catalog) {
		if (decision.route() != Route.HANDOFF || decision.urgent() || decision.reason() != HandoffReason.UNMATCHED) {
			return decision;
		}
		return Courtesy.of(tokens, this.normalizer.fold(text))
			.filter((intent) -> catalog.find(intent).filter((found) -> found.route() == Route.ANSWER).isPresent())
			.map(RoutingDecision::answer)
			.orElse(decision);
	}

	/**
	 * A question about a risk of ketamine treatment (it names ketamine or the treatment, or follows an answer) that the
	 * policy would only ask about, when the likelier intent answers about a risk: answered with that intent, which
	 * carries the "if this is happening now" line when the risk is one of its, instead of a "did you mean ...?" that
	 * only delays it. That is a lone option below the answer threshold ("does ketamine lower the seizure threshold?"),
	 * a close second that answers about a risk too, or a close second on another topic when the message asks whether
	 * something is dangerous in so many words ("are there cardiac risks before my first session?", not "does the
	 * treatment cover heart checks?"); the close second's question comes first among the suggestions. A message that
	 * tells of a danger happening now is never such a question ({@link RiskQuestion#asksAboutRisk}).
	 */
	private static RoutingDecision answeringRiskQuestion(RoutingDecision decision, String text, SafetyVerdict verdict) {
		if (decision.route() != Route.CLARIFY || decision.options().isEmpty()
				|| !RISK_ANSWERS.contains(decision.options().get(0)) || !RiskQuestion.asksAboutRisk(text, verdict)) {
			return decision;
		}
		List<String> options = decision.options();
		if (options.size() == 1) {
			return RoutingDecision.answer(options.get(0));
		}
		if (options.size() == 2 && (RISK_ANSWERS.contains(options.get(1)) || RiskQuestion.namesDanger(text))) {
			return RoutingDecision.answerSuggesting(options.get(0), options.get(1));
		}
		return decision;
	}

	/**
	 * "I've had bad ones since Iraq" after "What about migraines?": a remark of the visitor's own that asks nothing and
	 * names no medicine, condition or other care, so it only says why the question before it is asked. A remark that
	 * names one ("I have high blood pressure", "I take lithium") may change the answer and stays.
	 */
	private boolean remarkOfOneself(String sentence) {
		List<String> tokens = FollowUp.canonical(this.normalizer.tokens(sentence));
		return !tokens.isEmpty() && tokens.size() <= 12 && FIRST_PERSON.contains(tokens.get(0))
				&& FollowUp.tells(sentence, tokens) && MessageSplitter.asked(sentence).isEmpty()
				&& this.topics.medicinesNamed(sentence) == 0 && !this.topics.namesOtherCondition(sentence)
				&& !this.topics.speaksOfOtherCare(sentence) && !this.topics.namesKetamine(sentence)
				&& !RiskQuestion.mentionsRisk(sentence, SafetyVerdict.SAFE);
	}

	/**
	 * A visitor who asks whether they may have the treatment with a heart, blood-pressure, breathing, seizure or
	 * psychosis condition of their own, answered with who should not have it (or who qualifies): the condition they
	 * name is why they ask, so the topic guard does not hand it off as a question about that condition.
	 */
	private static boolean asksOwnCandidacy(RoutingDecision decision, String text, SafetyVerdict verdict) {
		// "how is it given, and am I a candidate with kidney disease?": one of two questions may be the candidacy one
		return decision.answers()
				&& (CANDIDACY.contains(decision.intent()) || (decision.also() != null && CANDIDACY.contains(decision.also())))
				&& !verdict.urgent() && RiskQuestion.asksOwnCandidacy(text);
	}

	/**
	 * A question the classifier places on a risk answer with {@link #SURE_RISK_ANSWER} confidence or more, whose only
	 * other subject is one of the risks that answer is about ("will my heart race during it? i get palpitations",
	 * "what's your airway equipment?"): the heart, breathing or blood-pressure word is the treatment's own risk, not
	 * another topic, when the message points at the treatment ("during it", "your") and does not speak of other care (a
	 * pill, a surgery, a disease).
	 */
	private boolean namesRiskOfTreatment(RoutingDecision decision, Prediction prediction, String other, String text,
			SafetyVerdict verdict) {
		return decision.route() == Route.ANSWER && !decision.urgent() && decision.also() == null
				&& RiskQuestion.RISK_INTENTS.contains(decision.intent())
				&& confidenceOf(prediction, decision.intent()) >= SURE_RISK_ANSWER && RiskQuestion.isRiskWord(other)
				&& RiskQuestion.asksAboutRisk(text, verdict) && !this.topics.speaksOfOtherCare(text)
				&& this.normalizer.tokens(text).stream().anyMatch(POINTS_AT_TREATMENT::contains);
	}

	/**
	 * A question about a risk whose words name which of the neighbouring risk answers it wants
	 * ({@link RiskQuestion#namedRiskIntent}: an overdose, who watches what during a session, whether someone with a
	 * heart or blood-pressure history may have it), when the classifier ranks that intent among its first three: answered
	 * with it, the classifier's own choice suggested first, instead of a neighbouring answer, a "did you mean ...?" or
	 * an unmatched handoff. The topic guard reads the message afterwards, so a question about another medicine or
	 * condition is still handed off; a message that tells of a danger happening now is never such a question ({@link RiskQuestion#asksAboutRisk}).
	 */
	private RoutingDecision namedRiskAnswer(RoutingDecision decision, Prediction prediction, String text,
			SafetyVerdict verdict, IntentCatalog catalog) {
		if (decision.urgent() || !RiskQuestion.asksAboutRisk(text, verdict)) {
			return decision;
		}
		Optional<String> unmistakable = RiskQuestion.unmistakableRiskIntent(text)
			.filter((intent) -> catalog.find(intent).isPresent());
		if (unmistakable.isPresent()) {
			return unmistakableRiskAnswer(decision, unmistakable.get());
		}
		if (decision.also() != null) {
			return namedRiskFirst(decision, text, catalog);
		}
		boolean unsure = decision.route() == Route.CLARIFY
				|| (decision.route() == Route.HANDOFF && decision.reason() == HandoffReason.UNMATCHED);
		boolean answersTopic = decision.answers() && isTopic(decision.intent(), catalog);
		if (!unsure && !answersTopic) {
			return decision;
		}
		List<String> likely = prediction.top(3).stream().map(ScoredIntent::name).toList();
		// between neighbouring risk answers, words that settle the neighbour may reach a little further down the ranking
		boolean betweenRisks = answersTopic && RiskQuestion.RISK_INTENTS.contains(decision.intent())
				&& !RiskQuestion.namesRiskOverAnyTopic(text);
		// a grave harm asked about in general ("can it stop my heart?") asks whether the treatment is safe, wherever the
		// classifier ranks that answer, when it placed the message on another risk answer or was unsure
		boolean grave = (betweenRisks || unsure) && RiskQuestion.asksGraveHarm(text);
		List<String> reach = grave ? prediction.ranking().stream().map(ScoredIntent::name).toList()
				: betweenRisks ? prediction.top(NEIGHBOURING_RISK_REACH).stream().map(ScoredIntent::name).toList()
				: likely;
		Optional<String> named = RiskQuestion.namedRiskIntent(text)
			.filter(reach::contains)
			.filter((intent) -> catalog.find(intent).isPresent());
		if (named.isPresent()) {
			if (answersTopic && named.get().equals(decision.intent())) {
				return decision;
			}
			if (answersTopic && !RiskQuestion.RISK_INTENTS.contains(decision.intent())
					&& !RiskQuestion.namesRiskOverAnyTopic(text)) {
				// "I have epilepsy, is it safe to drive home after?": the condition does not make it a question
				// about who should not have ketamine; only the plainest words take an answer on another topic over
				return decision;
			}
			String instead = answersTopic ? decision.intent()
					: likely.stream().filter((intent) -> !intent.equals(named.get()) && isTopic(intent, catalog)).findFirst().orElse(null);
			return (instead != null) ? RoutingDecision.answerSuggesting(named.get(), instead) : RoutingDecision.answer(named.get());
		}
		return decision;
	}

	/**
	 * A question about a risk in a term the classifier misreads ({@link RiskQuestion#unmistakableRiskIntent}: "what is
	 * respiratory depression?" is not about the depression ketamine treats, "is there a reversal drug like Narcan?" not
	 * about what ketamine is) is answered with the risk answer the term names, whatever the ranking; a risk answer the
	 * classifier chose is suggested (of a message with two questions, the named answer comes first when it is one of the two, and takes the
	 * place of a first answer that is not about a risk).
	 */
	private static RoutingDecision unmistakableRiskAnswer(RoutingDecision decision, String named) {
		if (decision.answers() && named.equals(decision.intent())) {
			return decision;
		}
		if (decision.also() != null) {
			// two questions: the named answer first when it is one of the two, or in place of a first answer that is
			// not about a risk (the misread term's); otherwise both stay as they are
			if (named.equals(decision.also())) {
				return RoutingDecision.answerBoth(named, decision.intent());
			}
			return RiskQuestion.RISK_INTENTS.contains(decision.intent()) ? decision
					: RoutingDecision.answerBoth(named, decision.also());
		}
		return (decision.answers() && RiskQuestion.RISK_INTENTS.contains(decision.intent()))
				? RoutingDecision.answerSuggesting(named, decision.intent()) : RoutingDecision.answer(named);
	}

	/**
	 * Two questions about risks answered with two risk answers ("does it make your heart race? could it set off my
	 * afib?"): when the message's words name one of the two ({@link RiskQuestion#namedRiskIntent}), that answer comes
	 * first. The answers stay the same two.
	 */
	private static RoutingDecision namedRiskFirst(RoutingDecision decision, String text, IntentCatalog catalog) {
		String first = decision.intent();
		String second = decision.also();
		if (!RiskQuestion.RISK_INTENTS.contains(first) || !RiskQuestion.RISK_INTENTS.contains(second)) {
			return decision;
		}
		Optional<String> named = RiskQuestion.namedRiskIntent(text).filter((intent) -> catalog.find(intent).isPresent());
		return (named.isPresent() && named.get().equals(second)) ? RoutingDecision.answerBoth(second, first) : decision;
	}

	/**
	 * An off-topic call below {@link #UNSURE_OFF_TOPIC} with a topic right under it: at least the fallback threshold and
	 * {@link #CLOSE_UNDER_OFF_TOPIC} of the off-topic confidence.
	 */
	private boolean unsureOffTopic(RoutingDecision alone, Prediction prediction, IntentCatalog catalog) {
		if (alone.route() != Route.HANDOFF || alone.urgent() || !isOffTopic(alone.intent(), catalog)
				|| confidenceOf(prediction, alone.intent()) >= UNSURE_OFF_TOPIC) {
			return false;
		}
		double offTopic = confidenceOf(prediction, alone.intent());
		return prediction.runnerUp()
			.filter((second) -> isTopic(second.name(), catalog))
			.filter((second) -> second.confidence() >= this.routing.fallbackThreshold())
			.filter((second) -> second.confidence() >= CLOSE_UNDER_OFF_TOPIC * offTopic)
			.isPresent();
	}

	/**
	 * One or two words that the topic guard let through ("depression", "fibro?", "side effects"): a bare topic, which
	 * on a ketamine clinic's site asks about that topic. The unanchored threshold is for sentences about something
	 * else that land on a topic by their frame ("what to do for a nosebleed?"); a bare topic has no frame to land on.
	 */
	private static boolean bareTopic(List<String> tokens) {
		return tokens.size() <= BARE_TOPIC_WORDS;
	}

	/**
	 * A close call between two small-talk intents (a greeting or what the bot can do: "hi, I'm a nurse with a couple of
	 * questions") is answered with the likelier: either reply is harmless and neither answers a question. So is a close
	 * call between one form's answer and a question asked of it, with the question. A close call between two other
	 * topics is still asked about: "how long is it?" may mean the session or the relief.
	 */
	private static RoutingDecision closeCallWithoutRisk(RoutingDecision decision) {
		if (decision.route() == Route.CLARIFY && decision.options().size() == 2
				&& SMALL_TALK.containsAll(decision.options())) {
			return RoutingDecision.answer(decision.options().get(0));
		}
		if (decision.route() == Route.CLARIFY && decision.options().size() == 2) {
			// "how fast does the IV work?": a close call between one form's own answer and a question asked of it (how
			// soon, how long, how much, what it costs) is answered with the question, the form's answer suggested
			List<String> options = decision.options();
			int form = ONE_FORM.contains(options.get(0)) ? 0 : (ONE_FORM.contains(options.get(1)) ? 1 : -1);
			if (form >= 0 && ASKED_OF_A_FORM.contains(options.get(1 - form))) {
				return RoutingDecision.answerSuggesting(options.get(1 - form), options.get(form));
			}
		}
		return decision;
	}

	/** The answers about one form of ketamine treatment. */
	private static final Set<String> ONE_FORM = Set.of("iv_infusion", "injection", "esketamine");

	/** What a visitor asks of one form: how soon it works, how long it lasts, the dose, the session, the cost, the course. */
	private static final Set<String> ASKED_OF_A_FORM = Set.of("onset", "duration", "dosing", "session_length",
			"insurance_cost", "treatment_course");

	/**
	 * A question about having ketamine treatment with another medicine the visitor takes ("will ketamine for my ptsd
	 * clash with my prazosin?", "can I keep taking my gabapentin while I do infusions?": {@link
	 * TopicGuard#asksAboutTakingBoth}) is answered with {@code interactions} when the classifier ranks it among its
	 * first three, instead of the condition or form the message also names, a neighbouring answer, a "did you mean
	 * ...?" or an off-topic handoff; the classifier's own topic, if any, is suggested first.
	 */
	private RoutingDecision takingBoth(RoutingDecision decision, Prediction prediction, String text,
			IntentCatalog catalog) {
		if (decision.urgent() || decision.also() != null || catalog.find(INTERACTIONS).isEmpty()
				|| (decision.answers() && (INTERACTIONS.equals(decision.intent()) || !isTopic(decision.intent(), catalog)))
				|| (decision.route() == Route.HANDOFF && decision.reason() != HandoffReason.UNMATCHED)
				|| prediction.top(3).stream().noneMatch((scored) -> scored.name().equals(INTERACTIONS))
				|| !this.topics.asksAboutTakingBoth(text, askedOf(text))) {
			return decision;
		}
		if (decision.answers() && CANDIDACY.contains(decision.intent()) && this.topics.namesOtherCondition(text)) {
			// "I have glaucoma and take metoprolol, would that keep me from getting it?": a question of candidacy
			return decision;
		}
		return (decision.answers()) ? RoutingDecision.answerSuggesting(INTERACTIONS, decision.intent())
				: RoutingDecision.answer(INTERACTIONS);
	}

	/** An IV ruled out: "without an IV", "that don't involve needles", "other than the drip", "no infusion". */
	private static final Pattern WITHOUT_IV = Pattern.compile("\\b(without|not involve|not involving|not use|not using"
			+ "|not need|not require|not an?|(other|different)( [a-z]+)? than|instead of|besides|apart from|except|no|non"
			+ "|avoids?|avoiding|skip) (an? |the |any |a single |getting an? |having an? )?"
			+ "(iv|ivs|intravenous|infusions?|drips?|needles?|needle sticks?)\\b");

	/** What such a question asks for: an option, a way, another form. */
	private static final Pattern ASKS_FOR_OPTION = Pattern.compile("\\b(options?|ways?|versions?|alternatives?|forms?"
			+ "|choices?|methods?|routes?|another|other|different|offer|get it|have it|take it|do it|receive it"
			+ "|get ketamine|have ketamine|take ketamine|do ketamine|is there|are there)\\b");

	/**
	 * Whether a question of the message asks for a form of ketamine treatment that is not the IV ("is there a way to get
	 * it without needles?", "Are there options that don't involve an IV?"). Read on what the message asks, with its
	 * contractions spelled out, so a story around the question ("the IV made me faint") does not count.
	 */
	private boolean asksForFormWithoutIv(String text) {
		String asked = askedWords(text).replace("do not ", "not ")
			.replace("does not ", "not ").replace("is not ", "not ").replace("are not ", "not ")
			.replace("intravenous", "iv");
		return WITHOUT_IV.matcher(asked).find() && ASKS_FOR_OPTION.matcher(asked).find();
	}

	/**
	 * Whether the message names the form {@code intent} answers, other than an infusion ("do you offer injections
	 * instead of IV?"), outside the infusion it rules out.
	 */
	private boolean namesOtherForm(String intent, String text) {
		String named = WITHOUT_IV.matcher(askedWords(text)).replaceAll(" ").trim();
		return !IV_INFUSION.equals(intent)
				&& FollowUp.formsInOrder(List.of(named.split(" +"))).contains(intent);
	}

	/** Someone asked to be present during the treatment: "will someone be in the room with me", "is a nurse with me". */
	private static final Pattern WHO_IS_PRESENT = Pattern.compile("\\b(will|would|is|are) (there be )?(someone|somebody"
			+ "|anyone|anybody|a (nurse|doctor|physician|clinician|medical person|staff member|professional)|the (nurse|doctor"
			+ "|staff|team)|staff|nurses|doctors) (be |stay |staying |sit |sitting |going to be )?(with me|with (him|her|them"
			+ "|my [a-z]+)|in the room|present|watching|monitoring|nearby|by my side|there (the whole time|the entire time"
			+ "|during|while|for))\\b");

	/** Who gives the treatment or watches over it: "who will give the treatment", "who monitors me". */
	private static final Pattern WHO_GIVES = Pattern.compile("\\bwho (will |is going to |would |actually |exactly )?"
			+ "(give|gives|giving|administer|administers|administering|perform|performs|watch|watches|watching|monitor"
			+ "|monitors|monitoring|supervise|supervises|supervising|stay with|stays with)\\b");

	/** Whether the visitor asks who gives the treatment or whether someone stays with them during it. */
	private boolean asksWhoAttends(String text) {
		String asked = askedWords(text);
		return WHO_IS_PRESENT.matcher(asked).find() || WHO_GIVES.matcher(asked).find();
	}

	/** What the message asks ({@link #askedOf}) as its words, contractions spelled out, one space between. */
	private String askedWords(String text) {
		return String.join(" ", this.normalizer.tokens(askedOf(text)));
	}

	/**
	 * What a message of several sentences asks: its questions, or the whole message when none reads as one.
	 */
	private static String askedOf(String text) {
		if (MessageSplitter.sentences(text).size() < 2) {
			return text;
		}
		List<String> questions = MessageSplitter.questions(text);
		return questions.isEmpty() ? text : String.join(" ", questions);
	}

	/**
	 * Whether the message asks about a risk (overdose, breathing, the heart, blood pressure, dissociation ...) and
	 * every intent it may mean answers about a risk: such a question is answered, with the "if this is happening now"
	 * line, rather than asked about (a "did you mean ...?" between two risk answers, or for a message that does not name
	 * ketamine).
	 */
	private static boolean asksAboutRisk(List<String> intents, String text, SafetyVerdict verdict) {
		return RiskQuestion.RISK_INTENTS.containsAll(intents) && RiskQuestion.mentionsRisk(text, verdict);
	}

	/**
	 * A bare "ok", "yes please" or "no thanks" after an answer, with nothing pending: a short reply that asks what
	 * else the visitor wants to know, whatever the classifier makes of it (a greeting, a goodbye). A "yes" to an answer
	 * that offered to connect the visitor with the clinic's team accepts that offer.
	 */
	/** What was offered or answered is turned down: ask to rephrase and offer a person. */
	private Understood turnedDown(ContextUse context, Prediction prediction, SafetyVerdict verdict) {
		return new Understood(classification(RoutingDecision.handoff(HandoffReason.UNMATCHED, null).because(context),
				prediction, verdict), true, null);
	}

	private Understood acknowledged(Acknowledgement.Kind kind, Conversation conversation, Prediction prediction,
			SafetyVerdict verdict, IntentCatalog catalog) {
		if (kind == Acknowledgement.Kind.ACCEPTS && conversation.personOffered()
				&& catalog.find(HUMAN_AGENT).isPresent()) {
			// the visitor accepted the offer: that is certain, whatever the classifier makes of "yes please"
			return new Understood(new Classification(new ScoredIntent(HUMAN_AGENT, 1.0), prediction.top(3),
					decisionFor(HUMAN_AGENT, catalog).because(ContextUse.PERSON_ACCEPTED), verdict), false, null);
		}
		RoutingDecision decision = RoutingDecision.answer(AnswerComposer.ACKNOWLEDGEMENT).because(ContextUse.ACKNOWLEDGED);
		return new Understood(classification(decision, prediction, verdict), false, kind);
	}

	private List<String> suggestionsOf(String intent) {
		return (intent != null) ? this.catalog.get().find(intent).map(IntentDefinition::suggestions).orElse(List.of())
				: List.of();
	}

	/** Words that make a question about someone in particular: "for me", "can my son", "would she". */
	private static final Set<String> PERSONAL = Set.of("i", "me", "my", "im", "we", "us", "our", "he", "him", "his",
			"she", "her", "they", "them", "their", "you", "your", "myself", "son", "daughter", "wife", "husband", "mom",
			"dad", "mother", "father", "partner", "child", "kid");

	/** A sentence that goes on with the one before: "And what ...", "also, can I ...", "plus how long ...". */
	private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile(
			"(?i)(?:(?:and|also|plus)\\b|&)");

	/**
	 * A message of several sentences is understood on its questions: a story followed by a question on the question,
	 * two different questions get both answers.
	 */
	private RoutingDecision severalSentences(String text, SafetyVerdict verdict, IntentCatalog catalog,
			RoutingDecision whole) {
		List<Part> parts = new ArrayList<>();
		boolean aboutKetamine = this.topics.namesKetamine(text);
		String previous = null;
		boolean anyElsewhere = false;
		boolean askedElsewhere = false;
		int from = 0;
		for (MessageSplitter.Question question : MessageSplitter.asked(text)) {
			int at = text.indexOf(question.text(), from);
			String before = (at > 0) ? text.substring(0, at) : "";
			String told = (at > from) ? text.substring(from, at).strip() : "";
			from = Math.max(from, (at >= 0) ? at + question.text().length() : from);
			Prediction prediction = this.classifier.classify(withFormNamedBefore(question.text(), before));
			// "Why do hospitals use it for surgery? And what side effects come with the low doses?": a sentence that
			// opens with "and" or "also" goes on with the question before it, as a clause joined to it does
			boolean goesOn = question.joined() || (previous != null && GOES_ON.matcher(question.text()).lookingAt());
			Part part = onTopics(new Part(prediction, this.routing.decide(verdict, prediction, catalog)),
					aboutKetamine && goesOn, verdict, catalog);
			if (previous != null && !parts.isEmpty()) {
				part = readWithPreviousQuestion(part, question.text(), previous, parts.get(parts.size() - 1), verdict,
						catalog);
			}
			if (!told.isEmpty()) {
				part = readWithStatementBefore(part, question.text(), told, verdict, catalog);
			}
			boolean continuesElsewhere = question.joined() && askedElsewhere && !this.topics.namesKetamine(question.text());
			askedElsewhere = aboutKetamine
					&& (continuesElsewhere || asksOfOtherTopic(part, question.text(), verdict, catalog));
			if (askedElsewhere) {
				// "...ketamine helped me a lot. Do you know if TMS is covered by Medicare?": the story speaks of ketamine,
				// the question asks about another treatment, which the catalog does not answer; so does a clause joined
				// to that question ("what does a psilocybin session cost, and how do you find a facilitator?")
				part = new Part(part.prediction(), RoutingDecision.handoff(HandoffReason.UNMATCHED, offTopicIntent(catalog)));
				anyElsewhere = true;
			}
			parts.add(part);
			previous = question.text();
		}
		if (anyElsewhere && parts.stream().map(Part::decision).noneMatch((part) -> part.route() == Route.CLARIFY
				|| (part.answers() && isTopic(part.intent(), catalog)))) {
			// nothing else of the message is a question about ketamine treatment: a request to book or for a person
			// still stands, otherwise the message is handed off as one the catalog does not answer
			return parts.stream().map(Part::decision)
				.filter((part) -> part.route() == Route.HANDOFF && part.reason() == HandoffReason.REQUESTED
						&& !part.urgent())
				.findFirst()
				.orElse(RoutingDecision.handoff(HandoffReason.UNMATCHED, offTopicIntent(catalog)));
		}
		askedOnce(parts, verdict, catalog);
		List<String> answered = new ArrayList<>();
		List<String> likely = new ArrayList<>();
		RoutingDecision clarifying = null;
		for (Part each : parts) {
			RoutingDecision part = each.decision();
			if (part.route() == Route.CLARIFY && clarifying == null && aboutKetamine
					&& part.options().stream().allMatch((option) -> isTopic(option, catalog))) {
				clarifying = part;
			}
			// a fragment the classifier alone calls urgent is not answered; urgency is decided on the whole message
			if (part.answers() && isTopic(part.intent(), catalog) && !answered.contains(part.intent())) {
				answered.add(part.intent());
				likely.add(part.intent());
			}
			else if (part.route() == Route.CLARIFY) {
				// "how does it work" is a close call between what the bot does and how ketamine works: the topic counts
				part.options().stream().filter((option) -> isTopic(option, catalog)).findFirst()
					.filter((option) -> !likely.contains(option)).ifPresent(likely::add);
			}
		}
		if (!answered.isEmpty() && likely.size() >= 2) {
			// a second question that is only likely on its own is answered too: the other one was clear
			return RoutingDecision.answerBoth(likely.get(0), likely.get(1));
		}
		boolean wholeAnswers = whole.answers() && isTopic(whole.intent(), catalog);
		if (answered.size() == 1 && !wholeAnswers) {
			return RoutingDecision.answer(answered.get(0));
		}
		if (answered.size() == 1 && CANDIDACY.contains(whole.intent()) && !CANDIDACY.contains(answered.get(0))
				&& parts.stream().filter((part) -> answered.get(0).equals(part.decision().intent()))
					.anyMatch((part) -> part.confidence() >= this.routing.clearOnItsOwn())
				&& MessageSplitter.asked(text).stream().anyMatch((question) -> this.topics.namesKetamine(question.text())
						&& this.normalizer.tokens(question.text()).stream().noneMatch(PERSONAL::contains))) {
			// "I did two tours ... A buddy said ketamine helped him. Is ketamine used for PTSD in vets?": a story of
			// someone's background pulls the whole message towards who may have the treatment; a question that names
			// ketamine, asks it of no one in particular and is clear on its own asks something else, and is answered
			// ("... Is ketamine safe for me?" asks about the person the story tells of: who may have it)
			return RoutingDecision.answer(answered.get(0));
		}
		if (answered.size() == 1 && wholeAnswers && CONDITION_INTENTS.contains(whole.intent())
				&& !CONDITION_INTENTS.contains(answered.get(0))
				&& parts.stream().filter((part) -> answered.get(0).equals(part.decision().intent()))
					.anyMatch((part) -> part.confidence() >= this.routing.clearOnItsOwn())) {
			// "I broke my ankle and it turned into CRPS ... Roughly how many infusions would someone like me need?": a
			// story of a condition pulls the whole message towards that condition; a question clear on its own about
			// something else (how many sessions, the cost, the side effects) is answered, and the condition offered
			return RoutingDecision.answerSuggesting(answered.get(0), whole.intent());
		}
		if (answered.isEmpty() && clarifying != null && !wholeAnswers && whole.route() == Route.HANDOFF) {
			// a story followed by a question that is only likely: ask about the question, not hand off on the story
			return clarifying;
		}
		boolean wholeUnplaced = whole.route() == Route.HANDOFF && whole.reason() == HandoffReason.UNMATCHED
				&& !whole.urgent();
		if (answered.isEmpty() && clarifying == null && wholeUnplaced && !RiskQuestion.asksAboutRisk(text, verdict)) {
			// a story that ends by asking to book or to reach someone: that request, not an unmatched hand-off on the story
			// (a message that also asks about a risk keeps the risk answer and its "happening now" line, decided later)
			Optional<Part> request = parts.stream()
				.filter((part) -> part.decision().route() == Route.HANDOFF
						&& part.decision().reason() == HandoffReason.REQUESTED && !part.decision().urgent()
						&& part.confidence() >= CLEAR_REQUEST)
				.findFirst();
			if (request.isPresent()) {
				return request.get().decision();
			}
		}
		return whole;
	}

	/**
	 * "could my wife call someone tomorrow?", "can he talk to a person there today?": a request to reach the clinic or
	 * book, made for someone else. The person asked for leaves the classifier unsure; asked as the visitor's own ("can I
	 * call someone tomorrow?") it is a clear request.
	 */
	private static final java.util.regex.Pattern FOR_SOMEONE_ELSE = java.util.regex.Pattern.compile(
			"(?i)\\b(?:can|could|may|does|would)\\s+((?:he|she|they|my\\s+[a-z]+|our\\s+[a-z]+))\\s+"
					+ "(?=(?:call|phone|ring|text|email|e-mail|talk|speak|reach|contact|book|schedule|set\\s+up|make)\\b)");

	/**
	 * A request made for someone else, read as the visitor's own: a hand-off to the clinic when it is clearly one, and
	 * surer than the answer the message was placed on ({@code placedAt}, 0 when it was not answered).
	 */
	private Optional<RoutingDecision> requestForSomeoneElse(String text, double placedAt, SafetyVerdict verdict,
			IntentCatalog catalog) {
		for (MessageSplitter.Question question : MessageSplitter.asked(text)) {
			java.util.regex.Matcher matcher = FOR_SOMEONE_ELSE.matcher(question.text());
			if (!matcher.find()) {
				continue;
			}
			String own = question.text().substring(0, matcher.start(1)) + "I "
					+ question.text().substring(matcher.end(1)).stripLeading();
			Prediction prediction = this.classifier.classify(own);
			RoutingDecision read = this.routing.decide(verdict, prediction, catalog);
			if (read.route() == Route.HANDOFF && read.reason() == HandoffReason.REQUESTED && !read.urgent()
					&& confidenceOf(prediction, read.intent()) > placedAt
					&& (placedAt == 0.0 || confidenceOf(prediction, read.intent()) >= this.routing.clearOnItsOwn())) {
				return Optional.of(read);
			}
		}
		return Optional.empty();
	}

	/** What "it" stands for when it points at a form of ketamine named earlier in the message. */
	private static final Map<String, String> FORM_NAMES = Map.of("esketamine", "esketamine", "injection",
			"the ketamine shot", "iv_infusion", "the ketamine infusion");

	/** Words that make the "it" just before them the opener of a question, not a pointer ("is it ok to ..."). */
	private static final Set<String> OPENING_IT = Set.of("to", "if", "that", "for", "when", "whether", "normal",
			"ok", "okay", "possible", "true", "safe", "bad", "fine", "common", "worth", "better", "likely");

	/**
	 * "My psychiatrist brought up esketamine. What is it and how is it different from regular ketamine?", "is spravato
	 * covered? and how is it different from the iv": a question that points with "it" at the one form of ketamine the
	 * message named before it, and does not name that form itself, is read with the form in the pronoun's place.
	 * The "it" that opens a question ("is it normal to feel tired") points at nothing, and "my grandfather shot himself"
	 * names no form.
	 */
	private String withFormNamedBefore(String question, String before) {
		if (before.isBlank()) {
			return question;
		}
		List<String> tokens = this.normalizer.tokens(question);
		int it = tokens.indexOf("it");
		if (it < 0 || tokens.size() > POINTING_QUESTION_WORDS + 2 || tokens.lastIndexOf("it") != it
				|| tokens.subList(it + 1, Math.min(tokens.size(), it + 3)).stream().anyMatch(OPENING_IT::contains)) {
			return question;
		}
		List<String> beforeTokens = this.normalizer.tokens(FollowUp.spelledForms(before));
		List<String> named = new ArrayList<>();
		for (int i = 0; i < beforeTokens.size(); i++) {
			String token = beforeTokens.get(i);
			// "my grandfather shot himself": the verb, not the shot of ketamine
			boolean verb = (token.equals("shot") || token.equals("shots"))
					&& (i == 0 || !SHOT_BEFORE.contains(beforeTokens.get(i - 1)));
			if (!verb) {
				named.add(token);
			}
		}
		List<String> earlier = FollowUp.formsInOrder(named);
		if (earlier.size() != 1 || FollowUp.formsInOrder(tokens).contains(earlier.get(0))) {
			return question;
		}
		return IT_WORD.matcher(question).replaceFirst(FORM_NAMES.get(earlier.get(0)));
	}

	/** Words before "shot" that make it the noun, the shot of ketamine. */
	private static final Set<String> SHOT_BEFORE = Set.of("the", "a", "an", "ketamine", "intramuscular", "this", "that",
			"one", "first", "next", "each", "per", "esketamine");

	private static final java.util.regex.Pattern IT_WORD = java.util.regex.Pattern.compile("(?i)\\bit\\b");

	/**
	 * Whether one question of a message that names ketamine elsewhere asks about another medicine, condition or
	 * service instead ({@link TopicGuard#otherTopicOfQuestion}), whether the classifier places it on a topic or reads it
	 * as a request ("do you offer TMS at your clinic"). A question
	 * about having ketamine with another medicine or condition ("Is lexapro a problem?" after the visitor's plans for
	 * infusions), about their own candidacy, or about a risk of the treatment itself keeps its answer.
	 */
	private boolean asksOfOtherTopic(Part part, String question, SafetyVerdict verdict, IntentCatalog catalog) {
		RoutingDecision decision = part.decision();
		if (decision.urgent()) {
			return false;
		}
		if (!(decision.answers() || decision.route() == Route.CLARIFY)) {
			// "Do you offer TMS at your clinic, and how many visits does that take?": the first clause reads as a
			// request, the second is still about TMS
			return decision.route() == Route.HANDOFF && this.topics.otherTopicOfQuestion(question, catalog).isPresent();
		}
		List<String> placed = (decision.route() == Route.CLARIFY) ? decision.options()
				: (decision.also() != null) ? List.of(decision.intent(), decision.also()) : List.of(decision.intent());
		if (placed.stream().anyMatch((intent) -> !isTopic(intent, catalog) || WITH_OTHER_MEDICINE.contains(intent))
				|| asksOwnCandidacy(decision, question, verdict)) {
			return false;
		}
		return this.topics.otherTopicOfQuestion(question, catalog)
			.filter((other) -> !namesRiskOfTreatment(decision, part.prediction(), other, question, verdict))
			.isPresent();
	}

	/**
	 * A later question of a message that points back at the question before it with a pronoun ("How much is one
	 * infusion, and how long does it take?": "it" is the infusion) and is not clear on its own
	 * ({@code chatbot.routing.follow-up-own-threshold}) is read together with that question, without the intent that
	 * question was answered with (nobody asks the same thing twice in one breath): "how long does it take" alone may be
	 * how soon ketamine works, after "one infusion" it is how long the session lasts. The reading is kept when it
	 * answers a topic; otherwise the question's own reading stands.
	 */
	private Part readWithPreviousQuestion(Part part, String question, String previous, Part before,
			SafetyVerdict verdict, IntentCatalog catalog) {
		RoutingDecision own = part.decision();
		RoutingDecision first = before.decision();
		if (own.urgent() || !first.answers() || !isTopic(first.intent(), catalog)
				|| (own.answers() && part.confidence() >= this.routing.clearOnItsOwn())) {
			return part;
		}
		if (!pointsBack(question)) {
			return part;
		}
		Prediction together = rescaledWithout(this.classifier.classify(previous + " " + question), first.intent());
		return readIfTopical(part, together, verdict, catalog);
	}

	/** Whether a question of a message is short and points back with a pronoun ("is that a problem?"). */
	private boolean pointsBack(String question) {
		List<String> tokens = this.normalizer.tokens(question);
		return tokens.size() <= POINTING_QUESTION_WORDS && tokens.stream().anyMatch(POINTING_BACK::contains);
	}

	/** The part read as {@code together} ranks it when that reading answers a topic; otherwise the part as it was. */
	private Part readIfTopical(Part part, Prediction together, SafetyVerdict verdict, IntentCatalog catalog) {
		RoutingDecision read = this.routing.decide(verdict, together, catalog);
		return (read.answers() && isTopic(read.intent(), catalog)) ? new Part(together, read) : part;
	}

	/**
	 * A short question that points back at what the visitor has just told, not at a question ("I'm pregnant - is that a
	 * problem?", "I take lithium. Is that ok?"), and that does not answer on its own is read together with what was
	 * told; the reading is kept when it answers a topic, otherwise the question's own reading stands. (Reading a
	 * question that answers on its own, however unsure, with what was told was measured and not kept.)
	 */
	private Part readWithStatementBefore(Part part, String question, String told, SafetyVerdict verdict,
			IntentCatalog catalog) {
		RoutingDecision own = part.decision();
		if (own.urgent() || own.answers() || !pointsBack(question)) {
			return part;
		}
		return readIfTopical(part, this.classifier.classify(told + " " + question), verdict, catalog);
	}

	/**
	 * A question of a message that the classifier calls off-topic, read on the topics. A short fragment ("and what
	 * side effects it has?") lacks the words that make the whole message about ketamine treatment: when the message
	 * names ketamine or "the treatment" and the fragment is joined to another question in one sentence, it is read on
	 * the topics alone (the ranking without the off-topic
	 * class, rescaled); otherwise it counts only when it is clear among the topics as ranked. The topic guard still
	 * reads the whole message afterwards.
	 */
	private Part onTopics(Part part, boolean aboutKetamine, SafetyVerdict verdict, IntentCatalog catalog) {
		RoutingDecision decision = part.decision();
		if (decision.route() != Route.HANDOFF || decision.urgent() || !isOffTopic(decision.intent(), catalog)) {
			return part;
		}
		Prediction rest = aboutKetamine ? rescaledWithout(part.prediction(), decision.intent())
				: withoutIntent(part.prediction(), decision.intent());
		RoutingDecision topical = this.routing.decide(verdict, rest, catalog);
		boolean kept = (topical.answers() && isTopic(topical.intent(), catalog))
				|| (aboutKetamine && topical.route() == Route.CLARIFY);
		return kept ? new Part(rest, topical) : part;
	}

	/**
	 * Two questions of one message that the classifier gives the same intent ask two different things (nobody asks
	 * the same question twice in one breath): the one it is less sure of is read on its other intents.
	 */
	private void askedOnce(List<Part> parts, SafetyVerdict verdict, IntentCatalog catalog) {
		for (int i = 0; i < parts.size(); i++) {
			for (int j = i + 1; j < parts.size(); j++) {
				RoutingDecision first = parts.get(i).decision();
				RoutingDecision second = parts.get(j).decision();
				if (!first.answers() || !second.answers() || !first.intent().equals(second.intent())
						|| !isTopic(first.intent(), catalog)) {
					continue;
				}
				int weaker = (parts.get(i).confidence() < parts.get(j).confidence()) ? i : j;
				Prediction rest = withoutIntent(parts.get(weaker).prediction(), first.intent());
				RoutingDecision other = this.routing.decide(verdict, rest, catalog);
				if (other.answers() || other.route() == Route.CLARIFY) {
					parts.set(weaker, new Part(rest, other));
				}
			}
		}
	}

	/** One question of a message: its ranking and routing. */
	private record Part(Prediction prediction, RoutingDecision decision) {

		double confidence() {
			return this.prediction.best().map(ScoredIntent::confidence).orElse(0.0);
		}

	}

	/**
	 * A follow-up that asks the previous question about another form or medicine keeps the previous intent; any
	 * other follow-up is classified together with the message it follows, unless it is clear on its own.
	 */
	private FollowUpReading followUp(String text, List<String> tokens, Conversation conversation,
			SafetyVerdict verdict, IntentCatalog catalog, RoutingDecision alone, Prediction prediction) {
		String last = conversation.lastIntent();
		Optional<String> otherTopic = this.topics.otherTopic(text, false, catalog);
		boolean namesOther = otherTopic.isPresent();
		boolean sameQuestion = FollowUp.qualifies(tokens) || FollowUp.asksWhatIsIncluded(tokens)
				|| (ASKED_AGAIN_OF_ANOTHER_USE.contains(last)
						&& (FollowUp.swapsToOtherUse(tokens) || FollowUp.comparesAnswerTo(tokens)))
				|| (!FORM_INTENTS.contains(last) && !CONDITION_INTENTS.contains(last)
						&& (FollowUp.swapsEntity(tokens, namesOther) || FollowUp.swapsCondition(tokens)
								|| FollowUp.bareForm(tokens) || FollowUp.comparesTo(tokens)));
		if ((LEGAL_STATUS.equals(last) && FollowUp.asksDrugSchedule(tokens)) || catalog.find(last)
			.filter((answered) -> FollowUp.asksWhyOfAnswer(tokens, this.normalizer.tokens(answered.answer())))
			.isPresent()) {
			// "what schedule?" after whether ketamine is legal: its schedule is part of that answer; "why blood pressure?"
			// after what is monitored: why something the answer just named, which that answer explains
			return settled(last, ContextUse.SAME_QUESTION);
		}
		if ((MONITORING.equals(last) && FollowUp.asksOnlyHowOften(tokens))
				|| (PREPARATION.equals(last) && FollowUp.asksOnlyHowLong(tokens))) {
			// "how often?" after whether blood pressure is checked: how often it is checked, which that answer says;
			// "for how many hours?" after whether to fast: how long beforehand, which the preparation answer says
			return settled(last, ContextUse.SAME_QUESTION);
		}
		if (KETAMINE_AS_SUBJECT.contains(last) && FollowUp.asksHowItWorks(tokens) && catalog.find(MECHANISM).isPresent()) {
			// "and how does it work?" after when ketamine was first made or what it helps: "it" is the medicine the
			// answer was about, and how it works is its mechanism (not "how does it work" after the cost or a form)
			return settled(MECHANISM, ContextUse.IT_IS_KETAMINE);
		}
		if (HARMS.contains(last) && !ADDICTION.equals(last) && FollowUp.asksAddictionRisk(tokens)
				&& catalog.find(ADDICTION).isPresent()) {
			// "and addiction?" after the side effects or the long-term effects: whether ketamine is habit-forming, not
			// the previous question about people who have an addiction
			return settled(ADDICTION, ContextUse.ADDICTION_RISK);
		}
		if ((INJECTION.equals(last) || IV_INFUSION.equals(last))
				&& FollowUp.asksInjectionAgainstInfusion(tokens, INJECTION.equals(last))
				&& catalog.find(INJECTION).isPresent()
				&& !clearNewTopic(alone, prediction.best().map(ScoredIntent::confidence).orElse(0.0), last, catalog)) {
			// "how is that different from the infusion?" after what an injection is: how the two forms differ, which
			// the injection's answer explains (not "how long does it take compared to the infusion", a question of its own)
			return settled(INJECTION, ContextUse.FORMS_COMPARED);
		}
		// "zoloft?" after a question about what mixes with ketamine: the same question about that medicine
		boolean bareMedicine = namesOther && ABOUT_OTHER_MEDICINES.contains(last) && (FollowUp.bareName(tokens)
				|| FollowUp.swapsEntity(tokens, true) || FollowUp.elliptical(tokens) || FollowUp.takesMedicine(tokens));
		if (bareMedicine) {
			// "and a patient on phenelzine?" after who should not have ketamine: a medicine, not a condition, so whether
			// it goes with ketamine, which the interactions answer says
			String asked = (CONTRAINDICATIONS.equals(last) && this.topics.namesMedicine(otherTopic.get())
					&& catalog.find(INTERACTIONS).isPresent()) ? INTERACTIONS : last;
			return new FollowUpReading(RoutingDecision.answer(asked).because(asked.equals(last)
					? ContextUse.SAME_QUESTION : ContextUse.MEDICINE_TAKEN), Prediction.of(new ScoredIntent(asked, 1.0)), true);
		}
		// "and Medicaid?" after the cost: not a medicine, and the classifier places it on the topic just answered, so it
		// is the previous question cut short about a payer, not that question asked of another medicine
		boolean sameTopicNotMedicine = namesOther && !this.topics.namesMedicine(otherTopic.get())
				&& prediction.best().filter((best) -> best.name().equals(last) && best.confidence() >= OWN_TOPIC).isPresent();
		if (sameTopicNotMedicine && FollowUp.swapsIn(tokens, otherTopic.get())) {
			return new FollowUpReading(RoutingDecision.answer(last).because(ContextUse.ASKED_OF_KETAMINE),
					Prediction.of(new ScoredIntent(last, 1.0)), true);
		}
		if (namesOther && asksOfOtherTreatment(last, tokens) && FollowUp.swapsIn(tokens, otherTopic.get())
				&& (PROPERTIES_OF_KETAMINE.contains(last) || !this.topics.namesOtherCondition(otherTopic.get())
						|| FollowUp.namesTreatment(tokens))) {
			// "what about zoloft, how fast does it kick in?" after how fast ketamine works, "and MDMA therapy?" after
			// whether ketamine helps PTSD: the same question about another medicine or treatment, which the catalog does
			// not answer (never answered from the conversation alone)
			return new FollowUpReading(RoutingDecision.handoff(HandoffReason.UNMATCHED, offTopicIntent(catalog))
				.because(ContextUse.OTHER_MEDICINE_ASKED), prediction);
		}
		if (namesOther && FollowUp.takesMedicine(tokens) && catalog.find(INTERACTIONS).isPresent()) {
			// "what if I'm on lithium?", "he's on seroquel if that changes anything": a medicine someone takes, named
			// after any answer, asks whether it goes with ketamine treatment
			return new FollowUpReading(RoutingDecision.answer(INTERACTIONS).because(ContextUse.MEDICINE_TAKEN),
					Prediction.of(new ScoredIntent(INTERACTIONS, 1.0)), true);
		}
		if (PREPARATION.equals(last) && FollowUp.onlyOwnMedicines(tokens)) {
			// "and my meds?" after whether to eat before a session: taking one's usual medicines that day, part of
			// getting ready
			return settled(last, ContextUse.SAME_QUESTION);
		}
		if (SESSION_ANSWERS.contains(last) && FollowUp.asksHowManyOfThem(tokens)
				&& catalog.find(TREATMENT_COURSE).isPresent()) {
			// "and how many of those" after how long a session takes: how many sessions, the course of treatment
			return settled(TREATMENT_COURSE, ContextUse.HOW_MANY_SESSIONS);
		}
		if (TREATMENT_COURSE.equals(last) && FollowUp.asksLengthOfEach(tokens)
				&& catalog.find(SESSION_LENGTH).isPresent()) {
			// "and how long is each one" after how many sessions: how long one session takes
			return settled(SESSION_LENGTH, ContextUse.LENGTH_OF_EACH);
		}
		if (isTopic(last, catalog) && FollowUp.asksPriorTreatments(tokens) && catalog.find(ELIGIBILITY).isPresent()) {
			// "what do I need to have tried before" after whether ketamine is first line: the treatments to have had
			// before it, which who qualifies answers (not getting ready for a session)
			return settled(ELIGIBILITY, ContextUse.PRIOR_TREATMENTS);
		}
		if ((OVERDOSE_INFORMATION.equals(last) && FollowUp.asksWhatToDo(tokens))
				|| (SESSION_LENGTH.equals(last) && FollowUp.asksWithTheTimeAround(tokens))) {
			// "and what should a bystander do?" after what happens in an overdose (what to do is part of that answer);
			// "and all the visit, with the recovery?" after how long a session lasts: the same question
			return settled(last, ContextUse.SAME_QUESTION);
		}
		Optional<FollowUpReading> candidacy = someoneWithCondition(last, tokens, text, alone, prediction, catalog);
		if (candidacy.isPresent()) {
			return candidacy.get();
		}
		Optional<String> placed = formAtPlace(tokens, conversation, catalog);
		if (placed.isPresent()) {
			// "tell me more about the second one" after "what's the difference between iv and the nasal spray"
			return settled(placed.get(), ContextUse.NAMED_FORM_BY_ORDER);
		}
		Optional<String> side = FollowUp.asksSideOfSession(tokens).flatMap((asked) -> sideOfSession(asked, last))
			.filter((intent) -> catalog.find(intent).isPresent());
		if (side.isPresent()) {
			// "and after?" after how to get ready, "and before?" after recovering: the other side of the session
			return settled(side.get(), ContextUse.OTHER_SIDE_OF_SESSION);
		}
		Optional<String> sideAsked = FollowUp.opensWithSide(tokens)
			.filter((asked) -> asked == FollowUp.Side.BEFORE ? AFTERCARE.equals(last) : PREPARATION.equals(last))
			.map((asked) -> asked == FollowUp.Side.BEFORE ? PREPARATION : AFTERCARE)
			.filter((intent) -> catalog.find(intent).isPresent()
					&& prediction.best().filter((best) -> SIDES_OF_SESSION.contains(best.name())).isPresent());
		if (sideAsked.isPresent()) {
			// "and after, when can I eat?" after how to get ready: eating, drinking or driving on the other side of the
			// session, which the classifier reads as the side just answered
			return settled(sideAsked.get(), ContextUse.OTHER_SIDE_OF_SESSION);
		}
		if (INSURANCE_COST.equals(last) && FollowUp.forSessions(tokens)) {
			// "for the whole series?" after the price of a session: the price of the series, which the cost answer says
			return settled(last, ContextUse.SAME_QUESTION);
		}
		if (RISK_ANSWERS.contains(last) && FollowUp.pointsAtRisk(tokens)) {
			// "is that risk lower in a clinic?" after whether ketamine is addictive: the risk just described, which that
			// answer takes up, not the safety of the treatment in general
			return settled(last, ContextUse.RISK_JUST_DESCRIBED);
		}
		if (FollowUp.namesNothingNew(tokens)) {
			// "why not?", "for what though", "what do I do if he does?": nothing of its own, the previous topic again
			return settled(last, ContextUse.SAME_TOPIC_NOTHING_NEW);
		}
		double own = prediction.best().map(ScoredIntent::confidence).orElse(0.0);
		if (sameQuestion && !FollowUp.asksAgain(tokens) && clearNewTopic(alone, own, last, catalog)) {
			// "what does it feel like during the infusion?" after whether it is safe: a question of its own that names a
			// form, clear on its own, not the previous question about that form
			sameQuestion = false;
		}
		Optional<FollowUpReading> lasting = lastingHarm(last, tokens, alone, own, catalog);
		if (lasting.isPresent()) {
			return lasting.get();
		}
		if (FollowUp.asksIfForever(tokens) && isTopic(last, catalog)) {
			// "forever??" after how often the boosters come: whether what was just described goes on for good, which
			// that answer says (a harm just described is the long-term effects, above)
			return settled(last, ContextUse.SAME_QUESTION);
		}
		Optional<FollowUpReading> why = whyItWorks(tokens, catalog);
		if (why.isPresent()) {
			return why.get();
		}
		if (catalog.find(INTERACTIONS).isPresent() && (!alone.answers() || INTERACTIONS.equals(alone.intent()))
				&& this.topics.asksAboutTakingBoth(KETAMINE_OF_CONVERSATION + text)) {
			// "she takes many medicines for her heart, is there a problem mixing?": taking them with ketamine
			// treatment, whatever the medicines or conditions it names
			return new FollowUpReading(RoutingDecision.answer(INTERACTIONS).because(ContextUse.MEDICINE_TAKEN),
					Prediction.of(new ScoredIntent(INTERACTIONS, 1.0)), true);
		}
		Optional<RoutingDecision> whichForm = whichForm(last, tokens, alone, own, catalog);
		if (whichForm.isPresent()) {
			return new FollowUpReading(whichForm.get(), Prediction.of(new ScoredIntent(ROUTES, 1.0)));
		}
		Optional<String> swapped = FollowUp.formIntent(tokens);
		if (sameQuestion && ELIGIBILITY.equals(last) && swapped.filter(FORMS_SAYING_WHO::contains).isPresent()
				&& catalog.find(swapped.get()).isPresent()) {
			// "and the spray for her age?" after who qualifies: who that form is for, which its own answer says
			return settled(swapped.get(), ContextUse.WHO_FORM_IS_FOR);
		}
		if (sameQuestion || keepsEffects(last, tokens, alone, own >= this.routing.clearOnItsOwn())) {
			return new FollowUpReading(RoutingDecision.answer(last)
				.because(sameQuestion ? ContextUse.SAME_QUESTION : ContextUse.EFFECTS_JUST_DESCRIBED),
					Prediction.of(new ScoredIntent(last, 1.0)));
		}
		Optional<String> form = FollowUp.formIntent(tokens).filter((intent) -> catalog.find(intent).isPresent());
		boolean ownQuestionNamingForm = !FollowUp.asksAgain(tokens) && clearNewTopic(alone, own, last, catalog);
		if (CONDITION_INTENTS.contains(last) && form.isPresent() && !ownQuestionNamingForm
				&& (FollowUp.swapsEntity(tokens, false) || FollowUp.bareForm(tokens) || FollowUp.elliptical(tokens)
						|| FollowUp.opensWithWhatAbout(tokens) || FollowUp.asksIfItIsForm(tokens))) {
			// "and what about the nasal spray?", "is that the spray one?" after whether ketamine helps depression: what
			// that form is and does
			return settled(form.get(), ContextUse.FORM_AFTER_CONDITION);
		}
		if ((FollowUp.FORM_ANSWERS.contains(last) || ROUTES.equals(last))
				&& form.filter((other) -> !other.equals(last)).isPresent() && !ownQuestionNamingForm
				&& (FollowUp.bareForm(tokens) || (FollowUp.opensWithWhatAbout(tokens) && FollowUp.bareName(tokens)))) {
			// "wat abt the spray?" after whether the clinic gives infusions: the same question asked of another form,
			// which that form's own answer takes up (the previous form's answer does not); "and the nasal one?" after
			// the list of forms: that one form
			return settled(form.get(), ContextUse.OTHER_FORM);
		}
		boolean asksOwnTopic = alone.answers() && isTopic(alone.intent(), catalog)
				&& !CONDITION_INTENTS.contains(alone.intent()) && !alone.intent().equals(last);
		if (CONDITION_INTENTS.contains(last) && FollowUp.swapsCondition(tokens) && asksOwnTopic
				&& !FollowUp.elliptical(tokens)) {
			// "is it the same dose as for depression?": the condition only narrows a question of its own (the dose)
			return new FollowUpReading(alone.because(ContextUse.CONDITION_NARROWS), prediction);
		}
		if (CONDITION_INTENTS.contains(last) && (FollowUp.swapsCondition(tokens) || FollowUp.bareCondition(tokens))
				&& !FollowUp.conditionIntent(tokens).equals(last)
				&& catalog.find(FollowUp.conditionIntent(tokens)).isPresent()) {
			// "and for ocd?" after anxiety: the same question about that condition
			String condition = FollowUp.conditionIntent(tokens);
			return settled(condition, ContextUse.OTHER_CONDITION);
		}
		boolean corrects = FollowUp.corrects(tokens);
		Optional<FollowUpReading> formCorrected = corrects ? correctedToForm(tokens, last, catalog) : Optional.empty();
		if (formCorrected.isPresent()) {
			return formCorrected.get();
		}
		// "n the shot" is read as "and the shot" with the previous message; an ordinary follow-up as it was written
		String followText = tokens.equals(this.normalizer.tokens(text)) ? text : String.join(" ", tokens);
		if (!corrects && (alone.answers() || requested(alone)) && own >= this.routing.clearOnItsOwn()) {
			return new FollowUpReading(alone.because(ContextUse.CLEAR_ON_ITS_OWN), prediction);
		}
		Optional<FollowUp.Correction> correction = corrects ? FollowUp.correction(tokens) : Optional.empty();
		Prediction withContext;
		if (correction.isPresent()) {
			// "I mean the effect on my mood, not the appointment": what it means, read with the previous message,
			// without what it says it did not mean (read the same way)
			String previous = conversation.lastText() + " ";
			String notMeant = this.classifier.classify(previous + String.join(" ", correction.get().notMeant()))
				.best()
				.map(ScoredIntent::name)
				.orElse(last);
			withContext = rescaledWithout(
					this.classifier.classify(previous + String.join(" ", correction.get().meant())), notMeant);
		}
		else {
			withContext = this.classifier.classify(conversation.lastText() + " " + followText);
			if (corrects) {
				// "no, I meant the spray": whatever it asks, it is not what was just answered
				withContext = rescaledWithout(withContext, last);
			}
		}
		RoutingDecision contextual = this.routing.decide(verdict, withContext, catalog);
		boolean smallTalk = alone.answers() && SMALL_TALK.contains(alone.intent());
		if (!corrects && FollowUp.tells(text, tokens) && !clearNewTopic(alone, own, last, catalog) && !requested(alone)
				&& !smallTalk && contextual.answers() && contextual.intent().equals(last)
				&& confidenceOf(withContext, last) >= PREVIOUS_SETTLES) {
			// "her psychiatrist recommended it" after who qualifies: it tells something for the question just answered
			return new FollowUpReading(RoutingDecision.answer(last).because(ContextUse.PREVIOUS_SITUATION), withContext);
		}
		Optional<String> underOffTopic = topicUnderOffTopic(alone, prediction, catalog).filter((topic) -> !topic.equals(last));
		if (!corrects && !namesOther && underOffTopic.isPresent() && !contextual.urgent() && !FollowUp.elliptical(tokens)
				&& !FollowUp.opensWithWhatAbout(tokens) && FollowUp.formIntent(tokens).isEmpty()
				&& (!contextual.answers() || contextual.intent().equals(last))) {
			// "and the side effects, what are they?" after whether it is safe: off-topic on its own for want of the
			// subject the conversation gives it, with one topic clearly under that; read with the previous message it
			// only leans back to the previous answer (not when it names another medicine: that is its subject)
			String topic = underOffTopic.get();
			return new FollowUpReading(decisionFor(topic, catalog).because(ContextUse.TOPIC_UNDER_OFF_TOPIC),
					rescaledWithout(prediction, alone.intent()));
		}
		// after what ketamine is, "it" is ketamine, the subject of every topic, not the topic just answered
		boolean carriesTopic = FollowUp.carriesTopic(tokens) && !ABOUT_KETAMINE_ITSELF.contains(last);
		boolean elliptical = FollowUp.elliptical(tokens);
		if (!corrects && contextual.answers() && contextual.intent().equals(last) && !elliptical
				&& alone.answers() && isTopic(alone.intent(), catalog) && !alone.intent().equals(last) && own >= OWN_TOPIC) {
			// "are those covered too?" after how many boosters: the pronoun carries the subject, the question is its own
			return new FollowUpReading(alone.because(ContextUse.OWN_TOPIC_BEHIND_PRONOUN), prediction);
		}
		boolean repeatsPrevious = contextual.answers() && contextual.intent().equals(last) && !carriesTopic
				&& !elliptical;
		if (repeatsPrevious && ((alone.answers() && isTopic(alone.intent(), catalog)) || (requested(alone) && own >= OWN_TOPIC))
				&& !alone.intent().equals(last)) {
			// read with the previous message, a question leans towards the previous answer; without a pronoun that
			// carries that topic on, it asks what it asks on its own ("which one can I use at home?" after the ways to
			// take ketamine)
			return new FollowUpReading(alone.because(ContextUse.OWN_QUESTION), prediction);
		}
		if (repeatsPrevious && ABOUT_KETAMINE_ITSELF.contains(last) && alone.answers() && last.equals(alone.intent())) {
			// "is it an opioid?" after what ketamine is: answered on its own with what ketamine is (the drug's class), it
			// asks that again, not something new
			return new FollowUpReading(alone.because(ContextUse.OWN_QUESTION), prediction);
		}
		if (repeatsPrevious && ABOUT_KETAMINE_ITSELF.contains(last)) {
			// after what ketamine is, a follow-up asks something new about it ("how is it given?"), not the same again
			Prediction rest = rescaledWithout(withContext, last);
			RoutingDecision other = this.routing.decide(verdict, rest, catalog);
			if (other.answers() && isTopic(other.intent(), catalog)) {
				return new FollowUpReading(other.because(ContextUse.IT_IS_KETAMINE), rest);
			}
			Optional<FollowUpReading> subject = itAsKetamine(tokens, verdict, catalog);
			if (subject.isPresent()) {
				return subject.get();
			}
		}
		Optional<String> preferred = (repeatsPrevious || !contextual.answers())
				? preferredByContext(alone, withContext) : Optional.empty();
		if (preferred.isPresent() && !contextual.urgent()) {
			// on its own it is a close call between two intents, and the conversation ranks one of them higher
			return new FollowUpReading(decisionFor(preferred.get(), catalog).because(ContextUse.CLOSE_CALL_BY_CONTEXT),
					prediction);
		}
		if (!corrects && contextual.answers() && !contextual.intent().equals(last)
				&& previousTopicClose(withContext, contextual.intent(), last)) {
			// "wait what if she comes with me" after who qualifies: read with the previous message, an unsure reading
			// with the previous topic close under it; the conversation is on that topic, so it settles the close call
			return new FollowUpReading(RoutingDecision.answer(last).because(ContextUse.PREVIOUS_TOPIC_CLOSE), withContext);
		}
		if (!corrects && contextual.answers() && unrelatedOnItsOwn(alone, prediction, tokens, verdict, catalog)) {
			// "is it going to rain this weekend", "my laptop is slow, how do I fix it": read with the previous message
			// it leans to that answer, as any text does; on its own it is clearly about something else
			return new FollowUpReading(alone.because(ContextUse.UNRELATED_ON_ITS_OWN), prediction);
		}
		if (contextual.answers() || contextual.urgent()) {
			return new FollowUpReading(contextual.because(corrects ? ContextUse.CORRECTION : ContextUse.READ_WITH_PREVIOUS),
					withContext);
		}
		boolean unsureAlone = alone.route() == Route.CLARIFY
				|| (alone.route() == Route.HANDOFF && alone.reason() == HandoffReason.UNMATCHED);
		if (unsureAlone && !corrects && !namesOther && (elliptical || FollowUp.opensWithWhatAbout(tokens))
				&& FollowUp.contentWords(tokens).stream().anyMatch((word) -> this.topics.catalogKnows(word, catalog))) {
			// "what about rare ones?", "and in the long run?": neither reading answers, and the follow-up is the previous
			// question cut short to words the catalog's topics use: that question again, about them
			return settled(last, ContextUse.SAME_QUESTION);
		}
		if (!alone.answers()) {
			Optional<FollowUpReading> subject = itAsKetamine(tokens, verdict, catalog);
			if (subject.isPresent()) {
				return subject.get();
			}
		}
		return new FollowUpReading(alone, prediction);
	}

	/**
	 * "no i meant the IM shots not the IV", "sorry I meant the injection, not the infusion" after the cost, "sorry I
	 * meant for the spray" after the side effects: a correction whose meant words name another form and ask nothing of
	 * their own (on their own no clear topic other than a form or the previous one) asks the previous question about that
	 * form. Not after an answer about a form or a condition, where the form named is the new subject itself.
	 */
	private Optional<FollowUpReading> correctedToForm(List<String> tokens, String last, IntentCatalog catalog) {
		List<String> meant = FollowUp.meant(tokens);
		if (FORM_INTENTS.contains(last) || CONDITION_INTENTS.contains(last) || FollowUp.formsInOrder(meant).isEmpty()) {
			return Optional.empty();
		}
		Optional<ScoredIntent> own = this.classifier.classify(String.join(" ", meant)).best();
		boolean asksOwn = own.filter((best) -> isTopic(best.name(), catalog) && !FORM_INTENTS.contains(best.name())
				&& !best.name().equals(last) && best.confidence() >= this.routing.clearOnItsOwn()).isPresent();
		if (asksOwn) {
			return Optional.empty();
		}
		return Optional.of(new FollowUpReading(decisionFor(last, catalog).because(ContextUse.FORM_CORRECTED),
				Prediction.of(new ScoredIntent(last, 1.0))));
	}

	/**
	 * The answer about the side of the session a follow-up asks for ("and after?"), when the previous answer was about
	 * another side of it: how to get ready, the session itself or recovering. Empty when it asks about the side just
	 * answered ("and after?" after recovering is the same question again).
	 */
	private static Optional<String> sideOfSession(FollowUp.Side asked, String last) {
		String wanted = (asked == FollowUp.Side.BEFORE) ? PREPARATION : AFTERCARE;
		boolean otherSide = (asked == FollowUp.Side.BEFORE) ? AFTERCARE.equals(last) : PREPARATION.equals(last);
		return (otherSide || DURING_SESSION.contains(last)) ? Optional.of(wanted) : Optional.empty();
	}

	/**
	 * A message right after an answer that does not point back by its words, whose own reading is unsure (a "did you
	 * mean ...?", or, for a message that only tells something, anything short of a clear topic), and that read with the
	 * previous message is clearly ({@link #PREVIOUS_SETTLES}) about the topic just answered: that topic again ("mine is
	 * controlled with meds" after who should not have it). A question the classifier answers keeps its answer (since
	 * session 16). A question the classifier calls off-topic keeps its own reading (the reading
	 * with the previous message leans to that message whatever follows it: "what's the weather tomorrow" too), and so
	 * does a message with an urgent reading of {@link #URGENT_DOUBT} or more, and a request for a person or a booking.
	 */
	private Optional<FollowUpReading> settledByPrevious(String text, List<String> tokens, Conversation conversation,
			SafetyVerdict verdict, IntentCatalog catalog, RoutingDecision alone, Prediction prediction) {
		String last = conversation.lastIntent();
		Optional<ScoredIntent> best = prediction.best();
		boolean urgentDoubt = prediction.ranking()
			.stream()
			.anyMatch((scored) -> scored.confidence() >= URGENT_DOUBT
					&& catalog.find(scored.name()).map(IntentDefinition::urgent).orElse(false));
		if (best.isEmpty() || alone.urgent() || urgentDoubt
				|| (alone.route() == Route.HANDOFF && alone.reason() != HandoffReason.UNMATCHED)) {
			return Optional.empty();
		}
		double own = best.get().confidence();
		boolean tells = FollowUp.tells(text, tokens) && tokens.size() <= TELLS_WORDS
				&& !FollowUp.onlyAcknowledges(tokens) && !FollowUp.leadsIn(tokens);
		// a question the classifier answers on its own keeps that answer, however unsure: on the readable blind sets the
		// previous topic was right for 2 of 8 such questions, the classifier's own answer for 5 (session 16)
		boolean unsureTopic = (tells && alone.answers() && isTopic(alone.intent(), catalog) && !alone.intent().equals(last)
				&& own < this.routing.clearOnItsOwn()) || alone.route() == Route.CLARIFY;
		boolean unplaced = tells && alone.route() == Route.HANDOFF
				&& !unrelatedOnItsOwn(alone, prediction, tokens, verdict, catalog);
		if (!unsureTopic && !unplaced) {
			return Optional.empty();
		}
		Prediction withContext = this.classifier.classify(conversation.lastText() + " " + text);
		RoutingDecision contextual = this.routing.decide(verdict, withContext, catalog);
		return (contextual.answers() && contextual.intent().equals(last)
				&& confidenceOf(withContext, last) >= PREVIOUS_SETTLES)
						? Optional.of(new FollowUpReading(RoutingDecision.answer(last)
							.because(ContextUse.PREVIOUS_SITUATION), withContext))
						: Optional.empty();
	}

	/**
	 * A follow-up that points back ("and the shot?", "what about ketamine?") after a message the bot asked "did you mean
	 * ...?" about or could not place: read with that message. After a "did you mean ...?", the same question about
	 * something else is the offered option the two read as most likely (not a form, when the follow-up swaps in another
	 * form); otherwise the two are classified together, and read on the topics when they name ketamine treatment or one
	 * of its forms (after "what are the side effects of zoloft?", "and for ketamine?" asks the side effects). Nothing
	 * when the follow-up is clear on its own, names another medicine, or follows a question about another medicine
	 * without naming ketamine (its "it" is that medicine).
	 */
	private Optional<FollowUpReading> afterUnanswered(List<String> tokens, Conversation conversation,
			SafetyVerdict verdict, IntentCatalog catalog, RoutingDecision alone, Prediction prediction) {
		String unanswered = conversation.unanswered();
		String followText = String.join(" ", tokens);
		double own = prediction.best().map(ScoredIntent::confidence).orElse(0.0);
		if (alone.urgent()) {
			return Optional.empty();
		}
		Optional<FollowUpReading> why = whyItWorks(tokens, catalog);
		if (why.isPresent()) {
			return why;
		}
		// a follow-up that only names another form reads alone as that form's answer ("is it the same for the shot?":
		// the injection at 0.9); any other clear reading of its own is its own question
		boolean swapsForm = FollowUp.formIntent(tokens).isPresent() && FollowUp.asksAgain(tokens);
		if ((alone.answers() && own >= this.routing.clearOnItsOwn()
				&& !(swapsForm && FORM_INTENTS.contains(alone.intent())))
				|| (requested(alone) && own >= OWN_TOPIC)
				|| this.topics.otherTopic(followText, false, catalog).isPresent()
				|| (this.topics.otherTopic(unanswered, false, catalog).isPresent()
						&& !this.topics.namesKetamine(followText))) {
			return Optional.empty();
		}
		List<String> offered = conversation.offered();
		boolean cutShort = FollowUp.swapsEntity(tokens, false) || FollowUp.bareForm(tokens) || FollowUp.elliptical(tokens)
				|| FollowUp.opensWithWhatAbout(tokens) || FollowUp.qualifies(tokens);
		if (!cutShort && alone.answers() && isTopic(alone.intent(), catalog) && own >= OWN_TOPIC) {
			// a question of its own, likely enough alone ("she also asks how long she has to sit there"): the message
			// before it was not answered, so it gives no topic to prefer
			return Optional.empty();
		}
		Prediction withContext = this.classifier.classify(unanswered + " " + followText);
		if (!offered.isEmpty() && cutShort) {
			Optional<String> option = withContext.ranking()
				.stream()
				.map(ScoredIntent::name)
				.filter(offered::contains)
				.filter((intent) -> isTopic(intent, catalog)
						&& !(FollowUp.formIntent(tokens).isPresent() && FORM_INTENTS.contains(intent)))
				.findFirst();
			if (option.isPresent()) {
				return Optional.of(settled(option.get(), ContextUse.CLARIFIED_QUESTION_AGAIN));
			}
		}
		RoutingDecision contextual = this.routing.decide(verdict, withContext, catalog);
		if (contextual.urgent()) {
			return Optional.empty();
		}
		if (contextual.answers() && isTopic(contextual.intent(), catalog)) {
			return Optional.of(new FollowUpReading(contextual.because(ContextUse.READ_WITH_UNANSWERED), withContext));
		}
		boolean aboutTreatment = this.topics.namesKetamine(unanswered) || this.topics.namesKetamine(followText)
				|| FollowUp.formIntent(tokens).isPresent() || FollowUp.formIntent(FollowUp.canonical(
						this.normalizer.tokens(FollowUp.spelledForms(unanswered)))).isPresent();
		if (aboutTreatment && isOffTopic(contextual.intent(), catalog)) {
			Prediction rest = rescaledWithout(withContext, contextual.intent());
			RoutingDecision topical = this.routing.decide(verdict, rest, catalog);
			if (topical.answers() && isTopic(topical.intent(), catalog)) {
				return Optional.of(new FollowUpReading(topical.because(ContextUse.READ_WITH_UNANSWERED), rest));
			}
		}
		return Optional.empty();
	}

	/**
	 * "like, for someone with asthma" after whether it is safe, "what if he has glaucoma?" after the side effects: the
	 * previous question for someone with a condition other than those the catalog treats, which is who should not have
	 * ketamine; the condition is why the visitor asks, so the topic guard does not hand it off. Not when the message
	 * alone clearly asks something else, nor after an answer about a condition (another condition is then a question
	 * about that condition).
	 */
	private Optional<FollowUpReading> someoneWithCondition(String last, List<String> tokens, String text,
			RoutingDecision alone, Prediction prediction, IntentCatalog catalog) {
		if (!ASKED_FOR_SOMEONE.contains(last) || catalog.find(CONTRAINDICATIONS).isEmpty()
				|| !FollowUp.asksForSomeoneWithCondition(tokens) || !this.topics.namesOtherCondition(text)
				|| FollowUp.swapsCondition(tokens)
				|| clearNewTopic(alone, prediction.best().map(ScoredIntent::confidence).orElse(0.0), CONTRAINDICATIONS,
						catalog)) {
			return Optional.empty();
		}
		return Optional.of(new FollowUpReading(RoutingDecision.answer(CONTRAINDICATIONS)
			.because(ContextUse.CONDITION_OF_SOMEONE), Prediction.of(new ScoredIntent(CONTRAINDICATIONS, 1.0)), true));
	}

	/**
	 * "Warfarin, metoprolol, and a statin." after whether any of one's medicines is a problem with ketamine: the list
	 * of medicines that question was about, so whether they go with ketamine treatment (unless the message alone is
	 * already read so).
	 */
	private Optional<FollowUpReading> medicinesListed(String last, List<String> tokens, String text,
			RoutingDecision alone, IntentCatalog catalog) {
		// "I take sertraline and trazodone" that the classifier places on interactions itself keeps its own reading
		if (!ABOUT_OTHER_MEDICINES.contains(last) || catalog.find(INTERACTIONS).isEmpty() || text.contains("?")
				|| (alone.answers() && INTERACTIONS.equals(alone.intent()))
				|| !FollowUp.onlyLists(tokens, this.topics::namesMedicine)) {
			return Optional.empty();
		}
		return Optional.of(new FollowUpReading(RoutingDecision.answer(INTERACTIONS)
			.because(ContextUse.MEDICINES_LISTED), Prediction.of(new ScoredIntent(INTERACTIONS, 1.0)), true));
	}

	/**
	 * "Even for somebody who's 81?", "and if she is 16?" after whether it is safe, or whether it helps a condition: a
	 * follow-up that only changes the person's age asks whether that person could have the treatment (who qualifies,
	 * with its age policy). Not after a dose or an effect, where the age asks the same question of an older or younger
	 * person.
	 */
	private static Optional<FollowUpReading> ageAsked(String last, List<String> tokens, IntentCatalog catalog) {
		if (last == null || AGE_KEEPS_THE_QUESTION.contains(last) || catalog.find(ELIGIBILITY).isEmpty()) {
			return Optional.empty();
		}
		// "same for teens?" after whether it helps PTSD, "and for seniors?" after whether it is safe: whether that age
		// group may have it, which who qualifies says
		boolean ageGroup = (CONDITION_INTENTS.contains(last) || "safety".equals(last)) && FollowUp.swapsToAgeGroup(tokens);
		return (FollowUp.tellsAge(tokens) || ageGroup) ? Optional.of(readForCandidacy()) : Optional.empty();
	}

	/**
	 * "and for kids in the ER?", "what about surgery?" after what ketamine treats or what it is: ketamine's anesthetic
	 * use, which its own answer covers (children and emergency medicine included). After the dose, how fast it acts and
	 * the like, the same question is asked of that use instead ({@link #ASKED_AGAIN_OF_ANOTHER_USE}).
	 */
	private static Optional<FollowUpReading> anestheticUseAsked(String last, List<String> tokens, IntentCatalog catalog) {
		if (last == null || ASKED_AGAIN_OF_ANOTHER_USE.contains(last) || ANESTHESIA.equals(last)
				|| catalog.find(ANESTHESIA).isEmpty() || !FollowUp.swapsToOtherUse(tokens)) {
			return Optional.empty();
		}
		return Optional.of(settled(ANESTHESIA, ContextUse.ANESTHETIC_USE));
	}

	/**
	 * "what about heavy lifting at the gym?" after whether one may drive or work after a session: another activity
	 * after it, which the aftercare answer covers. A question about driving or work stays with the driving answer.
	 */
	private static Optional<FollowUpReading> activityAfterDriving(String last, List<String> tokens,
			RoutingDecision alone, IntentCatalog catalog) {
		if (!DRIVING.equals(last) || catalog.find(AFTERCARE).isEmpty() || !FollowUp.swapsToActivity(tokens)
				|| (alone.answers() && !DRIVING.equals(alone.intent()) && !AFTERCARE.equals(alone.intent()))) {
			return Optional.empty();
		}
		return Optional.of(settled(AFTERCARE, ContextUse.ACTIVITY_AFTER_SESSION));
	}

	/**
	 * Answers that "and for anesthesia?" asks again of ketamine's anesthetic use: how much is given (the dosing answer
	 * compares the two), how fast it acts, how long it lasts, what it does and how it is watched. After any other
	 * answer the anesthetic use is a question of its own.
	 */
	private static final Set<String> ASKED_AGAIN_OF_ANOTHER_USE = Set.of("dosing", "onset", "duration",
			"side_effects", "monitoring", "safety");

	/**
	 * "can i have a drink that evening", "can he just go to sleep right away" after what to do after a session: what may
	 * be done later on the day of the session, which the aftercare answer covers. Read alone, a drink or a meal is about
	 * getting ready for a session, so only a reading of preparation, or none, gives way; another clear topic (driving
	 * home) stands.
	 */
	private static boolean laterThatDay(boolean followsAnswer, String last, List<String> tokens, RoutingDecision alone) {
		return followsAnswer && AFTERCARE.equals(last) && FollowUp.asksOfLaterThatDay(tokens)
				&& ((alone.route() == Route.HANDOFF && alone.reason() == HandoffReason.UNMATCHED)
						|| alone.route() == Route.CLARIFY || (alone.answers() && PREPARATION.equals(alone.intent())));
	}

	/** Answers an age asks again for another person: how much, what it does, how it is watched. */
	private static final Set<String> AGE_KEEPS_THE_QUESTION = Set.of("dosing", "side_effects", "long_term_effects",
			"monitoring", "onset", "duration", "session_length", "driving");

	/**
	 * "im 17 btw", "Two tours, diagnosed PTSD, already tried therapy and meds." after whether the visitor could have
	 * ketamine treatment: what they tell of themselves for that question (an age, a diagnosis, what they tried), so
	 * who qualifies again; an age told after any other answer too. Not when the message alone clearly asks another
	 * topic.
	 */
	private Optional<FollowUpReading> detailsForCandidacy(String last, List<String> tokens, String text,
			RoutingDecision alone, double own, IntentCatalog catalog) {
		// an age after any answer ("im 17 btw" after whether it helps depression); a history after who qualifies
		boolean told = FollowUp.tellsAge(tokens) || (ELIGIBILITY.equals(last) && FollowUp.tellsOfSelf(tokens));
		if (!told || last == null || catalog.find(ELIGIBILITY).isEmpty() || !FollowUp.tells(text, tokens)
				|| clearNewTopic(alone, own, ELIGIBILITY, catalog)) {
			return Optional.empty();
		}
		return Optional.of(readForCandidacy());
	}

	/** A reading the conversation settles: that intent for certain, for that reason. */
	private static FollowUpReading settled(String intent, ContextUse use) {
		return new FollowUpReading(RoutingDecision.answer(intent).because(use),
				Prediction.of(new ScoredIntent(intent, 1.0)));
	}

	/** Who qualifies, read from what a follow-up tells or asks of someone's age or history. */
	private static FollowUpReading readForCandidacy() {
		return settled(ELIGIBILITY, ContextUse.DETAILS_FOR_CANDIDACY);
	}

	/**
	 * "is that permanent??", "is the damage permanent?" after what recreational use or a side effect can do: whether
	 * the harm stays, which the long-term effects answer (a reading of how long the benefit lasts is the word
	 * "permanent" misread), unless the message alone clearly asks another topic.
	 */
	private Optional<FollowUpReading> lastingHarm(String last, List<String> tokens, RoutingDecision alone, double own,
			IntentCatalog catalog) {
		if (!FollowUp.asksWhetherLasting(tokens) || !HARMS.contains(last) || last.equals(LONG_TERM)
				|| catalog.find(LONG_TERM).isEmpty()
				|| (clearNewTopic(alone, own, LONG_TERM, catalog) && !alone.intent().equals(DURATION))) {
			return Optional.empty();
		}
		return Optional.of(settled(LONG_TERM, ContextUse.LASTING_HARM));
	}

	/**
	 * "how come it works when pills didn't?" after whether it helps depression, "why is it so much quicker?" after how
	 * fast it works: why it works is how it works.
	 */
	private static Optional<FollowUpReading> whyItWorks(List<String> tokens, IntentCatalog catalog) {
		if (!FollowUp.asksWhyItWorks(tokens) || catalog.find(MECHANISM).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(settled(MECHANISM, ContextUse.WHY_IT_WORKS));
	}

	/**
	 * "which one do you do most often?" after how an injection differs from an infusion: which of the forms just
	 * compared the clinic gives, answered with the forms of treatment, unless the message alone clearly asks something
	 * else.
	 */
	private Optional<RoutingDecision> whichForm(String last, List<String> tokens, RoutingDecision alone, double own,
			IntentCatalog catalog) {
		if (!(FORM_INTENTS.contains(last) || last.equals(ROUTES)) || !FollowUp.asksWhichFormGiven(tokens)) {
			return Optional.empty();
		}
		if (tokens.contains("home") && catalog.find(AT_HOME).isPresent()) {
			// "which of those can I do at home?": which forms may be used at home is the at-home answer
			return Optional.of(RoutingDecision.answer(AT_HOME).because(ContextUse.WHICH_FORM_AT_HOME));
		}
		return (catalog.find(ROUTES).isPresent() && !clearNewTopic(alone, own, ROUTES, catalog))
				? Optional.of(RoutingDecision.answer(ROUTES).because(ContextUse.WHICH_FORM)) : Optional.empty();
	}

	/**
	 * Whether a follow-up that names another medicine or treatment asks the previous question of it: after a property
	 * of ketamine ("what about zoloft?" after how fast it works) or after whether ketamine helps a condition ("what
	 * about buspirone, does it help anxiety?" after anxiety), not about taking it with ketamine.
	 */
	private static boolean asksOfOtherTreatment(String last, List<String> tokens) {
		return (PROPERTIES_OF_KETAMINE.contains(last) && FollowUp.swapsToOtherMedicine(tokens))
				|| (CONDITION_INTENTS.contains(last) && FollowUp.swapsToOtherTreatment(tokens));
	}

	/**
	 * Whether the message alone clearly asks a topic of its own ({@code follow-up-own-threshold}), other than
	 * {@code other} and other than one form of ketamine (a follow-up that only names a form reads as that form's answer).
	 */
	private boolean clearNewTopic(RoutingDecision alone, double own, String other, IntentCatalog catalog) {
		return alone.answers() && alone.also() == null && isTopic(alone.intent(), catalog)
				&& !alone.intent().equals(other) && !FORM_INTENTS.contains(alone.intent())
				&& own >= this.routing.clearOnItsOwn();
	}

	/**
	 * An unmatched handoff the classifier is not sure of: nothing above the fallback threshold, or an off-topic call
	 * below the confidence at which a follow-up is clear on its own.
	 */
	private boolean unsureHandoff(RoutingDecision alone, Prediction prediction, IntentCatalog catalog) {
		return alone.route() == Route.HANDOFF && alone.reason() == HandoffReason.UNMATCHED && !alone.urgent()
				&& (alone.intent() == null || (isOffTopic(alone.intent(), catalog)
						&& confidenceOf(prediction, alone.intent()) < this.routing.clearOnItsOwn()));
	}

	/**
	 * The answer on which the message's own ranking and the reading with the previous message agree: the topic the
	 * message alone ranks first (at the fallback threshold at least) is the one the reading with the previous message
	 * answers.
	 */
	private Optional<RoutingDecision> backedByPrevious(String text, Conversation conversation, SafetyVerdict verdict,
			IntentCatalog catalog, Prediction prediction) {
		Optional<ScoredIntent> ownTopic = prediction.ranking()
			.stream()
			.filter((scored) -> isTopic(scored.name(), catalog))
			.max(java.util.Comparator.comparingDouble(ScoredIntent::confidence))
			.filter((scored) -> scored.confidence() >= this.routing.fallbackThreshold());
		if (ownTopic.isEmpty()) {
			return Optional.empty();
		}
		RoutingDecision contextual = this.routing.decide(verdict,
				this.classifier.classify(conversation.lastText() + " " + text), catalog);
		return (contextual.answers() && contextual.intent().equals(ownTopic.get().name()))
				? Optional.of(RoutingDecision.answer(contextual.intent()).because(ContextUse.UNSURE_BACKED_BY_PREVIOUS))
				: Optional.empty();
	}

	/**
	 * A message right after an answer that the policy hands off as unmatched, with no rule of the conversation behind
	 * that, when its own ranking has a topic of the catalog right under its off-topic call (its second guess) at
	 * {@link #TOPIC_UNDER_UNPLACED} or more and the reading with the previous message answers that same topic: the two readings agree, as for an unsure message (see
	 * backedByPrevious), however sure the off-topic call ("can i go to the gym" after what to do after a session:
	 * off-topic 0.42, aftercare 0.13; read after that question, aftercare). Nothing for a message that names another
	 * medicine, condition or service (its subject), that the classifier reads as urgent at {@link #URGENT_DOUBT} or
	 * more, or whose reading with the previous message only leans to the previous answer while its own ranking puts
	 * another topic first: an unrelated question ("what's the weather tomorrow") has its own ranking on no topic.
	 */
	private Optional<RoutingDecision> unplacedBackedByPrevious(String text, Conversation conversation,
			SafetyVerdict verdict, IntentCatalog catalog, Prediction own) {
		IntentCatalog current = catalog;
		boolean urgentDoubt = own.ranking()
			.stream()
			.anyMatch((scored) -> scored.confidence() >= URGENT_DOUBT
					&& current.find(scored.name()).map(IntentDefinition::urgent).orElse(false));
		if (urgentDoubt || conversation.lastText() == null
				|| this.topics.otherTopic(text, false, catalog).isPresent()) {
			return Optional.empty();
		}
		// the classifier's second guess, right under its off-topic call (or its first, when nothing reached the fallback)
		Optional<ScoredIntent> ownTopic = own.best()
			.filter((best) -> isTopic(best.name(), current))
			.or(() -> own.best().filter((best) -> isOffTopic(best.name(), current)).flatMap((best) -> own.runnerUp()))
			.filter((scored) -> isTopic(scored.name(), current))
			.filter((scored) -> scored.confidence() >= TOPIC_UNDER_UNPLACED);
		if (ownTopic.isEmpty()) {
			return Optional.empty();
		}
		RoutingDecision contextual = this.routing.decide(verdict,
				this.classifier.classify(conversation.lastText() + " " + text), catalog);
		return (contextual.answers() && !contextual.urgent() && contextual.intent().equals(ownTopic.get().name()))
				? Optional.of(RoutingDecision.answer(contextual.intent()).because(ContextUse.UNPLACED_BACKED_BY_PREVIOUS))
				: Optional.empty();
	}

	/**
	 * The form of ketamine a follow-up points at by its place ({@link FollowUp#placePointedAt}): among the forms the
	 * previous message named, in its order, or when it named fewer than two, among those the previous answer names
	 * ("what forms are there?" is answered with the infusion first, the shot second, ...).
	 */
	private Optional<String> formAtPlace(List<String> tokens, Conversation conversation, IntentCatalog catalog) {
		Optional<Integer> place = FollowUp.placePointedAt(tokens);
		if (place.isEmpty() || conversation.lastText() == null) {
			return Optional.empty();
		}
		List<String> forms = FollowUp.formsInOrder(FollowUp.canonical(this.normalizer.tokens(conversation.lastText())));
		if (forms.size() < 2) {
			forms = catalog.find(conversation.lastIntent())
				.map((intent) -> FollowUp.formsInOrder(this.normalizer.tokens(intent.answer())))
				.orElse(List.of());
		}
		if (forms.size() < 2) {
			return Optional.empty();
		}
		int index = (place.get() < 0) ? forms.size() - 1 : place.get();
		return (index < forms.size() && catalog.find(forms.get(index)).isPresent()) ? Optional.of(forms.get(index))
				: Optional.empty();
	}

	/**
	 * Whether a message after an answer is clearly about something else on its own: handed off as off-topic at
	 * {@code follow-up-own-threshold} or more with no topic of the catalog at {@link #TOPIC_UNDER_UNPLACED} under that;
	 * it does not open as the previous question cut short ("and ...", "what about ...", "what if ...", a fragment); and
	 * its "it", "that" or "this" read as ketamine does not make it a question the catalog answers ("is it going to rain
	 * this weekend" stays off-topic; "does it rewire stuff permanently" is the mechanism). Read with the previous
	 * message, such a message only leans to that answer, as any text would.
	 */
	private boolean unrelatedOnItsOwn(RoutingDecision alone, Prediction own, List<String> tokens, SafetyVerdict verdict,
			IntentCatalog catalog) {
		if (alone.route() != Route.HANDOFF || alone.reason() != HandoffReason.UNMATCHED || alone.urgent()
				|| alone.intent() == null || !isOffTopic(alone.intent(), catalog)
				|| confidenceOf(own, alone.intent()) < this.routing.clearOnItsOwn()
				|| own.ranking().stream().anyMatch((scored) -> isTopic(scored.name(), catalog)
						&& scored.confidence() >= TOPIC_UNDER_UNPLACED)
				|| tokens.isEmpty() || OPENS_AS_CONTINUATION.contains(tokens.get(0))
				|| FollowUp.elliptical(tokens) || FollowUp.opensWithWhatAbout(tokens)
				|| (tokens.size() > 1 && tokens.get(0).equals("what") && tokens.get(1).equals("if"))) {
			return false;
		}
		if (tokens.stream().noneMatch(KETAMINE_POINTERS::contains)) {
			return true;
		}
		Prediction resolved = this.classifier.classify(String.join(" ",
				tokens.stream().map((token) -> KETAMINE_POINTERS.contains(token) ? "ketamine" : token).toList()));
		RoutingDecision reading = this.routing.decide(verdict, resolved, catalog);
		return !(reading.answers() && isTopic(reading.intent(), catalog)) && !reading.urgent();
	}

	/** Words a follow-up opens with when it carries the previous question on ("and ...", "what if ...", "so ..."). */
	private static final Set<String> OPENS_AS_CONTINUATION = Set.of("and", "but", "so", "or", "plus");

	/** Pronouns that may stand for ketamine treatment in a follow-up ("does it rewire ...", "why pick that ..."). */
	private static final Set<String> KETAMINE_POINTERS = Set.of("it", "that", "this");

	/**
	 * Whether a follow-up that names another medicine or service, and that the classifier itself places on a topic
	 * ({@link #OWN_TOPIC} or more, first in its ranking, the decision's intent), asks that topic of ketamine treatment:
	 * whether the medicine goes with it ("My neurologist has me on X, any trouble mixing?" answered with interactions,
	 * read as "ketamine ..."), or the other medicine named only as what ketamine is compared with ("how quick is onset
	 * relative to SSRIs?"). "what are the side effects of zoloft?" is neither, and stays handed off.
	 */
	private boolean askedOfKetamine(RoutingDecision decision, Prediction own, String text, IntentCatalog catalog) {
		if (!decision.answers() || decision.also() != null || !isTopic(decision.intent(), catalog)
				|| own.best().filter((best) -> best.name().equals(decision.intent())
						&& best.confidence() >= OWN_TOPIC).isEmpty()) {
			return false;
		}
		return (INTERACTIONS.equals(decision.intent())
				&& this.topics.asksAboutTakingBoth(KETAMINE_OF_CONVERSATION + text))
				|| this.topics.namesOtherOnlyInComparison(text);
	}

	/**
	 * Whether the reading with the previous message is unsure of its best intent (below {@link #OWN_TOPIC}) and ranks
	 * the previous topic close under it ({@link #PREVIOUS_TOPIC_SHARE} of its confidence at least).
	 */
	private static boolean previousTopicClose(Prediction withContext, String best, String last) {
		double top = confidenceOf(withContext, best);
		return top < OWN_TOPIC && confidenceOf(withContext, last) >= PREVIOUS_TOPIC_SHARE * top;
	}

	/** A handoff the visitor asked for: booking, the clinic's address, a person. */
	private static boolean requested(RoutingDecision decision) {
		return decision.route() == Route.HANDOFF && decision.reason() == HandoffReason.REQUESTED
				&& decision.intent() != null;
	}

	/**
	 * The topic a follow-up names under an off-topic reading: the likeliest answerable topic, when it has at least
	 * {@link #TOPIC_UNDER_OFF_TOPIC} and twice the next one ("and when did the FDA approve it": off-topic 0.63, approval
	 * 0.31, history 0.06).
	 */
	private static Optional<String> topicUnderOffTopic(RoutingDecision alone, Prediction prediction,
			IntentCatalog catalog) {
		if (alone.route() != Route.HANDOFF || alone.urgent() || !isOffTopic(alone.intent(), catalog)) {
			return Optional.empty();
		}
		// every reading but the off-topic one: a topic must stand twice above small talk too ("how is it given": the
		// bot's capabilities 0.3, monitoring 0.3 is no clear topic)
		List<ScoredIntent> readings = prediction.ranking().stream()
			.filter((scored) -> !scored.name().equals(alone.intent()))
			.sorted(java.util.Comparator.comparingDouble(ScoredIntent::confidence).reversed())
			.toList();
		if (readings.isEmpty() || !isTopic(readings.get(0).name(), catalog)
				|| readings.get(0).confidence() < TOPIC_UNDER_OFF_TOPIC) {
			return Optional.empty();
		}
		double next = (readings.size() > 1) ? readings.get(1).confidence() : 0.0;
		return (readings.get(0).confidence() >= 2 * next) ? Optional.of(readings.get(0).name()) : Optional.empty();
	}

	/** "how is it given?" after what ketamine is: "it" is the treatment the conversation is about. */
	private Optional<FollowUpReading> itAsKetamine(List<String> tokens, SafetyVerdict verdict, IntentCatalog catalog) {
		if (!tokens.contains("it")) {
			return Optional.empty();
		}
		Prediction resolved = this.classifier.classify(String.join(" ",
				tokens.stream().map((token) -> token.equals("it") ? "ketamine" : token).toList()));
		RoutingDecision reading = this.routing.decide(verdict, resolved, catalog);
		return (reading.answers() && isTopic(reading.intent(), catalog))
				? Optional.of(new FollowUpReading(reading.because(ContextUse.IT_IS_KETAMINE), resolved)) : Optional.empty();
	}

	/**
	 * "how long do they last?", "are those dangerous?", "does that feeling go away?" after side effects or what a
	 * session feels like: a question about the effects just described, which that answer covers (how long they last
	 * included), unless the follow-up clearly asks something else ("are they with me the whole time?"): another topic,
	 * clear on its own (a weak reading on another topic, "how many hours they continue?" at 0.52, is the effects'
	 * duration asked clumsily).
	 */
	private static boolean keepsEffects(String last, List<String> tokens, RoutingDecision alone, boolean clearAlone) {
		return EFFECT_INTENTS.contains(last) && FollowUp.pointsAtEffects(tokens)
				&& (!alone.answers() || EFFECT_QUESTIONS.contains(alone.intent()) || !clearAlone);
	}

	/**
	 * Of the intents a follow-up alone would offer in a "did you mean ...?", the one that the reading with the previous
	 * message ranks above all the other offered ones.
	 */
	private static Optional<String> preferredByContext(RoutingDecision alone, Prediction withContext) {
		if (alone.route() != Route.CLARIFY || alone.options().size() < 2) {
			return Optional.empty();
		}
		List<ScoredIntent> offered = withContext.ranking()
			.stream()
			.filter((scored) -> alone.options().contains(scored.name()))
			.sorted(java.util.Comparator.comparingDouble(ScoredIntent::confidence).reversed())
			.toList();
		if (offered.size() < 2 || offered.get(0).confidence() <= offered.get(1).confidence()) {
			return Optional.empty();
		}
		return Optional.of(offered.get(0).name());
	}

	/**
	 * How a follow-up was read, the ranking that reading rests on, and whether it asks the previous question about
	 * another medicine by name alone ("zoloft?"), which the topic guard must not read as a question about that medicine.
	 */
	private record FollowUpReading(RoutingDecision decision, Prediction prediction, boolean namesMedicine) {

		FollowUpReading(RoutingDecision decision, Prediction prediction) {
			this(decision, prediction, false);
		}

	}

	private static RoutingDecision decisionFor(String intent, IntentCatalog catalog) {
		IntentDefinition definition = catalog.get(intent);
		return (definition.route() == Route.HANDOFF) ? RoutingDecision.handoff(definition.handoffReason(), intent)
				: RoutingDecision.answer(intent);
	}

	private static double confidenceOf(Prediction prediction, String intent) {
		return prediction.ranking()
			.stream()
			.filter((scored) -> scored.name().equals(intent))
			.mapToDouble(ScoredIntent::confidence)
			.findFirst()
			.orElse(0.0);
	}

	/** The catalog's off-topic intent, whose lead-in says what the bot covers. */
	private static String offTopicIntent(IntentCatalog catalog) {
		return catalog.all()
			.stream()
			.filter((intent) -> intent.handoffReason() == HandoffReason.UNMATCHED)
			.map(IntentDefinition::name)
			.findFirst()
			.orElse(null);
	}

	private static boolean isOffTopic(String intent, IntentCatalog catalog) {
		return intent != null && catalog.find(intent)
			.map((definition) -> definition.handoffReason() == HandoffReason.UNMATCHED)
			.orElse(false);
	}

	private static Prediction withoutIntent(Prediction prediction, String intent) {
		return new Prediction(prediction.ranking().stream().filter((scored) -> !scored.name().equals(intent)).toList());
	}

	/**
	 * The ranking given that the message is not about {@code intent}: that intent removed, the others divided by the
	 * confidence that remains.
	 */
	private static Prediction rescaledWithout(Prediction prediction, String intent) {
		List<ScoredIntent> rest = withoutIntent(prediction, intent).ranking();
		double mass = rest.stream().mapToDouble(ScoredIntent::confidence).sum();
		if (mass <= 0) {
			return new Prediction(rest);
		}
		return new Prediction(
				rest.stream().map((scored) -> new ScoredIntent(scored.name(), Math.min(1.0, scored.confidence() / mass))).toList());
	}

	private static boolean isTopic(String intent, IntentCatalog catalog) {
		return !SMALL_TALK.contains(intent)
				&& catalog.find(intent).map((definition) -> definition.route() == Route.ANSWER).orElse(false);
	}

	private Map<String, List<String>> wordsOf(List<String> offered, IntentCatalog catalog) {
		Map<String, List<String>> words = new HashMap<>();
		for (String intent : offered) {
			List<String> own = new ArrayList<>(List.of(intent.split("_")));
			catalog.find(intent).ifPresent((definition) -> own.addAll(this.normalizer.tokens(definition.question())));
			words.put(intent, own);
		}
		return words;
	}

	private static Understood understood(RoutingDecision decision, Prediction prediction, SafetyVerdict verdict) {
		return new Understood(classification(decision, prediction, verdict), false, null);
	}

	private static Classification classification(RoutingDecision decision, Prediction prediction,
			SafetyVerdict verdict) {
		return new Classification(intentOf(decision, prediction), prediction.top(3), decision, verdict);
	}

	private Answer compose(RoutingDecision decision, SafetyVerdict verdict, String text) {
		IntentCatalog catalog = this.catalog.get();
		if (decision.route() == Route.ANSWER) {
			IntentDefinition intent = catalog.get(decision.intent());
			if (decision.also() == null) {
				Answer answer = this.answers.answer(intent, verdict, RiskQuestion.of(List.of(intent.name()), text, verdict));
				return this.facts.addTo(suggestingFirst(answer, decision.options(), catalog), intent.name(), text);
			}
			return bothAnswers(intent, catalog.get(decision.also()), verdict, text);
		}
		if (decision.route() == Route.CLARIFY) {
			List<IntentDefinition> options = decision.options().stream().map(catalog::get).toList();
			return this.answers.clarify(options, verdict, RiskQuestion.of(decision.options(), text, verdict));
		}
		IntentDefinition leadIn = (decision.intent() != null) ? catalog.find(decision.intent()).orElse(null) : null;
		Answer handoff = this.answers.handoff(decision.reason(), leadIn, verdict);
		return (decision.reason() == HandoffReason.REQUESTED && decision.intent() != null)
				? this.facts.addTo(handoff, decision.intent(), text) : handoff;
	}

	/**
	 * The answer with the questions of the intents it was chosen over first among its suggestions (after the offer of a
	 * person, which stays first).
	 */
	private static Answer suggestingFirst(Answer answer, List<String> intents, IntentCatalog catalog) {
		if (intents.isEmpty()) {
			return answer;
		}
		List<String> suggestions = new ArrayList<>();
		if (answer.suggestions().contains(AnswerComposer.TALK_TO_CLINIC)) {
			suggestions.add(AnswerComposer.TALK_TO_CLINIC);
		}
		intents.forEach((intent) -> catalog.find(intent).map(IntentDefinition::question).ifPresent(suggestions::add));
		answer.suggestions().stream().filter((suggestion) -> !suggestions.contains(suggestion)).forEach(suggestions::add);
		return new Answer(answer.id(), answer.text(), answer.disclaimer(), suggestions, answer.crisisLines());
	}

	/**
	 * Two questions in one message: both curated answers in one reply, with the safety additions once, at the end.
	 * The answer id names both curated texts.
	 */
	private Answer bothAnswers(IntentDefinition first, IntentDefinition second, SafetyVerdict verdict, String text) {
		List<String> suggestions = new ArrayList<>();
		for (String suggestion : first.suggestions()) {
			if (!suggestion.equals(second.question()) && !suggestion.equals(first.question())) {
				suggestions.add(suggestion);
			}
		}
		IntentDefinition joined = new IntentDefinition(first.name(), Route.ANSWER, null, first.examples(),
				first.answer() + "\n\n" + second.answer(), suggestions, first.question(), first.visitorExamples());
		Answer answer = this.answers.answer(joined, verdict,
				RiskQuestion.of(List.of(first.name(), second.name()), text, verdict));
		String id = this.answers.answer(first, SafetyVerdict.SAFE).id() + "+"
				+ this.answers.answer(second, SafetyVerdict.SAFE).id();
		Answer withId = new Answer(id, answer.text(), answer.disclaimer(), answer.suggestions(), answer.crisisLines());
		return this.facts.addTo(this.facts.addTo(withId, first.name(), text), second.name(), text);
	}

	private static ScoredIntent intentOf(RoutingDecision decision, Prediction prediction) {
		if (decision.intent() == null) {
			return null;
		}
		return prediction.ranking()
			.stream()
			.filter((scored) -> scored.name().equals(decision.intent()))
			.findFirst()
			.orElse(new ScoredIntent(decision.intent(), 1.0));
	}

	/**
	 * What the service understood, whether the visitor turned down every option of a clarifying question, and the
	 * bare acknowledgement of an answer the message was ({@code null} when it was not one).
	 */
	private record Understood(Classification classification, boolean rephrase, Acknowledgement.Kind acknowledged) {
	}

}
