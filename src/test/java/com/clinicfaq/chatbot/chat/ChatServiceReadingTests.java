package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
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
 * Tests for the rules of language {@link ChatService} applies on top of the classifier's rankings: what a message about
 * ketamine treatment, a second question, a correction or a follow-up means. The classifier is a fake that ranks each
 * exact text as the test says (anything else is off-topic), so each test shows one rule with the real catalog, routing
 * policy and safety screen. The rules are tested alone: the shipped follow-up reader is off here, because its weights
 * were trained on the real classifier's scores, not on these scripted ones ({@link FollowUpReaderConversationsTests}
 * replays follow-ups of these kinds through the real classifier with the reader on).
 */
class ChatServiceReadingTests {

	private final Map<String, Prediction> rankings = new HashMap<>();

	private final IntentClassifier classifier = (text) -> this.rankings.getOrDefault(text,
			Prediction.of(new ScoredIntent("out_of_scope", 0.9), new ScoredIntent("greeting", 0.1)));

	private final ChatService chat = new ChatService(TestChatbot.safetyScreen(), this.classifier, TestChatbot::catalog,
			new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
			new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());

	ChatServiceReadingTests() {
		this.chat.useReader(FollowUpReader.NONE);
	}

	private void rank(String text, Object... intentsAndConfidences) {
		ScoredIntent[] ranking = new ScoredIntent[intentsAndConfidences.length / 2];
		for (int i = 0; i < ranking.length; i++) {
			ranking[i] = new ScoredIntent((String) intentsAndConfidences[2 * i],
					(Double) intentsAndConfidences[2 * i + 1]);
		}
		this.rankings.put(text, Prediction.of(ranking));
	}

	private ChatTurn say(String conversation, String text) {
		return this.chat.reply(new ChatRequest(conversation, "web", text));
	}

	private static List<String> answered(ChatTurn turn) {
		return List.of(turn.answer().id().replaceAll("#[0-9a-f]+", "").split("\\+"));
	}

	@Test
	void replyWhenOffTopicWinsAMessageAboutTheTreatmentAnswersOnTheTopics() {
		rank("will my plan pay for the treatment", "out_of_scope", 0.55, "insurance_cost", 0.35, "appointment", 0.1);
		ChatTurn turn = say("r1", "will my plan pay for the treatment");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("insurance_cost");
	}

	@Test
	void replyWhenOffTopicWinsAMessageThatNamesNoTreatmentHandsOff() {
		rank("will my plan pay for the gym", "out_of_scope", 0.55, "insurance_cost", 0.35, "appointment", 0.1);
		ChatTurn turn = say("r2", "will my plan pay for the gym");
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenAFragmentQuestionOfAKetamineMessageLooksOffTopicReadsItOnTheTopics() {
		rank("Can teenagers get ketamine, and how much is it?", "eligibility", 0.7, "insurance_cost", 0.2);
		rank("Can teenagers get ketamine", "eligibility", 0.8, "out_of_scope", 0.1);
		rank("how much is it?", "out_of_scope", 0.6, "insurance_cost", 0.3, "appointment", 0.1);
		ChatTurn turn = say("r3", "Can teenagers get ketamine, and how much is it?");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(answered(turn)).containsExactly("eligibility", "insurance_cost");
	}

	@Test
	void replyWhenTwoQuestionsGetTheSameIntentRereadsTheLessCertainOne() {
		rank("Who discovered ketamine and is it legal where I live?", "legal_status", 0.8, "history", 0.15);
		rank("Who discovered ketamine", "legal_status", 0.5, "history", 0.3, "what_is_ketamine", 0.2);
		rank("is it legal where I live?", "legal_status", 0.9, "fda_approval", 0.1);
		ChatTurn turn = say("r4", "Who discovered ketamine and is it legal where I live?");
		assertThat(answered(turn)).containsExactly("history", "legal_status");
	}

	@Test
	void replyWhenASecondQuestionIsAskedInStatementOrderAnswersBoth() {
		rank("What should I eat before my infusion, and I can drive after?", "preparation", 0.9, "driving", 0.1);
		rank("What should I eat before my infusion", "preparation", 0.9, "aftercare", 0.1);
		rank("I can drive after?", "driving", 0.9, "aftercare", 0.1);
		ChatTurn turn = say("r5", "What should I eat before my infusion, and I can drive after?");
		assertThat(answered(turn)).containsExactly("preparation", "driving");
	}

	@Test
	void replyWhenTheVisitorCorrectsTheLastAnswerAnswersSomethingElse() {
		rank("how long is a session", "session_length", 0.8, "duration", 0.2);
		rank("no I meant how long the good effects last", "session_length", 0.8, "duration", 0.2);
		rank("how long is a session no I meant how long the good effects last", "session_length", 0.55, "duration",
				0.4, "onset", 0.05);
		assertThat(say("r6", "how long is a session").intent().name()).isEqualTo("session_length");
		ChatTurn correction = say("r6", "no I meant how long the good effects last");
		assertThat(correction.route()).isEqualTo(Route.ANSWER);
		assertThat(correction.intent().name()).isEqualTo("duration");
	}

	@Test
	void replyWhenAFollowUpWithoutAPronounAsksSomethingNewAnswersItOnItsOwn() {
		rank("what ways can ketamine be given", "administration_routes", 0.9, "iv_infusion", 0.1);
		rank("which kind works at home then?", "at_home", 0.6, "administration_routes", 0.3, "out_of_scope", 0.1);
		rank("what ways can ketamine be given which kind works at home then?", "administration_routes", 0.6,
				"at_home", 0.35, "out_of_scope", 0.05);
		say("r7", "what ways can ketamine be given");
		assertThat(say("r7", "which kind works at home then?").intent().name()).isEqualTo("at_home");
	}

	@Test
	void replyWhenAFollowUpCarriesTheTopicWithAPronounReadsItWithThePreviousMessage() {
		rank("what side effects can ketamine cause", "side_effects", 0.9, "long_term_effects", 0.1);
		rank("and how long do those hang around", "duration", 0.5, "side_effects", 0.3, "out_of_scope", 0.2);
		rank("what side effects can ketamine cause and how long do those hang around", "side_effects", 0.6,
				"duration", 0.35, "out_of_scope", 0.05);
		say("r8", "what side effects can ketamine cause");
		assertThat(say("r8", "and how long do those hang around").intent().name()).isEqualTo("side_effects");
	}

	@Test
	void replyWhenAStoryEndsWithAQuestionThatIsOnlyLikelyAsksAboutTheQuestion() {
		String story = "I read about your clinic in the paper. My cousin works nearby. Would ketamine be right for me?";
		rank(story, "out_of_scope", 0.9, "eligibility", 0.05, "conditions_treated", 0.05);
		rank("Would ketamine be right for me?", "eligibility", 0.24, "conditions_treated", 0.22, "out_of_scope",
				0.2, "depression", 0.19, "insurance_cost", 0.15);
		ChatTurn turn = say("r9", story);
		assertThat(turn.route()).as(turn.reason() + " " + turn.intent() + " " + turn.verdict()).isEqualTo(Route.CLARIFY);
		assertThat(turn.answer().suggestions()).contains(TestChatbot.catalog().get("eligibility").question(),
				TestChatbot.catalog().get("conditions_treated").question());
	}

	@Test
	void replyWhenAFollowUpQualifiesThePreviousQuestionKeepsItsIntent() {
		rank("is ketamine habit forming", "addiction", 0.9, "recreational_use", 0.1);
		rank("even in small amounts?", "dosing", 0.5, "addiction", 0.2, "out_of_scope", 0.3);
		say("r10", "is ketamine habit forming");
		assertThat(say("r10", "even in small amounts?").intent().name()).isEqualTo("addiction");
	}

	@Test
	void replyWhenAFollowUpComparesAnotherFormKeepsThePreviousIntent() {
		rank("what side effects can ketamine cause", "side_effects", 0.9, "long_term_effects", 0.1);
		rank("are they worse with the injection?", "injection", 0.5, "side_effects", 0.3, "out_of_scope", 0.2);
		say("r11", "what side effects can ketamine cause");
		assertThat(say("r11", "are they worse with the injection?").intent().name()).isEqualTo("side_effects");
	}

	@Test
	void replyWhenAFollowUpSwapsTheConditionKeepsAFrameButNotAConditionIntent() {
		rank("how quickly does ketamine work for depression", "onset", 0.9, "depression", 0.1);
		rank("and for ocd?", "conditions_treated", 0.5, "onset", 0.2, "out_of_scope", 0.3);
		say("r12", "how quickly does ketamine work for depression");
		assertThat(say("r12", "and for ocd?").intent().name()).isEqualTo("onset");

		rank("does ketamine help depression", "depression", 0.9, "conditions_treated", 0.1);
		say("r13", "does ketamine help depression");
		assertThat(say("r13", "and for ocd?").intent().name()).isEqualTo("conditions_treated");
	}

	@Test
	void replyWhenAFollowUpSaysItReadsItAsTheTreatment() {
		rank("what is ketamine exactly", "what_is_ketamine", 0.9, "mechanism", 0.1);
		rank("how do they give it?", "out_of_scope", 0.6, "dosing", 0.2, "monitoring", 0.2);
		rank("how do they give ketamine", "administration_routes", 0.8, "iv_infusion", 0.2);
		say("r14", "what is ketamine exactly");
		assertThat(say("r14", "how do they give it?").intent().name()).isEqualTo("administration_routes");
	}

	@Test
	void replyWhenAFollowUpWithAPronounAsksATopicOfItsOwnAnswersThatTopic() {
		rank("how often are the boosters", "treatment_course", 0.9, "insurance_cost", 0.1);
		rank("are those covered too", "insurance_cost", 0.69, "out_of_scope", 0.2, "treatment_course", 0.11);
		rank("how often are the boosters are those covered too", "treatment_course", 0.83, "insurance_cost", 0.17);
		say("r15", "how often are the boosters");
		assertThat(say("r15", "are those covered too").intent().name()).isEqualTo("insurance_cost");
	}

	@Test
	void replyWhenAFollowUpAsksHowLongTheEffectsJustDescribedLastKeepsThoseEffects() {
		rank("what side effects can ketamine cause", "side_effects", 0.9, "long_term_effects", 0.1);
		rank("HOW LONG DO THEY LAST", "duration", 0.74, "session_length", 0.16, "out_of_scope", 0.1);
		say("r16", "what side effects can ketamine cause");
		assertThat(say("r16", "HOW LONG DO THEY LAST").intent().name()).isEqualTo("side_effects");
		// the same words with nothing before them ask how long ketamine's effect lasts
		assertThat(say("r16b", "HOW LONG DO THEY LAST").intent().name()).isEqualTo("duration");
	}

	@Test
	void replyWhenAFollowUpNamesAnotherConditionAfterAConditionAnswersThatCondition() {
		rank("does ketamine help depression", "depression", 0.9, "conditions_treated", 0.1);
		rank("and for ptsd?", "out_of_scope", 0.5, "ptsd", 0.3, "depression", 0.2);
		say("r17", "does ketamine help depression");
		assertThat(say("r17", "and for ptsd?").intent().name()).isEqualTo("ptsd");
		rank("n for ocd?", "greeting", 0.5, "out_of_scope", 0.3, "depression", 0.2);
		assertThat(say("r17", "n for ocd?").intent().name()).isEqualTo("conditions_treated");
	}

	@Test
	void replyWhenAFollowUpIsInChatSpellingReadsItAsTheWordsItStandsFor() {
		rank("what side effects can ketamine cause", "side_effects", 0.9, "long_term_effects", 0.1);
		rank("n the shot", "greeting", 0.6, "injection", 0.3, "out_of_scope", 0.1);
		say("r18", "what side effects can ketamine cause");
		assertThat(say("r18", "n the shot").intent().name()).isEqualTo("side_effects");
	}

	@Test
	void replyWhenAFragmentFollowsReadsItAsThePreviousQuestionCutShort() {
		rank("cost?", "insurance_cost", 0.9, "treatment_course", 0.1);
		rank("per session?", "treatment_course", 0.6, "session_length", 0.3, "insurance_cost", 0.1);
		rank("cost? per session?", "insurance_cost", 0.85, "treatment_course", 0.15);
		say("r19", "cost?");
		assertThat(say("r19", "per session?").intent().name()).isEqualTo("insurance_cost");
	}

	@Test
	void replyWhenAFollowUpAfterWhatKetamineIsSaysItReadsItAsKetamineEvenWhenContextRepeats() {
		rank("what is ketamine exactly", "what_is_ketamine", 0.9, "mechanism", 0.1);
		rank("how is it given", "out_of_scope", 0.4, "bot_capabilities", 0.3, "monitoring", 0.3);
		rank("what is ketamine exactly how is it given", "what_is_ketamine", 0.57, "mechanism", 0.22, "iv_infusion",
				0.21);
		rank("how is ketamine given", "administration_routes", 0.75, "mechanism", 0.25);
		say("r20", "what is ketamine exactly");
		assertThat(say("r20", "how is it given").intent().name()).isEqualTo("administration_routes");
	}

	@Test
	void replyWhenTheVisitorWantsBothOptionsAnswersBoth() {
		rank("how long is it", "session_length", 0.45, "duration", 0.43, "out_of_scope", 0.12);
		ChatTurn clarify = say("r21", "how long is it");
		assertThat(clarify.route()).isEqualTo(Route.CLARIFY);
		assertThat(answered(say("r21", "both please"))).containsExactlyInAnyOrder("session_length", "duration");
	}

	@Test
	void replyWhenTheVisitorSaysNoAndChoosesAnotherOptionAnswersThatOption() {
		rank("how long is it", "session_length", 0.45, "duration", 0.43, "out_of_scope", 0.12);
		say("r22", "how long is it");
		ChatTurn turn = say("r22", "no, the second one");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("duration");
	}

	@Test
	void replyWhenAMedicineIsNamedAloneAfterAnInteractionsAnswerAsksThatQuestionAboutIt() {
		rank("can I take ketamine while on prozac", "interactions", 0.9, "contraindications", 0.1);
		rank("zoloft?", "out_of_scope", 0.8, "interactions", 0.2);
		say("r23", "can I take ketamine while on prozac");
		ChatTurn turn = say("r23", "zoloft?");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("interactions");
		// the same word after another topic is a question about that medicine: handed off
		rank("how long does a session take", "session_length", 0.9, "duration", 0.1);
		say("r24", "how long does a session take");
		assertThat(say("r24", "zoloft?").route()).isEqualTo(Route.HANDOFF);
	}

}
