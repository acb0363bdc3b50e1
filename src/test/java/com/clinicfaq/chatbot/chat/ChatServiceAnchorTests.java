package com.clinicfaq.chatbot.chat;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

import static com.clinicfaq.chatbot.chat.FixedRankingChat.chatRanking;
import static com.clinicfaq.chatbot.chat.FixedRankingChat.say;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for what {@link ChatService} does with a message that says nothing of ketamine treatment, whatever the
 * classifier ranks first: real catalog, rules and answers, a classifier that gives every text one fixed ranking.
 */
class ChatServiceAnchorTests {

	@Test
	void replyWhenATopicIsUnsureAndTheMessageSaysNothingOfKetamineAsksInsteadOfAnswering() {
		ChatService chat = chatRanking(new ScoredIntent("preparation", 0.31), new ScoredIntent("out_of_scope", 0.17));
		assertThat(say(chat, "what should you do on a rainy afternoon").route()).isEqualTo(Route.CLARIFY);
		assertThat(say(chat, "what should i do before my ketamine appointment").route()).isEqualTo(Route.ANSWER);
		assertThat(say(chat, "what should i do before it").route()).isEqualTo(Route.ANSWER);
	}

	@Test
	void replyWhenATopicIsSureAnswersAMessageThatSaysNothingOfKetamine() {
		ChatService chat = chatRanking(new ScoredIntent("preparation", 0.8), new ScoredIntent("out_of_scope", 0.1));
		assertThat(say(chat, "can i eat breakfast before").route()).isEqualTo(Route.ANSWER);
	}

	@Test
	void replyWhenWhatKetamineIsWinsForAnotherSubjectHandsOffAsOffTopic() {
		ChatService chat = chatRanking(new ScoredIntent("what_is_ketamine", 0.85), new ScoredIntent("out_of_scope", 0.05));
		ChatTurn other = say(chat, "what are opioid painkillers");
		assertThat(other.route()).isEqualTo(Route.HANDOFF);
		assertThat(other.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(say(chat, "what is it exactly").route()).isEqualTo(Route.ANSWER);
		assertThat(say(chat, "what is ketamine").route()).isEqualTo(Route.ANSWER);
	}

	@Test
	void replyWhenTheMessageHasNoWordAsksToRephrase() {
		ChatService chat = chatRanking(new ScoredIntent("goodbye", 0.9));
		ChatTurn turn = say(chat, "?");
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(turn.answer().text()).contains("other words");
	}

}
