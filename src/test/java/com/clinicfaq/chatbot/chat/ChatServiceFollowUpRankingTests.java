package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link ChatService} combines a follow-up's own ranking with its reading together with the previous
 * message. The classifier is scripted: each text (alone, or after the previous message) gets a fixed ranking.
 */
class ChatServiceFollowUpRankingTests {

	private static final String WHO = "who can get this treatment";

	private static ScoredIntent scored(String intent, double confidence) {
		return new ScoredIntent(intent, confidence);
	}

	private static ChatService chat(Map<String, List<ScoredIntent>> rankings) {
		IntentClassifier classifier = (text) -> new Prediction(rankings.getOrDefault(text,
				List.of(scored("out_of_scope", 0.9), scored("greeting", 0.05))));
		return new ChatService(TestChatbot.safetyScreen(), classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
	}

	private static ChatTurn say(ChatService chat, String text) {
		return chat.reply(new ChatRequest("c", "web", text));
	}

	@Test
	void unsureQuestionAfterAnAnswerIsAnsweredWhenThePreviousMessageBacksItsOwnLikeliestTopic() {
		String question = "does my age matter at all";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), question,
				List.of(scored("out_of_scope", 0.52), scored("eligibility", 0.36), scored("preparation", 0.05)),
				WHO + " " + question, List.of(scored("eligibility", 0.8), scored("out_of_scope", 0.1))));
		say(chat, WHO);
		ChatTurn turn = say(chat, question);
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("eligibility");
		assertThat(turn.context()).isEqualTo(ContextUse.UNSURE_BACKED_BY_PREVIOUS);
	}

	@Test
	void unrelatedQuestionAfterAnAnswerIsNotPulledToThePreviousTopic() {
		String question = "what will the weather be like on saturday";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), question,
				List.of(scored("out_of_scope", 0.6), scored("greeting", 0.2), scored("eligibility", 0.1)),
				WHO + " " + question, List.of(scored("eligibility", 0.7), scored("out_of_scope", 0.2))));
		say(chat, WHO);
		ChatTurn turn = say(chat, question);
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(turn.context()).isNull();
	}

	@Test
	void followUpReadWithThePreviousMessageKeepsThePreviousTopicWhenItIsACloseCall() {
		String followUp = "what if my aunt drives me there";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), followUp,
				List.of(scored("out_of_scope", 0.6), scored("driving", 0.2)), WHO + " " + followUp,
				List.of(scored("pregnancy", 0.3), scored("eligibility", 0.235), scored("driving", 0.1))));
		say(chat, WHO);
		ChatTurn turn = say(chat, followUp);
		assertThat(turn.intent().name()).isEqualTo("eligibility");
		assertThat(turn.context()).isEqualTo(ContextUse.PREVIOUS_TOPIC_CLOSE);
	}

	@Test
	void followUpReadWithThePreviousMessageTakesAClearlyLikelierTopic() {
		String followUp = "what if my aunt drives me there";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), followUp,
				List.of(scored("out_of_scope", 0.6), scored("driving", 0.2)), WHO + " " + followUp,
				List.of(scored("driving", 0.45), scored("eligibility", 0.1))));
		say(chat, WHO);
		ChatTurn turn = say(chat, followUp);
		assertThat(turn.intent().name()).isEqualTo("driving");
		assertThat(turn.context()).isEqualTo(ContextUse.READ_WITH_PREVIOUS);
	}

	@Test
	void followUpOpeningWithOkIsStillReadWithTheConversation() {
		String first = "can I go back to work after a session";
		String followUp = "ok what about the day after, I have a big meeting";
		ChatService chat = chat(Map.of(first, List.of(scored("driving", 0.9)), followUp,
				List.of(scored("preparation", 0.4), scored("out_of_scope", 0.3)),
				first + " what about the day after i have a big meeting",
				List.of(scored("driving", 0.7), scored("preparation", 0.1))));
		say(chat, first);
		ChatTurn turn = say(chat, followUp);
		assertThat(turn.intent().name()).isEqualTo("driving");
		assertThat(turn.context()).isEqualTo(ContextUse.READ_WITH_PREVIOUS);
	}

}
