package com.clinicfaq.chatbot.chat;

import java.util.ArrayList;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatService}, on the real catalog and classifier.
 */
class ChatServiceTests {

	private final ChatService chat = TestChatbot.chatService();

	@Test
	void replyWhenQuestionIsInTheCatalogAnswersWithItsCuratedTextAndDisclaimer() {
		ChatTurn turn = this.chat.reply(new ChatRequest(null, "web", "what side effects can ketamine cause"));
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("side_effects");
		assertThat(turn.answer().text()).isEqualTo(TestChatbot.catalog().get("side_effects").answer());
		assertThat(turn.answer().disclaimer()).contains("not medical advice");
		assertThat(turn.answer().suggestions()).hasSizeBetween(2, 3);
		assertThat(turn.answer().id()).startsWith("side_effects#");
	}

	@Test
	void replyWithoutConversationIdStartsOneAndKeepsAGivenOne() {
		ChatTurn first = this.chat.reply(new ChatRequest(null, "web", "hello"));
		ChatTurn second = this.chat.reply(new ChatRequest(first.conversationId(), "web", "is ketamine safe"));
		assertThat(first.conversationId()).isNotBlank();
		assertThat(second.conversationId()).isEqualTo(first.conversationId());
		assertThat(second.messageId()).isNotEqualTo(first.messageId());
	}

	@Test
	void replyWhenSuicidalHandsOffUrgentWithCrisisLines() {
		ChatTurn turn = this.chat.reply(new ChatRequest(null, "web", "i want to kill myself tonight"));
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(turn.answer().text()).contains("988").contains("911").contains("1-800-222-1222");
		assertThat(turn.answer().crisisLines()).isNotEmpty();
	}

	@Test
	void replyWhenOffTopicHandsOffUnmatchedWithTheClinicContact() {
		ChatTurn turn = this.chat.reply(new ChatRequest(null, "web", "what's the capital of peru"));
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(turn.intent()).satisfiesAnyOf((intent) -> assertThat(intent).isNull(),
				(intent) -> assertThat(intent.name()).isEqualTo("out_of_scope"));
		assertThat(turn.answer().text()).contains(TestChatbot.clinic().phone());
	}

	@Test
	void replyWhenAskingForAPersonHandsOffRequested() {
		ChatTurn turn = this.chat.reply(new ChatRequest(null, "web", "can i talk to a real person please"));
		assertThat(turn.reason()).isEqualTo(HandoffReason.REQUESTED);
		assertThat(turn.intent().name()).isEqualTo("human_agent");
	}

	@Test
	void replyWhenInformationQuestionMentionsSuicideAnswersWithCrisisLines() {
		ChatTurn turn = this.chat.reply(new ChatRequest(null, "web", "can ketamine help with suicidal thoughts?"));
		assertThat(turn.answer().crisisLines()).isNotEmpty();
		assertThat(turn.answer().text()).contains("988");
	}

	@Test
	void classifyReturnsTheTopThreeWithoutTouchingTheConversation() {
		Classification classification = this.chat.classify("how long does an infusion session take");
		assertThat(classification.ranking()).hasSize(3);
		assertThat(classification.intent().name()).isEqualTo("session_length");
		assertThat(classification.decision().route()).isEqualTo(Route.ANSWER);
	}

	@Test
	void everySuggestionButtonAndClarifyingQuestionIsAnsweredByItsIntent() {
		List<String> wrong = new ArrayList<>();
		for (IntentDefinition intent : TestChatbot.catalog().all()) {
			if (intent.route() == Route.ANSWER) {
				expectAnswer(intent.question(), intent.name(), wrong);
			}
			for (String suggestion : intent.suggestions()) {
				expectAnswer(suggestion, null, wrong);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void expectAnswer(String text, String intent, List<String> wrong) {
		RoutingDecision decision = this.chat.classify(text).decision();
		boolean answered = decision.route() == Route.ANSWER && (intent == null || intent.equals(decision.intent()))
				|| decision.reason() == HandoffReason.REQUESTED && intent == null;
		if (!answered) {
			wrong.add(text + " => " + decision);
		}
	}

}
