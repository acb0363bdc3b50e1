package com.clinicfaq.chatbot.chat;

import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;

/**
 * What the service remembers of a conversation between turns (until it has been idle for
 * {@code chatbot.routing.conversation-idle}).
 *
 * @param id the conversation id
 * @param turns how many turns it has had
 * @param lastIntent the intent last answered, or {@code null}
 * @param offered the intents offered by a clarifying question on the last turn
 * @param lastText the visitor's message that was last answered, or {@code null}
 */
public record Conversation(String id, int turns, String lastIntent, List<String> offered, String lastText) {

	public Conversation {
		offered = List.copyOf(offered);
	}

	static Conversation start(String id) {
		return new Conversation(id, 0, null, List.of(), null);
	}

	/**
	 * The conversation after a turn: an answer becomes the context of the next message, a clarifying question's
	 * options wait for the reply, and a handoff (a new, unrelated topic or an urgent message) clears the context.
	 */
	Conversation next(RoutingDecision decision, String text) {
		if (decision.route() == Route.ANSWER) {
			return new Conversation(this.id, this.turns + 1, decision.intent(), List.of(), text);
		}
		if (decision.route() == Route.CLARIFY) {
			return new Conversation(this.id, this.turns + 1, this.lastIntent, decision.options(), this.lastText);
		}
		if (decision.reason() == HandoffReason.REQUESTED) {
			return new Conversation(this.id, this.turns + 1, this.lastIntent, List.of(), this.lastText);
		}
		return new Conversation(this.id, this.turns + 1, null, List.of(), null);
	}

}
