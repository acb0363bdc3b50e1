package com.clinicfaq.chatbot.chat;

import java.util.List;

/**
 * What the service remembers of a conversation between turns.
 *
 * @param id the conversation id
 * @param turns how many turns it has had
 * @param lastIntent the intent of the last turn, or {@code null}
 * @param offered the intents offered by a clarifying question on the last turn
 */
public record Conversation(String id, int turns, String lastIntent, List<String> offered) {

	public Conversation {
		offered = List.copyOf(offered);
	}

	static Conversation start(String id) {
		return new Conversation(id, 0, null, List.of());
	}

	Conversation next(RoutingDecision decision) {
		return new Conversation(this.id, this.turns + 1, decision.intent(), decision.options());
	}

}
