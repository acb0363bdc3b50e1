package com.clinicfaq.chatbot.chat;

/**
 * Told of every urgent turn the moment {@link ChatService} decides it, before the reply goes out. Implementations
 * must return at once and never throw: the visitor's reply waits for this call (staff alerting hands the turn to its
 * own queue and delivers it elsewhere).
 */
@FunctionalInterface
public interface UrgentTurnListener {

	UrgentTurnListener NONE = (turn) -> {
	};

	void urgentTurn(ChatTurn turn);

}
