package com.clinicfaq.chatbot.chat;

import java.util.List;
import java.util.Locale;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

import static com.clinicfaq.chatbot.chat.FixedRankingChat.chatClassifying;
import static com.clinicfaq.chatbot.chat.FixedRankingChat.chatRanking;
import static com.clinicfaq.chatbot.chat.FixedRankingChat.say;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the session-15 rules on single messages: a visitor's own candidacy asked as one of two questions, and small
 * talk in another language. Real catalog, rules and answers; a classifier that ranks as each test needs.
 */
class ChatServiceSingleMessageTests {

	@Test
	void replyToTwoQuestionsWhenOneAsksTheVisitorsOwnCandidacyWithAConditionAnswersBoth() {
		ChatService chat = chatClassifying((text) -> {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("candidate") || lower.contains("kidney")) {
				return new Prediction(List.of(new ScoredIntent("eligibility", 0.8), new ScoredIntent("out_of_scope", 0.1)));
			}
			if (lower.contains("given")) {
				return new Prediction(List.of(new ScoredIntent("administration_routes", 0.8)));
			}
			return new Prediction(List.of(new ScoredIntent("out_of_scope", 0.9)));
		});
		ChatTurn both = say(chat, "How is it given here, and am I still a candidate with my kidney disease?");
		assertThat(both.route()).isEqualTo(Route.ANSWER);
		assertThat(both.answer().id()).contains("administration_routes").contains("eligibility");
		// a question about the condition itself is still not ours
		ChatTurn condition = say(chat, "what foods are good for kidney disease");
		assertThat(condition.route()).isEqualTo(Route.HANDOFF);
		assertThat(condition.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenSmallTalkInAnotherLanguageLandsOffTopicAnswersItAsSmallTalk() {
		ChatService chat = chatRanking(new ScoredIntent("out_of_scope", 0.7), new ScoredIntent("greeting", 0.1));
		ChatTurn hello = say(chat, "hola buenas noches");
		assertThat(hello.route()).isEqualTo(Route.ANSWER);
		assertThat(hello.intent().name()).isEqualTo("greeting");
		assertThat(say(chat, "obrigada, very clear").intent().name()).isEqualTo("thanks");
		assertThat(say(chat, "ok, that is all. auf wiedersehen").intent().name()).isEqualTo("goodbye");
		ChatTurn question = say(chat, "hola, donde queda la farmacia?");
		assertThat(question.route()).isEqualTo(Route.HANDOFF);
		assertThat(question.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

}
