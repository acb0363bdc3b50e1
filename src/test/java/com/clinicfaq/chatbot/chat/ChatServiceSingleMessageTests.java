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

	@Test
	void replyWhenAStoryAboutKetamineEndsWithAQuestionAboutAnotherTreatmentHandsOffUnmatched() {
		ChatService chat = chatClassifying((text) -> {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("pay for") || lower.contains("covered")) {
				return new Prediction(List.of(new ScoredIntent("insurance_cost", 0.9)));
			}
			if (lower.contains("how many")) {
				return new Prediction(List.of(new ScoredIntent("treatment_course", 0.85)));
			}
			if (lower.contains("interact")) {
				return new Prediction(List.of(new ScoredIntent("interactions", 0.9)));
			}
			return new Prediction(List.of(new ScoredIntent("out_of_scope", 0.9)));
		});
		ChatTurn coverage = say(chat, "My infusions of ketamine last spring lifted the fog for me. My brother is not keen on "
				+ "drugs, and his psychiatrist brought up ECT. He is retired. Would Medicare pay for ECT?");
		assertThat(coverage.route()).isEqualTo(Route.HANDOFF);
		assertThat(coverage.reason()).isEqualTo(HandoffReason.UNMATCHED);
		// the clause joined to it is still about the other treatment
		ChatTurn joined = say(chat, "Ketamine helped my mood a lot. Now I am curious about neurofeedback. Is neurofeedback "
				+ "something your office provides, and how many visits does that take?");
		assertThat(joined.route()).isEqualTo(Route.HANDOFF);
		assertThat(joined.reason()).isEqualTo(HandoffReason.UNMATCHED);
		// the same story asking about ketamine with the other medicine keeps its answer
		ChatTurn mixing = say(chat, "My doctor suggested ketamine. I have been on lithium for years. Does it interact with "
				+ "lithium?");
		assertThat(mixing.route()).isEqualTo(Route.ANSWER);
		assertThat(mixing.intent().name()).isEqualTo("interactions");
		ChatTurn ours = say(chat, "My doctor suggested ketamine after ECT did little for me. Is it covered by insurance?");
		assertThat(ours.route()).isEqualTo(Route.ANSWER);
		assertThat(ours.intent().name()).isEqualTo("insurance_cost");
	}

	@Test
	void replyWhenAStoryNamesTheVisitorsMedicinesAndAsksWhetherKetamineHelpsAnswersTheCondition() {
		ChatService chat = chatClassifying((text) -> {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("keep")) {
				return new Prediction(List.of(new ScoredIntent("interactions", 0.6), new ScoredIntent("ptsd", 0.3)));
			}
			if (lower.contains("navy")) {
				return new Prediction(List.of(new ScoredIntent("ptsd", 0.9), new ScoredIntent("interactions", 0.05)));
			}
			return new Prediction(List.of(new ScoredIntent("out_of_scope", 0.9), new ScoredIntent("interactions", 0.05)));
		});
		String story = "The navy doctor put me on prazosin and paroxetine, and I still wake up at three every night. "
				+ "A friend told me ketamine did a lot for his PTSD.";
		ChatTurn helps = say(chat, story + " Would it help with mine?");
		assertThat(helps.route()).isEqualTo(Route.ANSWER);
		assertThat(helps.intent().name()).isEqualTo("ptsd");
		ChatTurn both = say(chat, story + " Can I keep the prazosin during infusions?");
		assertThat(both.route()).isEqualTo(Route.ANSWER);
		assertThat(both.intent().name()).isEqualTo("interactions");
	}

	// session 40 (our own sentences)
	@Test
	void replyWhenAQuestionRulesOutTheIvAnswersTheFormsOfTreatment() {
		ChatService chat = chatRanking(new ScoredIntent("iv_infusion", 0.5), new ScoredIntent("monitoring", 0.2),
				new ScoredIntent("anxiety", 0.1));
		for (String message : List.of("The drip made me faint last time. Is there a version without needles?",
				"My son is terrified of needles. Is there a version that isn't an infusion?",
				"can I have ketamine some other way than an infusion",
				"any options that do not involve an IV?")) {
			ChatTurn turn = say(chat, message);
			assertThat(turn.route()).as(message).isEqualTo(Route.ANSWER);
			assertThat(turn.intent().name()).as(message).isEqualTo("administration_routes");
		}
		// an infusion asked about, or one had without someone or something else, is still the infusion
		for (String message : List.of("what is an IV infusion like", "can I do the infusion without my husband there?")) {
			assertThat(say(chat, message).intent().name()).as(message).isEqualTo("iv_infusion");
		}
		// a request to book stays a request
		ChatService booking = chatRanking(new ScoredIntent("appointment", 0.9), new ScoredIntent("iv_infusion", 0.05));
		ChatTurn request = say(booking, "I'd like to book a consult for an option without an IV");
		assertThat(request.route()).isEqualTo(Route.HANDOFF);
		assertThat(request.reason()).isEqualTo(HandoffReason.REQUESTED);
	}

}
