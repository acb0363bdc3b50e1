package com.clinicfaq.chatbot.chat;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

import static com.clinicfaq.chatbot.chat.FixedRankingChat.chatRanking;
import static com.clinicfaq.chatbot.chat.FixedRankingChat.say;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link ChatService} routes an information question about a risk (overdose, breathing, the heart,
 * blood pressure, dissociation): answered with the "if this is happening now" line instead of a "did you mean ...?".
 * Real catalog, rules and answers; a classifier that gives every text one fixed ranking.
 */
class ChatServiceRiskQuestionTests {

	@Test
	void replyToARiskQuestionBetweenTwoCloseRiskAnswersAnswersTheLikelierWithTheLineAndSuggestsTheOther() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.40), new ScoredIntent("safety", 0.37),
				new ScoredIntent("out_of_scope", 0.05));
		ChatTurn turn = say(chat, "can ketamine make my heart race");
		assertAnsweredWithTheLine(turn, "side_effects");
		assertThat(turn.answer().suggestions()).first().isEqualTo("Is ketamine treatment safe?");
	}

	@Test
	void replyToAGeneralQuestionAboutAGraveHarmIsTheSafetyAnswerWhereverTheClassifierRanksIt() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.44), new ScoredIntent("anesthesia", 0.21),
				new ScoredIntent("contraindications", 0.11), new ScoredIntent("monitoring", 0.08),
				new ScoredIntent("session_experience", 0.06), new ScoredIntent("safety", 0.03));
		assertAnsweredWithTheLine(say(chat, "could ketamine make you stop breathing"), "safety");
		assertAnsweredWithTheLine(say(chat, "can ketamine give you a heart attack"), "safety");
		assertAnsweredWithTheLine(say(chat, "can ketamine make my heart race"), "side_effects");
	}

	@Test
	void replyToAQuestionAboutRespiratoryDepressionIsTheBreathingAnswerNotTheDepressionOne() {
		ChatService chat = chatRanking(new ScoredIntent("depression", 0.47), new ScoredIntent("dosing", 0.09),
				new ScoredIntent("out_of_scope", 0.05));
		ChatTurn turn = say(chat, "is respiratory depression a real risk with ketamine at low doses?");
		assertAnsweredWithTheLine(turn, "anesthesia");
		assertThat(say(chat, "does ketamine help with depression?").intent().name()).isEqualTo("depression");
	}

	@Test
	void replyToAQuestionAboutAReversalDrugIsTheOverdoseAnswer() {
		ChatService chat = chatRanking(new ScoredIntent("what_is_ketamine", 0.40), new ScoredIntent("interactions", 0.16),
				new ScoredIntent("legal_status", 0.13));
		assertAnsweredWithTheLine(say(chat, "is there an antidote for ketamine, like narcan?"), "overdose");
	}

	@Test
	void replyToTheSameCloseCallWithoutARiskInTheMessageStillAsks() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.40), new ScoredIntent("safety", 0.37),
				new ScoredIntent("out_of_scope", 0.05));
		assertThat(say(chat, "is ketamine bad for you").route()).isEqualTo(Route.CLARIFY);
	}

	@Test
	void replyToARiskQuestionBetweenARiskAnswerAndAnotherTopicStillAsks() {
		ChatService chat = chatRanking(new ScoredIntent("monitoring", 0.40), new ScoredIntent("insurance_cost", 0.37),
				new ScoredIntent("out_of_scope", 0.05));
		assertThat(say(chat, "does ketamine treatment cover heart checks").route()).isEqualTo(Route.CLARIFY);
	}

	@Test
	void replyToAnUnsureRiskQuestionThatDoesNotNameKetamineAnswersItWithTheLine() {
		ChatService chat = chatRanking(new ScoredIntent("overdose", 0.30), new ScoredIntent("out_of_scope", 0.17));
		ChatTurn turn = say(chat, "how much would count as an overdose");
		assertAnsweredWithTheLine(turn, "overdose");
	}

	@Test
	void replyToAnUnsureRiskQuestionAboutOtherCareWithoutKetamineStillAsks() {
		ChatService chat = chatRanking(new ScoredIntent("contraindications", 0.30), new ScoredIntent("out_of_scope", 0.17));
		assertThat(say(chat, "are my heart pills risky after a valve surgery").route()).isEqualTo(Route.CLARIFY);
		assertThat(say(chat, "can ketamine be risky after a valve surgery").route()).isEqualTo(Route.ANSWER);
	}

	@Test
	void replyToAnUnsureMessageThatDoesNotNameKetamineOrARiskStillAsks() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.30), new ScoredIntent("out_of_scope", 0.17));
		assertThat(say(chat, "what happens the day after").route()).isEqualTo(Route.CLARIFY);
	}

	@Test
	void replyToAKetamineRiskQuestionWithALoneUnsureRiskOptionAnswersIt() {
		ChatService chat = chatRanking(new ScoredIntent("contraindications", 0.22), new ScoredIntent("mechanism", 0.12),
				new ScoredIntent("out_of_scope", 0.05));
		ChatTurn turn = say(chat, "does ketamine make a seizure more likely?");
		assertAnsweredWithTheLine(turn, "contraindications");
	}

	@Test
	void replyToAKetamineQuestionAskingWhetherSomethingIsDangerousBetweenARiskAnswerAndAnotherTopicAnswersTheRisk() {
		ChatService chat = chatRanking(new ScoredIntent("safety", 0.41), new ScoredIntent("preparation", 0.37),
				new ScoredIntent("out_of_scope", 0.05));
		ChatTurn turn = say(chat, "are there heart risks to know about before my first ketamine session?");
		assertAnsweredWithTheLine(turn, "safety");
		assertThat(turn.answer().suggestions()).first().isEqualTo(TestChatbot.catalog().get("preparation").question());
	}

	@Test
	void replyToAnUnsureKetamineRiskOptionWhenTheDangerIsHappeningNowIsNeverAnAnswer() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.22), new ScoredIntent("mechanism", 0.12),
				new ScoredIntent("out_of_scope", 0.05));
		ChatTurn turn = say(chat, "my heart is pounding right now after my ketamine, is that normal?");
		assertThat(turn.route()).isNotEqualTo(Route.ANSWER);
	}

	@Test
	void replyToAnUnsureKetamineQuestionThatNamesNoRiskStillAsks() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.22), new ScoredIntent("mechanism", 0.12),
				new ScoredIntent("out_of_scope", 0.05));
		assertThat(say(chat, "what happens after ketamine wears off?").route()).isEqualTo(Route.CLARIFY);
	}

	@Test
	void replyToARiskQuestionWhoseWordsNameANeighbouringRiskAnswerAnswersThatOneAndSuggestsTheClassifiers() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.50), new ScoredIntent("monitoring", 0.20),
				new ScoredIntent("out_of_scope", 0.05));
		ChatTurn turn = say(chat, "does a nurse watch my blood pressure during the ketamine infusion?");
		assertAnsweredWithTheLine(turn, "monitoring");
		assertThat(turn.answer().suggestions()).contains(TestChatbot.catalog().get("side_effects").question());
	}

	@Test
	void replyToARiskQuestionWhoseNamedAnswerIsNotAmongTheLikelyOnesKeepsTheClassifiersAnswer() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.60), new ScoredIntent("safety", 0.20),
				new ScoredIntent("out_of_scope", 0.05));
		assertAnsweredWithTheLine(say(chat, "does a nurse watch my blood pressure during the ketamine infusion?"),
				"side_effects");
	}

	@Test
	void replyToAVisitorWhoAsksWhetherTheirHeartConditionRulesThemOutAnswersWhoShouldNotHaveIt() {
		ChatService chat = chatRanking(new ScoredIntent("contraindications", 0.77), new ScoredIntent("out_of_scope", 0.09));
		ChatTurn turn = say(chat, "My cardiologist says I have an arrhythmia. Does that disqualify me?");
		assertAnsweredWithTheLine(turn, "contraindications");
	}

	@Test
	void replyToAVisitorWhoAsksWhetherAPastStrokeExcludesThemAnswersWhoShouldNotHaveIt() {
		ChatService chat = chatRanking(new ScoredIntent("contraindications", 0.93), new ScoredIntent("eligibility", 0.03));
		assertAnsweredWithTheLine(say(chat, "I had a mini stroke a few years back. Would that exclude me?"),
				"contraindications");
	}

	@Test
	void replyToAQuestionWhetherTheTreatmentIsSafeForPeopleWithAHeartConditionAnswersIt() {
		ChatService chat = chatRanking(new ScoredIntent("contraindications", 0.70), new ScoredIntent("safety", 0.25));
		assertAnsweredWithTheLine(say(chat, "is it okay for people with coronary heart trouble?"), "contraindications");
	}

	@Test
	void replyToASureRiskQuestionNamingItsOwnRiskAsAConditionAnswersIt() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.88), new ScoredIntent("monitoring", 0.04));
		assertAnsweredWithTheLine(say(chat, "could my heart start pounding during it? palpitations run in my family"),
				"side_effects");
	}

	@Test
	void replyToASureRiskAnswerOnAConditionThatPointsAtNothingOfOursIsStillHandedOff() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.90), new ScoredIntent("out_of_scope", 0.05));
		assertThat(say(chat, "what brings on palpitations after coffee?").route()).isEqualTo(Route.HANDOFF);
		assertThat(say(chat, "are palpitations dangerous when you run marathons").route()).isEqualTo(Route.HANDOFF);
	}

	@Test
	void replyToAnUnsureRiskAnswerOnAConditionIsStillHandedOff() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.60), new ScoredIntent("out_of_scope", 0.30));
		assertThat(say(chat, "could my heart start pounding during it? palpitations run in my family").route())
			.isEqualTo(Route.HANDOFF);
	}

	@Test
	void replyToAQuestionAboutAConditionWithoutAskingToHaveKetamineIsStillHandedOff() {
		ChatService chat = chatRanking(new ScoredIntent("contraindications", 0.77), new ScoredIntent("out_of_scope", 0.09));
		assertThat(say(chat, "is an arrhythmia dangerous when you run marathons").route()).isEqualTo(Route.HANDOFF);
	}

	@Test
	void replyToARiskQuestionBetweenRiskAnswersWhoseWordsNameANeighbourFurtherDownAnswersThatOne() {
		ChatService chat = chatRanking(new ScoredIntent("side_effects", 0.50), new ScoredIntent("safety", 0.20),
				new ScoredIntent("out_of_scope", 0.10), new ScoredIntent("session_experience", 0.06),
				new ScoredIntent("contraindications", 0.05));
		ChatTurn turn = say(chat, "I have asthma. Could ketamine make my breathing worse?");
		assertAnsweredWithTheLine(turn, "contraindications");
		assertThat(turn.answer().text()).contains("not advice about your own");
		assertThat(turn.answer().suggestions()).contains(TestChatbot.catalog().get("side_effects").question());
	}

	@Test
	void replyToAQuestionOnAnotherTopicFromAVisitorWithAConditionKeepsThatTopic() {
		ChatService chat = chatRanking(new ScoredIntent("driving", 0.60), new ScoredIntent("contraindications", 0.20),
				new ScoredIntent("out_of_scope", 0.05));
		ChatTurn turn = say(chat, "I have epilepsy, is it safe to drive myself home after a ketamine session?");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("driving");
	}

	@Test
	void replyToAQuestionAboutKetamineWithAnotherMedicineAnswersTheInteractionsAnswer() {
		ChatService chat = chatRanking(new ScoredIntent("overdose", 0.55), new ScoredIntent("recreational_use", 0.20),
				new ScoredIntent("safety", 0.10), new ScoredIntent("interactions", 0.08));
		ChatTurn turn = say(chat, "Is it dangerous to combine ketamine with my sleeping pills?");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("interactions");
	}

	private static void assertAnsweredWithTheLine(ChatTurn turn, String intent) {
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo(intent);
		assertThat(turn.answer().text()).contains(AnswerComposer.HAPPENING_NOW);
	}

}
