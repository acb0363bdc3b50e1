package com.clinicfaq.chatbot.chat;

import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;

/**
 * What the service remembers of a conversation between turns (until it has been idle for
 * {@code chatbot.routing.conversation-idle}).
 *
 * @param id the conversation id
 * @param turns how many turns it has had since it last had something to remember (a conversation that remembers
 * nothing is not kept: {@link ConversationStore#update})
 * @param lastIntent the intent last answered, or {@code null}
 * @param offered the intents offered by a clarifying question on the last turn
 * @param lastText the visitor's message that was last answered, or {@code null}
 * @param answered whether the last turn was an answer (so a bare "ok" or "no" acknowledges it)
 * @param personOffered whether the last answer offered to connect the visitor with the clinic's team (so "yes
 * please" accepts that offer)
 * @param urgentIntent the urgent intent ({@code crisis} or {@code emergency}) of the last urgent turn of this
 * conversation, or {@code null} when none was urgent: then the classifier's crisis or emergency reading of a later
 * message stands on its own ({@link RoutingPolicy}), and a message the bot cannot place gets the urgent reply again;
 * it lasts until the conversation is forgotten
 * @param unanswered the visitor's message of the last turn when the bot could not answer it (it asked "did you mean
 * ...?" or handed it off as unmatched) and it named something to come back to, or {@code null}: a follow-up that points
 * back ("and the shot?") is read with it
 */
public record Conversation(String id, int turns, String lastIntent, List<String> offered, String lastText,
		boolean answered, boolean personOffered, String urgentIntent, String unanswered) {

	public Conversation {
		offered = List.copyOf(offered);
	}

	public Conversation(String id, int turns, String lastIntent, List<String> offered, String lastText,
			boolean answered, boolean personOffered, String urgentIntent) {
		this(id, turns, lastIntent, offered, lastText, answered, personOffered, urgentIntent, null);
	}

	static Conversation start(String id) {
		return new Conversation(id, 0, null, List.of(), null, false, false, null, null);
	}

	/**
	 * Whether the next turn would read this conversation as a new one: no answer, question or offer to come back
	 * to (its number of turns is not read).
	 */
	boolean remembersNothing() {
		return this.lastIntent == null && this.offered.isEmpty() && this.lastText == null && !this.answered
				&& !this.personOffered && this.urgentIntent == null && this.unanswered == null;
	}

	/**
	 * The conversation after a turn: an answer becomes the context of the next message, a clarifying question's
	 * options wait for the reply, and a handoff (a new, unrelated topic or an urgent message) clears the context.
	 */
	Conversation next(RoutingDecision decision, String text) {
		return next(decision, text, false);
	}

	/**
	 * The conversation after a turn whose reply did or did not offer a person (see {@link #next(RoutingDecision,
	 * String)}).
	 */
	Conversation next(RoutingDecision decision, String text, boolean offersPerson) {
		return next(decision, text, offersPerson, false);
	}

	/**
	 * The conversation after a turn (see {@link #next(RoutingDecision, String, boolean)}); when {@code comeBackTo}, a
	 * message the bot asked "did you mean ...?" about or handed off as unmatched, not urgent, is remembered for the next
	 * turn ({@link #unanswered()}).
	 */
	Conversation next(RoutingDecision decision, String text, boolean offersPerson, boolean comeBackTo) {
		if (decision.route() == Route.ANSWER) {
			return new Conversation(this.id, this.turns + 1, decision.intent(), List.of(), text, true, offersPerson,
					this.urgentIntent, null);
		}
		if (decision.route() == Route.CLARIFY) {
			return new Conversation(this.id, this.turns + 1, this.lastIntent, decision.options(), this.lastText, false,
					false, this.urgentIntent, comeBackTo ? text : null);
		}
		if (decision.reason() == HandoffReason.REQUESTED) {
			return new Conversation(this.id, this.turns + 1, this.lastIntent, List.of(), this.lastText, false, false,
					this.urgentIntent, null);
		}
		return new Conversation(this.id, this.turns + 1, null, List.of(), null, false, false,
				decision.urgent() ? decision.intent() : this.urgentIntent,
				(comeBackTo && !decision.urgent() && decision.context() != ContextUse.CLARIFY_NEITHER
						&& decision.context() != ContextUse.ANSWER_TURNED_DOWN) ? text : null);
	}

	/**
	 * The conversation after a bare acknowledgement ("ok", "no thanks"): the answer it acknowledged stays the context
	 * of the next message.
	 */
	Conversation acknowledged() {
		return new Conversation(this.id, this.turns + 1, this.lastIntent, List.of(), this.lastText, true, false,
				this.urgentIntent, null);
	}

}
