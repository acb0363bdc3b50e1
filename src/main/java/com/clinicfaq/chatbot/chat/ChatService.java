package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import com.clinicfaq.chatbot.safety.SafetyVerdict;

/**
 * Replies to one visitor message: the safety screen first, then the classifier, the routing policy and the answer
 * composer. Plain synchronous Java; the web layer moves the transcript I/O off the event loop.
 */
public class ChatService {

	private static final Set<String> YES = Set.of("yes", "yeah", "yep", "yes please", "y", "correct", "right",
			"that one", "sure", "ok", "okay");

	private final SafetyScreen safety;

	private final IntentClassifier classifier;

	private final Supplier<IntentCatalog> catalog;

	private final RoutingPolicy routing;

	private final AnswerComposer answers;

	private final ConversationStore conversations;

	private final Clock clock;

	private final UrgentTurnListener urgentTurns;

	public ChatService(SafetyScreen safety, IntentClassifier classifier, Supplier<IntentCatalog> catalog,
			RoutingPolicy routing, AnswerComposer answers, ConversationStore conversations, Clock clock) {
		this(safety, classifier, catalog, routing, answers, conversations, clock, UrgentTurnListener.NONE);
	}

	public ChatService(SafetyScreen safety, IntentClassifier classifier, Supplier<IntentCatalog> catalog,
			RoutingPolicy routing, AnswerComposer answers, ConversationStore conversations, Clock clock,
			UrgentTurnListener urgentTurns) {
		this.urgentTurns = urgentTurns;
		this.safety = safety;
		this.classifier = classifier;
		this.catalog = catalog;
		this.routing = routing;
		this.answers = answers;
		this.conversations = conversations;
		this.clock = clock;
	}

	/**
	 * Only the safety screen's finding, for a message the edge refuses (too long, a bad conversation id) but can
	 * still read: an urgent one must still get its crisis lines.
	 */
	public SafetyVerdict screen(String text) {
		return this.safety.screen(MessageSanitizer.sanitize(text));
	}

	/**
	 * Understands the message without replying, recording or touching conversation state. The text is first
	 * sanitized ({@link MessageSanitizer}), so no later step can be made to do unbounded work.
	 */
	public Classification classify(String raw) {
		String text = MessageSanitizer.sanitize(raw);
		SafetyVerdict verdict = this.safety.screen(text);
		Prediction prediction = this.classifier.classify(text);
		RoutingDecision decision = this.routing.decide(verdict, prediction, this.catalog.get());
		return new Classification(intentOf(decision, prediction), prediction.top(3), decision, verdict);
	}

	public ChatTurn reply(ChatRequest request) {
		String conversationId = (request.conversationId() != null) ? request.conversationId()
				: UUID.randomUUID().toString();
		String text = MessageSanitizer.sanitize(request.text());
		Classification classification = classify(text);
		RoutingDecision decision = confirmOffer(conversationId, text, classification);
		if (decision != classification.decision()) {
			classification = new Classification(new ScoredIntent(decision.intent(), 1.0), classification.ranking(),
					decision, classification.verdict());
		}
		RoutingDecision made = decision;
		this.conversations.update(conversationId, (conversation) -> conversation.next(made));
		Answer answer = compose(decision, classification.verdict());
		ChatTurn turn = new ChatTurn(conversationId, UUID.randomUUID().toString(), this.clock.instant(),
				request.channel(), text, classification.intent(), classification.ranking(), decision.route(),
				decision.reason(), classification.verdict(), answer, decision.signals());
		if (turn.urgent()) {
			this.urgentTurns.urgentTurn(turn);
		}
		return turn;
	}

	/**
	 * A plain "yes" right after the bot asked "did you mean ...?" about a single intent answers that intent.
	 */
	private RoutingDecision confirmOffer(String conversationId, String text, Classification classification) {
		RoutingDecision decision = classification.decision();
		if (decision.route() == Route.ANSWER || decision.reason() == HandoffReason.URGENT) {
			return decision;
		}
		List<String> offered = this.conversations.find(conversationId).offered();
		String reply = text.strip().toLowerCase(Locale.ROOT).replaceAll("[!.?]+$", "");
		if (offered.size() == 1 && YES.contains(reply)) {
			return RoutingDecision.answer(offered.get(0));
		}
		return decision;
	}

	private Answer compose(RoutingDecision decision, SafetyVerdict verdict) {
		IntentCatalog catalog = this.catalog.get();
		if (decision.route() == Route.ANSWER) {
			return this.answers.answer(catalog.get(decision.intent()), verdict);
		}
		if (decision.route() == Route.CLARIFY) {
			List<IntentDefinition> options = decision.options().stream().map(catalog::get).toList();
			return this.answers.clarify(options, verdict);
		}
		IntentDefinition leadIn = (decision.intent() != null) ? catalog.find(decision.intent()).orElse(null) : null;
		return this.answers.handoff(decision.reason(), leadIn, verdict);
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

}
