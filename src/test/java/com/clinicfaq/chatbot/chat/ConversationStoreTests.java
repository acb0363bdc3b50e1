package com.clinicfaq.chatbot.chat;

import java.time.Duration;
import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConversationStore}: what it keeps between turns.
 */
class ConversationStoreTests {

	private final ConversationStore store = new ConversationStore(Duration.ofMinutes(30), 1000);

	@Test
	void updateWhenATurnIsAnsweredKeepsItsContext() {
		this.store.update("c1", (current) -> current.next(RoutingDecision.answer("cost"), "how much is it", true));

		Conversation kept = this.store.find("c1");
		assertThat(kept.lastIntent()).isEqualTo("cost");
		assertThat(kept.lastText()).isEqualTo("how much is it");
		assertThat(kept.answered()).isTrue();
		assertThat(kept.personOffered()).isTrue();
		assertThat(this.store.size()).isEqualTo(1);
	}

	@Test
	void updateWhenAClarifyingQuestionWaitsKeepsItsOptions() {
		this.store.update("c1", (current) -> current.next(RoutingDecision.clarify(List.of("cost", "insurance")), "price?"));

		assertThat(this.store.find("c1").offered()).containsExactly("cost", "insurance");
		assertThat(this.store.size()).isEqualTo(1);
	}

	@Test
	void updateWhenAHandoffClearsTheContextForgetsTheConversation() {
		this.store.update("c1", (current) -> current.next(RoutingDecision.answer("cost"), "how much is it"));
		this.store.update("c1", (current) -> current.next(RoutingDecision.handoff(HandoffReason.UNMATCHED, null),
				"what is the weather"));

		// nothing left to come back to: read as a new conversation, and not kept in memory
		Conversation found = this.store.find("c1");
		assertThat(found.lastIntent()).isNull();
		assertThat(found.lastText()).isNull();
		assertThat(found.offered()).isEmpty();
		assertThat(found.answered()).isFalse();
		assertThat(this.store.size()).isZero();
	}

	@Test
	void updateWhenAFirstMessageIsHandedOffKeepsNothing() {
		this.store.update("c2", (current) -> current.next(RoutingDecision.handoff(HandoffReason.UNMATCHED, null), "?"));

		assertThat(this.store.size()).isZero();
		assertThat(this.store.find("c2").remembersNothing()).isTrue();
	}

	@Test
	void updateWhenAnUnansweredMessageIsWorthComingBackToRemembersItForOneTurn() {
		this.store.update("c3", (current) -> current.next(RoutingDecision.handoff(HandoffReason.UNMATCHED, null),
				"what are the side effects of sertraline", false, true));
		assertThat(this.store.find("c3").unanswered()).isEqualTo("what are the side effects of sertraline");

		this.store.update("c3", (current) -> current.next(RoutingDecision.answer("side_effects"), "and for ketamine?"));
		assertThat(this.store.find("c3").unanswered()).isNull();
		assertThat(this.store.find("c3").lastIntent()).isEqualTo("side_effects");
	}

	@Test
	void updateWhenAnUrgentMessageIsHandedOffNeverRemembersItsText() {
		this.store.update("c4", (current) -> current.next(RoutingDecision.urgent("crisis", List.of()),
				"I can't go on", false, true));
		assertThat(this.store.find("c4").unanswered()).isNull();
		assertThat(this.store.find("c4").urgentIntent()).isEqualTo("crisis");
	}

}
