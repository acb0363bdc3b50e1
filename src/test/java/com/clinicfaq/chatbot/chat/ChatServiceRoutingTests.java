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
 * Tests for the routing rules of session 11 on a fixed ranking: questions about taking ketamine with another
 * medicine, bare topics, close calls between two small-talk intents and unsure off-topic calls on messages that point at
 * the treatment. Real catalog, rules and answers.
 */
class ChatServiceRoutingTests {

	@Test
	void replyWhenKetamineIsHadWithAnotherMedicineAnswersInteractionsOverTheConditionNamed() {
		ChatService chat = chatRanking(new ScoredIntent("ptsd", 0.8), new ScoredIntent("interactions", 0.1),
				new ScoredIntent("anxiety", 0.05));
		ChatTurn both = say(chat, "I take prazosin for bad dreams, would ketamine for my ptsd clash with it?");
		assertThat(both.route()).isEqualTo(Route.ANSWER);
		assertThat(both.intent().name()).isEqualTo("interactions");
		assertThat(both.answer().suggestions()).isNotEmpty();
		ChatTurn condition = say(chatRanking(new ScoredIntent("ptsd", 0.8), new ScoredIntent("interactions", 0.1)),
				"does ketamine help ptsd nightmares?");
		assertThat(condition.intent().name()).isEqualTo("ptsd");
	}

	@Test
	void replyWhenAConditionOfOnesOwnIsNamedWithTheMedicineKeepsTheCandidacyAnswer() {
		ChatService chat = chatRanking(new ScoredIntent("contraindications", 0.7),
				new ScoredIntent("interactions", 0.2));
		ChatTurn turn = say(chat, "I have glaucoma and take metoprolol, can I still have ketamine with that?");
		assertThat(turn.intent().name()).isEqualTo("contraindications");
	}

	@Test
	void replyWhenKetamineIsComparedWithAnotherMedicineKeepsTheClassifiersTopic() {
		ChatService chat = chatRanking(new ScoredIntent("chronic_pain", 0.7), new ScoredIntent("interactions", 0.2));
		assertThat(say(chat, "is ketamine better than my pregabalin with this nerve pain?").intent().name())
			.isEqualTo("chronic_pain");
	}

	@Test
	void replyWhenABareTopicIsUnsureAnswersItInsteadOfAsking() {
		ChatService chat = chatRanking(new ScoredIntent("chronic_pain", 0.3), new ScoredIntent("out_of_scope", 0.1));
		assertThat(say(chat, "nerve pain?").route()).isEqualTo(Route.ANSWER);
		assertThat(say(chat, "what should you do about nerve pain at work").route()).isEqualTo(Route.CLARIFY);
	}

	@Test
	void replyWhenTwoSmallTalkIntentsAreACloseCallAnswersTheFirst() {
		ChatService chat = chatRanking(new ScoredIntent("greeting", 0.42), new ScoredIntent("bot_capabilities", 0.39));
		ChatTurn turn = say(chat, "hello there, a nurse here with a few things to ask");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("greeting");
	}

	@Test
	void replyWhenTwoTopicsAreACloseCallStillAsks() {
		ChatService chat = chatRanking(new ScoredIntent("insurance_cost", 0.45),
				new ScoredIntent("treatment_course", 0.42));
		assertThat(say(chat, "what does the whole ketamine series come to").route()).isEqualTo(Route.CLARIFY);
	}

	@Test
	void replyToTwoQuestionsReadsASecondThatPointsBackWithTheFirst() {
		// "how long does it take" alone leans to how soon ketamine works; after "one infusion" it is the session
		ChatService chat = chatClassifying((text) -> {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("infusion") && lower.contains("how long")) {
				return new Prediction(List.of(new ScoredIntent("session_length", 0.6),
						new ScoredIntent("insurance_cost", 0.3), new ScoredIntent("onset", 0.1)));
			}
			if (lower.contains("how long")) {
				return new Prediction(List.of(new ScoredIntent("onset", 0.5), new ScoredIntent("session_length", 0.4)));
			}
			if (lower.contains("how much")) {
				return new Prediction(List.of(new ScoredIntent("insurance_cost", 0.9)));
			}
			return new Prediction(List.of(new ScoredIntent("out_of_scope", 0.9)));
		});
		ChatTurn pointing = say(chat, "How much is one ketamine infusion? How long does it take?");
		assertThat(pointing.intent().name()).isEqualTo("insurance_cost");
		assertThat(pointing.answer().id()).contains("insurance_cost").contains("session_length");
		// a second question that names its own subject is read on its own
		ChatTurn own = say(chat, "How much is one ketamine infusion? How long does ketamine take to work?");
		assertThat(own.answer().id()).contains("insurance_cost").contains("onset");
	}

	@Test
	void replyWhenACloseCallInvolvesARiskAnswerStillAsks() {
		ChatService chat = chatRanking(new ScoredIntent("insurance_cost", 0.45), new ScoredIntent("dosing", 0.42));
		assertThat(say(chat, "what does the ketamine amount come to").route()).isEqualTo(Route.CLARIFY);
	}

	@Test
	void replyWhenAnUnsureOffTopicCallPointsAtTheTreatmentReadsItOnTheTopics() {
		ChatService chat = chatRanking(new ScoredIntent("out_of_scope", 0.42), new ScoredIntent("injection", 0.36),
				new ScoredIntent("monitoring", 0.1));
		ChatTurn pointed = say(chat, "where on the body do they stick it");
		assertThat(pointed.route()).isEqualTo(Route.ANSWER);
		assertThat(pointed.intent().name()).isEqualTo("injection");
		ChatTurn unpointed = say(chat, "where on the body do people get tattoos");
		assertThat(unpointed.route()).isEqualTo(Route.HANDOFF);
		assertThat(unpointed.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenTheOffTopicCallIsSureHandsOffAMessageThatPointsAtTheTreatment() {
		ChatService chat = chatRanking(new ScoredIntent("out_of_scope", 0.7), new ScoredIntent("injection", 0.2));
		assertThat(say(chat, "what time is it in tokyo").route()).isEqualTo(Route.HANDOFF);
	}

	@Test
	void replyWhenASecondSentenceGoesOnWithAndReadsItOnTheTopics() {
		ChatService chat = chatClassifying((text) -> {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("surgery")) {
				return new Prediction(List.of(new ScoredIntent("anesthesia", 0.9), new ScoredIntent("history", 0.05)));
			}
			return new Prediction(List.of(new ScoredIntent("out_of_scope", 0.8), new ScoredIntent("session_length", 0.15),
					new ScoredIntent("treatment_course", 0.04)));
		});
		// a sentence opened by "and" goes on with the ketamine question before it: its topics are read without the
		// off-topic class, as a clause joined to it would be
		ChatTurn both = say(chat, "Why is ketamine used for surgery? And how long would one of your visits take?");
		assertThat(both.answer().id()).contains("anesthesia").contains("session_length");
		ChatTurn alone = say(chat, "Why is ketamine used for surgery? How long would one of your visits take?");
		assertThat(alone.answer().id()).contains("anesthesia").doesNotContain("session_length");
	}

	@Test
	void replyWhenAStoryEndsWithAClearImpersonalQuestionAboutKetamineAnswersThatQuestion() {
		ChatService chat = chatClassifying((text) -> {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.startsWith("is ketamine used for ptsd")) {
				return new Prediction(List.of(new ScoredIntent("ptsd", 0.87), new ScoredIntent("anesthesia", 0.04)));
			}
			if (lower.startsWith("is ketamine safe for me")) {
				return new Prediction(List.of(new ScoredIntent("safety", 0.87), new ScoredIntent("contraindications", 0.1)));
			}
			return new Prediction(List.of(new ScoredIntent("contraindications", 0.74), new ScoredIntent("ptsd", 0.1)));
		});
		// the story pulls the whole message towards who may have it; the question asks something else of ketamine
		ChatTurn used = say(chat, "I served twice overseas and loud noises still get to me. I avoid crowds and sleep "
				+ "badly. Is ketamine used for PTSD in veterans?");
		assertThat(used.intent().name()).isEqualTo("ptsd");
		// asked of the person the story tells of, the question is about who may have it
		ChatTurn mine = say(chat, "I served twice overseas and loud noises still get to me. I avoid crowds and sleep "
				+ "badly. Is ketamine safe for me?");
		assertThat(mine.intent().name()).isEqualTo("contraindications");
	}

}
