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
 * message. The classifier is scripted: each text (alone, or after the previous message) gets a fixed ranking. The
 * rules are tested alone (the shipped follow-up reader is off here: its weights were trained on the real classifier's
 * scores, not on these scripted ones; {@link FollowUpReaderTests} tests it).
 */
class ChatServiceFollowUpRankingTests {

	private static final String WHO = "who can get this treatment";

	private static ScoredIntent scored(String intent, double confidence) {
		return new ScoredIntent(intent, confidence);
	}

	private static ChatService chat(Map<String, List<ScoredIntent>> rankings) {
		IntentClassifier classifier = (text) -> new Prediction(rankings.getOrDefault(text,
				List.of(scored("out_of_scope", 0.9), scored("greeting", 0.05))));
		ChatService chat = new ChatService(TestChatbot.safetyScreen(), classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
		chat.useReader(FollowUpReader.NONE);
		return chat;
	}

	/** The visitor's second message, said after the first in one conversation. */
	private static ChatTurn secondTurn(ChatService chat, String first, String second) {
		say(chat, first);
		return say(chat, second);
	}

	private static void assertAnswered(ChatTurn turn, String intent) {
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo(intent);
	}

	private static void assertHandedOffUnmatched(ChatTurn turn) {
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.UNMATCHED);
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
		ChatTurn turn = secondTurn(chat, WHO, question);
		assertAnswered(turn, "eligibility");
		assertThat(turn.context()).isEqualTo(ContextUse.UNSURE_BACKED_BY_PREVIOUS);
	}

	@Test
	void unrelatedQuestionAfterAnAnswerIsNotPulledToThePreviousTopic() {
		String question = "what will the weather be like on saturday";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), question,
				List.of(scored("out_of_scope", 0.6), scored("greeting", 0.2), scored("eligibility", 0.1)),
				WHO + " " + question, List.of(scored("eligibility", 0.7), scored("out_of_scope", 0.2))));
		ChatTurn turn = secondTurn(chat, WHO, question);
		assertHandedOffUnmatched(turn);
		assertThat(turn.context()).isNull();
	}

	@Test
	void followUpReadWithThePreviousMessageKeepsThePreviousTopicWhenItIsACloseCall() {
		String followUp = "what if my aunt drives me there";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), followUp,
				List.of(scored("out_of_scope", 0.6), scored("driving", 0.2)), WHO + " " + followUp,
				List.of(scored("pregnancy", 0.3), scored("eligibility", 0.235), scored("driving", 0.1))));
		ChatTurn turn = secondTurn(chat, WHO, followUp);
		assertThat(turn.intent().name()).isEqualTo("eligibility");
		assertThat(turn.context()).isEqualTo(ContextUse.PREVIOUS_TOPIC_CLOSE);
	}

	@Test
	void followUpReadWithThePreviousMessageTakesAClearlyLikelierTopic() {
		String followUp = "what if my aunt drives me there";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), followUp,
				List.of(scored("out_of_scope", 0.6), scored("driving", 0.2)), WHO + " " + followUp,
				List.of(scored("driving", 0.45), scored("eligibility", 0.1))));
		ChatTurn turn = secondTurn(chat, WHO, followUp);
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
		ChatTurn turn = secondTurn(chat, first, followUp);
		assertThat(turn.intent().name()).isEqualTo("driving");
		assertThat(turn.context()).isEqualTo(ContextUse.READ_WITH_PREVIOUS);
	}

	@Test
	void unsureQuestionThatTheClassifierAnswersKeepsItsOwnAnswerAfterAnAnswer() {
		String first = "can I keep getting infusions while breastfeeding";
		String question = "when am I allowed to drive home afterwards";
		ChatService chat = chat(Map.of(first, List.of(scored("pregnancy", 0.9)), question,
				List.of(scored("driving", 0.5), scored("aftercare", 0.2)), first + " " + question,
				List.of(scored("pregnancy", 0.95), scored("driving", 0.02))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "driving");
	}

	@Test
	void messageThatOnlyTellsSomethingIsReadForThePreviousQuestion() {
		String first = "can I have ketamine with high blood pressure";
		String told = "mine is well controlled these days";
		ChatService chat = chat(Map.of(first, List.of(scored("contraindications", 0.9)), told,
				List.of(scored("out_of_scope", 0.45), scored("monitoring", 0.2)), first + " " + told,
				List.of(scored("contraindications", 0.9), scored("monitoring", 0.05))));
		ChatTurn turn = secondTurn(chat, first, told);
		assertAnswered(turn, "contraindications");
		assertThat(turn.context()).isEqualTo(ContextUse.PREVIOUS_SITUATION);
	}

	@Test
	void offTopicQuestionIsNotSettledByThePreviousMessageHoweverClearlyThatReadsAsThePreviousTopic() {
		String question = "which pharmacy nearby is open late";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), question,
				List.of(scored("out_of_scope", 0.55), scored("appointment", 0.1)), WHO + " " + question,
				List.of(scored("eligibility", 0.95), scored("out_of_scope", 0.03))));
		ChatTurn turn = secondTurn(chat, WHO, question);
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.context()).isNull();
	}

	@Test
	void statementWithAnUrgentReadingIsNotSettledByThePreviousMessage() {
		String told = "honestly I don't see the point of anything lately";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), told,
				List.of(scored("crisis", 0.4), scored("out_of_scope", 0.3)), WHO + " " + told,
				List.of(scored("eligibility", 0.9), scored("crisis", 0.05))));
		ChatTurn turn = secondTurn(chat, WHO, told);
		assertThat(turn.intent().name()).isNotEqualTo("eligibility");
		assertThat(turn.context()).isNull();
	}

	@Test
	void questionOfItsOwnThatNamesAFormIsNotThePreviousQuestionAboutThatForm() {
		String first = "is ketamine treatment safe";
		String question = "what will it feel like during the infusion?";
		ChatService chat = chat(Map.of(first, List.of(scored("safety", 0.95)), question,
				List.of(scored("session_experience", 0.85), scored("iv_infusion", 0.05))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertThat(turn.intent().name()).isEqualTo("session_experience");
		assertThat(turn.context()).isEqualTo(ContextUse.CLEAR_ON_ITS_OWN);
	}

	@Test
	void closeCallBetweenAFormAndAQuestionAskedOfItAnswersTheQuestion() {
		String first = "the drip, how quick";
		ChatService chat = chat(Map.of(first, List.of(scored("iv_infusion", 0.42), scored("onset", 0.4))));
		ChatTurn turn = say(chat, first);
		assertAnswered(turn, "onset");
	}

	@Test
	void swapOfAFormAfterADidYouMeanAsksTheOfferedQuestionThatIsNotAboutAForm() {
		// a close call between a form and a question asked of it ("how quick") is answered since session 55, so the
		// offered question here is one that is not asked of a form
		String first = "the drip, what side effects";
		String swap = "same for the shot?";
		ChatService chat = chat(Map.of(first, List.of(scored("iv_infusion", 0.42), scored("side_effects", 0.4)), swap,
				List.of(scored("injection", 0.9), scored("side_effects", 0.03)), first + " same for the shot",
				List.of(scored("iv_infusion", 0.4), scored("injection", 0.3), scored("side_effects", 0.2))));
		assertThat(say(chat, first).route()).isEqualTo(Route.CLARIFY);
		ChatTurn turn = say(chat, swap);
		assertThat(turn.intent().name()).isEqualTo("side_effects");
		assertThat(turn.context()).isEqualTo(ContextUse.CLARIFIED_QUESTION_AGAIN);
	}

	@Test
	void followUpAfterAQuestionAboutAnotherMedicineIsReadWithIt() {
		String first = "what are the side effects of sertraline";
		String followUp = "and for ketamine?";
		ChatService chat = chat(Map.of(first, List.of(scored("out_of_scope", 0.95), scored("side_effects", 0.05)),
				followUp, List.of(scored("interactions", 0.45), scored("eligibility", 0.15)),
				first + " and for ketamine", List.of(scored("out_of_scope", 0.6), scored("side_effects", 0.35),
						scored("interactions", 0.05))));
		assertThat(say(chat, first).route()).isEqualTo(Route.HANDOFF);
		ChatTurn turn = say(chat, followUp);
		assertAnswered(turn, "side_effects");
		assertThat(turn.context()).isEqualTo(ContextUse.READ_WITH_UNANSWERED);
	}

	@Test
	void messageAboutNothingTheBotCoversIsNotReadWithTheNextOne() {
		String first = "will it rain in the city this weekend";
		String followUp = "and on monday?";
		ChatService chat = chat(Map.of(first, List.of(scored("out_of_scope", 0.99)), followUp,
				List.of(scored("out_of_scope", 0.5), scored("appointment", 0.3)), first + " and on monday",
				List.of(scored("appointment", 0.6), scored("out_of_scope", 0.3))));
		ChatTurn turn = secondTurn(chat, first, followUp);
		assertThat(turn.intent().name()).isNotEqualTo("appointment");
		assertThat(turn.context()).isNull();
	}

	@Test
	void messageHandedOffOnItsOwnIsAnsweredWhenThePreviousMessageBacksTheTopicUnderItsOffTopicCall() {
		String first = "what should I do once I get home after a session";
		String question = "can I hit the sauna";
		ChatService chat = chat(Map.of(first, List.of(scored("aftercare", 0.9)), question,
				List.of(scored("out_of_scope", 0.75), scored("aftercare", 0.15), scored("driving", 0.05)),
				first + " " + question, List.of(scored("aftercare", 0.8), scored("out_of_scope", 0.1))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "aftercare");
		assertThat(turn.context()).isEqualTo(ContextUse.UNPLACED_BACKED_BY_PREVIOUS);
	}

	@Test
	void messageHandedOffOnItsOwnStaysHandedOffWhenThePreviousMessageOnlyLeansToItsOwnAnswer() {
		String first = "what should I do once I get home after a session";
		String question = "can I hit the sauna";
		ChatService chat = chat(Map.of(first, List.of(scored("aftercare", 0.9)), question,
				List.of(scored("out_of_scope", 0.75), scored("driving", 0.15), scored("aftercare", 0.05)),
				first + " " + question, List.of(scored("aftercare", 0.8), scored("out_of_scope", 0.1))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertHandedOffUnmatched(turn);
	}

	@Test
	void messageHandedOffOnItsOwnThatAsksOfLaterThatDayIsAnsweredWithTheAftercareAnswer() {
		String first = "what should I do once I get home after a session";
		String question = "can I hit the sauna in the evening";
		ChatService chat = chat(Map.of(first, List.of(scored("aftercare", 0.9)), question,
				List.of(scored("out_of_scope", 0.75), scored("driving", 0.15), scored("aftercare", 0.05)),
				first + " " + question, List.of(scored("aftercare", 0.8), scored("out_of_scope", 0.1))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "aftercare");
		assertThat(turn.context()).isEqualTo(ContextUse.LATER_THAT_DAY);
	}

	@Test
	void visitorWhoSaysTheSubjectChangesIsNotReadWithThePreviousAnswer() {
		String question = "random question, is there parking nearby";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), question,
				List.of(scored("out_of_scope", 0.5), scored("eligibility", 0.3)), WHO + " " + question,
				List.of(scored("eligibility", 0.9), scored("out_of_scope", 0.05))));
		ChatTurn turn = secondTurn(chat, WHO, question);
		assertHandedOffUnmatched(turn);
		assertThat(turn.context()).isNull();
	}

	@Test
	void otherMedicineNamedOnlyAsWhatKetamineIsComparedWithIsAnsweredInAKetamineConversation() {
		String first = "how fast does ketamine start working";
		String question = "Is the relief quicker than with SSRIs?";
		ChatService chat = chat(Map.of(first, List.of(scored("onset", 0.9)), question,
				List.of(scored("onset", 0.85), scored("out_of_scope", 0.1))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "onset");
		assertThat(turn.context()).isEqualTo(ContextUse.ASKED_OF_KETAMINE);
	}

	@Test
	void otherMedicineNamedBeforeTheComparisonIsStillHandedOffInAKetamineConversation() {
		String first = "how fast does ketamine start working";
		String question = "Does lexapro work quicker than other SSRIs?";
		ChatService chat = chat(Map.of(first, List.of(scored("onset", 0.9)), question,
				List.of(scored("onset", 0.85), scored("out_of_scope", 0.1))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertHandedOffUnmatched(turn);
	}

	@Test
	void medicineTakenAndAskedAboutMixingInAKetamineConversationIsAnsweredWithInteractions() {
		String question = "My cardiologist has me on metoprolol, any problem mixing?";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9)), question,
				List.of(scored("interactions", 0.6), scored("eligibility", 0.2))));
		ChatTurn turn = secondTurn(chat, WHO, question);
		assertAnswered(turn, "interactions");
	}

	@Test
	void sideEffectsOfAnotherMedicineAreStillHandedOffAfterTheSideEffectsOfKetamine() {
		String first = "what side effects does ketamine have";
		String question = "what are the side effects of metoprolol";
		ChatService chat = chat(Map.of(first, List.of(scored("side_effects", 0.9)), question,
				List.of(scored("side_effects", 0.9), scored("out_of_scope", 0.05))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertHandedOffUnmatched(turn);
	}

	@Test
	void payerNamedAfterTheCostAsksTheCostAgain() {
		String first = "how much does one session cost";
		String question = "what about medicaid?";
		ChatService chat = chat(Map.of(first, List.of(scored("insurance_cost", 0.9)), question,
				List.of(scored("insurance_cost", 0.7), scored("out_of_scope", 0.2))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "insurance_cost");
		assertThat(turn.context()).isEqualTo(ContextUse.ASKED_OF_KETAMINE);
	}

	@Test
	void clearlyUnrelatedQuestionWithItIsNotReadWithThePreviousAnswer() {
		String first = "is ketamine safe";
		String question = "is it going to snow tomorrow";
		ChatService chat = chat(Map.of(first, List.of(scored("safety", 0.9)), question,
				List.of(scored("out_of_scope", 0.95), scored("greeting", 0.02)), first + " " + question,
				List.of(scored("safety", 0.8), scored("out_of_scope", 0.15))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertHandedOffUnmatched(turn);
		assertThat(turn.context()).isEqualTo(ContextUse.UNRELATED_ON_ITS_OWN);
	}

	@Test
	void followUpWhoseItReadsAsKetamineIsStillReadWithThePreviousAnswer() {
		String first = "is ketamine safe";
		String question = "why do they pick it over the usual gas";
		ChatService chat = chat(Map.of(first, List.of(scored("safety", 0.9)), question,
				List.of(scored("out_of_scope", 0.85), scored("greeting", 0.02)),
				"why do they pick ketamine over the usual gas", List.of(scored("anesthesia", 0.8)),
				first + " " + question, List.of(scored("anesthesia", 0.6), scored("safety", 0.3))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "anesthesia");
		assertThat(turn.context()).isEqualTo(ContextUse.READ_WITH_PREVIOUS);
	}

	@Test
	void followUpPointingAtTheSecondOfTwoFormsJustNamedAsksAboutThatForm() {
		String first = "what's the difference between the infusion and the nasal spray";
		String question = "tell me more about the second one";
		ChatService chat = chat(Map.of(first, List.of(scored("administration_routes", 0.9))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "esketamine");
		assertThat(turn.context()).isEqualTo(ContextUse.NAMED_FORM_BY_ORDER);
	}

	@Test
	void followUpPointingAtAFormByItsPlaceInTheAnswerAsksAboutThatForm() {
		String first = "in what ways can ketamine be given";
		String question = "and the first one?";
		ChatService chat = chat(Map.of(first, List.of(scored("administration_routes", 0.9))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "iv_infusion");
	}

	@Test
	void correctionThatOnlyNamesAnotherFormAsksThePreviousQuestionAboutIt() {
		String first = "how much is one infusion";
		String question = "no I meant the nasal spray, not the infusion";
		ChatService chat = chat(Map.of(first, List.of(scored("insurance_cost", 0.9)), "the nasal spray",
				List.of(scored("esketamine", 0.9), scored("administration_routes", 0.05))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "insurance_cost");
		assertThat(turn.context()).isEqualTo(ContextUse.FORM_CORRECTED);
	}

	@Test
	void correctionThatAsksATopicOfItsOwnIsNotThePreviousQuestion() {
		String first = "how much is one infusion";
		String question = "sorry I meant the side effects of the spray";
		ChatService chat = chat(Map.of(first, List.of(scored("insurance_cost", 0.9)), "the side effects of the spray",
				List.of(scored("side_effects", 0.9), scored("esketamine", 0.05)), first + " " + question,
				List.of(scored("insurance_cost", 0.5), scored("side_effects", 0.4))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "side_effects");
		assertThat(turn.context()).isEqualTo(ContextUse.CORRECTION);
	}

	@Test
	void correctionNamingAnotherFormAfterAFormAnswerAsksAboutThatForm() {
		String first = "what is an iv infusion";
		String question = "no I meant the nasal spray";
		ChatService chat = chat(Map.of(first, List.of(scored("iv_infusion", 0.9)), "the nasal spray",
				List.of(scored("esketamine", 0.9)), first + " " + question,
				List.of(scored("iv_infusion", 0.5), scored("esketamine", 0.4))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "esketamine");
	}

	@Test
	void questionAboutAnotherMedicinesOwnEffectsIsHandedOffAfterAnAnswer() {
		String first = "how fast does ketamine work";
		String question = "is it normal to get headaches on metoprolol";
		ChatService chat = chat(Map.of(first, List.of(scored("onset", 0.9)), question,
				List.of(scored("side_effects", 0.45), scored("out_of_scope", 0.4)), first + " " + question,
				List.of(scored("onset", 0.8), scored("side_effects", 0.1))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertHandedOffUnmatched(turn);
		assertThat(turn.context()).isEqualTo(ContextUse.OTHER_MEDICINE_ASKED);
	}

	@Test
	void twoOtherMedicinesTakenWithEachOtherAreHandedOffAfterTheInteractionsAnswer() {
		String first = "does ketamine interact with other medicines";
		String question = "can I take naproxen with acetaminophen at the same time";
		ChatService chat = chat(Map.of(first, List.of(scored("interactions", 0.9)), question,
				List.of(scored("interactions", 0.7), scored("out_of_scope", 0.2))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertHandedOffUnmatched(turn);
	}

	@Test
	void medicinesSomeoneTakesAskedAboutPlainlyStillAskAboutKetamine() {
		String first = "is ketamine safe";
		String question = "my dad takes warfarin and metoprolol, is that a problem?";
		ChatService chat = chat(Map.of(first, List.of(scored("safety", 0.9)), question,
				List.of(scored("interactions", 0.6), scored("out_of_scope", 0.3))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertAnswered(turn, "interactions");
	}

	@Test
	void nasalSprayAfterWhoQualifiesAsksWhoTheSprayIsFor() {
		String question = "and the nasal spray, is it for teens too?";
		ChatService chat = chat(Map.of(WHO, List.of(scored("eligibility", 0.9))));
		ChatTurn turn = secondTurn(chat, WHO, question);
		assertAnswered(turn, "esketamine");
		assertThat(turn.context()).isEqualTo(ContextUse.WHO_FORM_IS_FOR);
	}

	@Test
	void questionAboutTheVisitorsOwnWeekIsNotReadWithThePreviousAnswer() {
		String first = "how fast does ketamine work";
		String question = "will the stock market go up this week";
		ChatService chat = chat(Map.of(first, List.of(scored("onset", 0.9)), question,
				List.of(scored("out_of_scope", 0.6), scored("greeting", 0.2), scored("onset", 0.05)),
				first + " " + question, List.of(scored("onset", 0.8), scored("out_of_scope", 0.1))));
		ChatTurn turn = secondTurn(chat, first, question);
		assertHandedOffUnmatched(turn);
	}

}
