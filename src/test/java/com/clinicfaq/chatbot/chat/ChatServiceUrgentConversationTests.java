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
 * Tests for a conversation that already had an urgent turn: a later message the classifier reads as a crisis stays
 * urgent even when it names no danger the safety screen reads on its own. The classifier is scripted; the safety
 * screen (rules and risk detector) is the real one.
 */
class ChatServiceUrgentConversationTests {

	private static final String CRISIS = "I want to kill myself tonight";

	private static final String FOLLOW_UP = "ok they are right here next to me now";

	private static final String COST = "how much does a session cost";

	private static ChatService chat() {
		Map<String, List<ScoredIntent>> rankings = Map.of(CRISIS, List.of(new ScoredIntent("crisis", 0.95)), FOLLOW_UP,
				List.of(new ScoredIntent("crisis", 0.85), new ScoredIntent("out_of_scope", 0.1)), COST,
				List.of(new ScoredIntent("insurance_cost", 0.9), new ScoredIntent("out_of_scope", 0.05)));
		IntentClassifier classifier = (text) -> new Prediction(rankings.getOrDefault(text,
				List.of(new ScoredIntent("out_of_scope", 0.9))));
		return new ChatService(TestChatbot.safetyScreen(), classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
	}

	private static ChatTurn say(ChatService chat, String conversation, String text) {
		return chat.reply(new ChatRequest(conversation, "web", text));
	}

	@Test
	void crisisReadingAfterAnUrgentTurnStaysUrgentWithItsSignal() {
		ChatService chat = chat();
		assertThat(say(chat, "c", CRISIS).reason()).isEqualTo(HandoffReason.URGENT);
		ChatTurn turn = say(chat, "c", FOLLOW_UP);
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(turn.signals()).containsExactly(RoutingDecision.CLASSIFIER_AFTER_URGENT);
		assertThat(turn.answer().crisisLines()).isNotEmpty();
	}

	@Test
	void messageTheBotCannotPlaceAfterAnUrgentTurnGetsTheUrgentReplyAgain() {
		ChatService chat = chat();
		say(chat, "c", CRISIS);
		ChatTurn turn = say(chat, "c", "its already decided");
		assertThat(turn.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(turn.intent().name()).isEqualTo("crisis");
		assertThat(turn.signals()).containsExactly(RoutingDecision.UNPLACED_AFTER_URGENT);
		assertThat(turn.answer().crisisLines()).isNotEmpty();
	}

	@Test
	void questionTheBotCanAnswerAfterAnUrgentTurnIsAnsweredAndUrgencyIsRememberedPastIt() {
		ChatService chat = chat();
		say(chat, "c", CRISIS);
		ChatTurn answered = say(chat, "c", COST);
		assertThat(answered.route()).isEqualTo(Route.ANSWER);
		assertThat(answered.intent().name()).isEqualTo("insurance_cost");
		assertThat(say(chat, "c", FOLLOW_UP).reason()).isEqualTo(HandoffReason.URGENT);
	}

	@Test
	void messageTheBotCannotPlaceInAConversationWithNoUrgentTurnIsUnmatched() {
		ChatService chat = chat();
		say(chat, "other", CRISIS);
		assertThat(say(chat, "c", "its already decided").reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void sameMessageInAConversationWithNoUrgentTurnNeedsEvidenceOfItsOwn() {
		ChatService chat = chat();
		say(chat, "other", CRISIS);
		ChatTurn turn = say(chat, "c", FOLLOW_UP);
		assertThat(turn.reason()).isNotEqualTo(HandoffReason.URGENT);
	}

}
