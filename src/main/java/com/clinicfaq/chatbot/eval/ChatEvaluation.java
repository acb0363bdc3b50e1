package com.clinicfaq.chatbot.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.chat.ChatRequest;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.Route;

/**
 * Replays blind visitor conversations through the real chat core (safety screen, classifier, routing, conversation
 * state, answers) and counts, per kind of message, how often the reply was the right one.
 */
public final class ChatEvaluation {

	private final ChatService chat;

	/** Each intent's clarifying question, to read which intents a clarifying reply offered. */
	private final Map<String, String> intentByQuestion;

	public ChatEvaluation(ChatService chat, IntentCatalog catalog) {
		this.chat = chat;
		this.intentByQuestion = new HashMap<>();
		catalog.all().forEach((intent) -> this.intentByQuestion.putIfAbsent(intent.question(), intent.name()));
	}

	public ChatEvaluationReport run(List<ChatCase> cases) {
		return run(cases, (turn) -> {
		});
	}

	/**
	 * As {@link #run(List)}, handing every turn's decision to {@code turns} in replay order (for comparing two builds
	 * turn by turn: {@code eval --chat ... --dump FILE}).
	 */
	public ChatEvaluationReport run(List<ChatCase> cases, Consumer<TurnDecision> turns) {
		Map<String, ChatEvaluationReport.KindFigures> byKind = new TreeMap<>();
		List<ChatEvaluationReport.Miss> misses = new ArrayList<>();
		for (ChatCase chatCase : cases) {
			String conversation = "eval-" + chatCase.id();
			ChatEvaluationReport.KindFigures figures = byKind.computeIfAbsent(chatCase.kind(),
					ChatEvaluationReport.KindFigures::new);
			for (int i = 0; i < chatCase.turns().size(); i++) {
				ChatCase.Turn expected = chatCase.turns().get(i);
				ChatTurn turn = this.chat.reply(new ChatRequest(conversation, "eval", expected.text()));
				Outcome outcome = Outcome.of(turn, this.intentByQuestion);
				boolean right = outcome.matches(expected);
				turns.accept(new TurnDecision(chatCase.id(), i, turn.route().value(),
						(turn.reason() != null) ? turn.reason().value() : null,
						(turn.intent() != null) ? turn.intent().name() : null, outcome.answered(), outcome.options(),
						turn.urgent(), turn.signals(), (turn.context() != null) ? turn.context().name() : null,
						(turn.intent() != null) ? turn.intent().confidence() : 0, right));
				boolean last = i == chatCase.turns().size() - 1;
				figures.count(expected, outcome.route, outcome.reason, outcome.answered, outcome.options, right, last);
				if (!right) {
					misses.add(new ChatEvaluationReport.Miss(chatCase.id(), chatCase.kind(), i, expected.text(),
							describe(expected), outcome.describe(), ranking(turn),
							(turn.context() != null) ? turn.context().name() : null));
				}
			}
		}
		return new ChatEvaluationReport(cases.size(), new LinkedHashMap<>(byKind), misses);
	}

	/**
	 * What the service decided on one turn of a replayed conversation: the route, the reason, the intent, the intents
	 * answered or offered, whether it was urgent and why, how the conversation was used; {@code confidence} is the
	 * intent's score (a float that may move in its last digits when the decision does not).
	 */
	public record TurnDecision(String conversation, int turn, String route, String reason, String intent,
			List<String> answered, List<String> options, boolean urgent, List<String> signals, String context,
			double confidence, boolean right) {
	}

	private static String ranking(ChatTurn turn) {
		return turn.ranking()
			.stream()
			.map((scored) -> String.format(Locale.ROOT, "%s %.2f", scored.name(), scored.confidence()))
			.collect(Collectors.joining(", "));
	}

	private static String describe(ChatCase.Turn expected) {
		return expected.route() + ((expected.reason() != null) ? "/" + expected.reason() : "")
				+ (expected.intents().isEmpty() ? "" : " " + String.join("+", expected.intents()));
	}

	/**
	 * What the service did with one message: the route, the reason, the intents whose answers the visitor read (from
	 * the answer id, which names each curated text used) and the options of a clarifying question.
	 */
	record Outcome(Route route, HandoffReason reason, List<String> answered, List<String> options) {

		static Outcome of(ChatTurn turn, Map<String, String> intentByQuestion) {
			List<String> answered = new ArrayList<>();
			if (turn.route() == Route.ANSWER) {
				for (String part : turn.answer().id().split("\\+")) {
					int hash = part.indexOf('#');
					answered.add((hash > 0) ? part.substring(0, hash) : part);
				}
			}
			else if (turn.route() == Route.HANDOFF && turn.intent() != null) {
				answered.add(turn.intent().name());
			}
			List<String> options = (turn.route() == Route.CLARIFY)
					? turn.answer().suggestions().stream().map((q) -> intentByQuestion.getOrDefault(q, q)).toList()
					: List.of();
			return new Outcome(turn.route(), turn.reason(), answered, options);
		}

		boolean matches(ChatCase.Turn expected) {
			if (expected.ambiguous()) {
				return (this.route == Route.ANSWER && expected.intents().stream().anyMatch(this.answered::contains))
						|| (this.route == Route.CLARIFY && this.options.containsAll(expected.intents()));
			}
			if (expected.expectsAnswer()) {
				return this.route == Route.ANSWER && this.answered.containsAll(expected.intents());
			}
			if (expected.expectsUnmatched()) {
				return this.route == Route.HANDOFF && this.reason == HandoffReason.UNMATCHED;
			}
			return this.route == Route.HANDOFF && this.reason != null
					&& this.reason.value().equals(expected.reason()) && this.answered.containsAll(expected.intents());
		}

		String describe() {
			return this.route.value() + ((this.reason != null) ? "/" + this.reason.value() : "")
					+ (this.answered.isEmpty() ? "" : " " + String.join("+", this.answered))
					+ (this.options.isEmpty() ? "" : " options " + String.join("|", this.options));
		}

	}

}
