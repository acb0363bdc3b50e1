package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.safety.SafetyRules;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link ChatService} reads a message with the conversation: follow-ups, replies to "did you mean
 * ...?", several questions, other medicines, and the limits (idle expiry, safety first). Real catalog and classifier.
 */
class ChatServiceConversationTests {

	private final AtomicLong nanos = new AtomicLong();

	private final ChatService chat = new ChatService(TestChatbot.safetyScreen(), TestChatbot.classifier(),
			TestChatbot::catalog, new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
			new ConversationStore(Duration.ofMinutes(30), 100, this.nanos::get), Clock.systemUTC());

	private ChatTurn say(String conversation, String text) {
		return this.chat.reply(new ChatRequest(conversation, "web", text));
	}

	@Test
	void replyWhenAFollowUpAsksTheSameAboutAnotherMedicineKeepsThePreviousIntent() {
		assertThat(say("c1", "does ketamine interact with my antidepressant").intent().name()).isEqualTo("interactions");
		ChatTurn followUp = say("c1", "what about lithium?");
		assertThat(followUp.route()).isEqualTo(Route.ANSWER);
		assertThat(followUp.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenAFollowUpAsksTheSameAboutAnotherFormKeepsThePreviousIntent() {
		assertThat(say("c2", "how fast does ketamine start working").intent().name()).isEqualTo("onset");
		assertThat(say("c2", "is it the same for the injection?").intent().name()).isEqualTo("onset");
	}

	@Test
	void replyWhenAFollowUpCutsThePreviousQuestionShortAsksItAgain() {
		assertThat(say("c20", "can i drive myself home after an infusion").intent().name()).isEqualTo("driving");
		assertThat(say("c20", "what about the following day?").intent().name()).isEqualTo("driving");
	}

	@Test
	void replyWhenACorrectionSaysWhatItDidNotMeanLeavesThatOut() {
		say("c21", "how long does it last");
		ChatTurn corrected = say("c21", "no I meant the appointment itself, not the effects");
		assertThat(corrected.route()).isEqualTo(Route.ANSWER);
		assertThat(corrected.intent().name()).isEqualTo("session_length");
	}

	@Test
	void replyWhenAFollowUpNamesNothingNewKeepsTheTopicAndSaysWhy() {
		ChatTurn first = say("c30", "can i drive myself home after an infusion");
		assertThat(first.intent().name()).isEqualTo("driving");
		assertThat(first.context()).isNull();
		ChatTurn why = say("c30", "why not?");
		assertThat(why.route()).isEqualTo(Route.ANSWER);
		assertThat(why.intent().name()).isEqualTo("driving");
		assertThat(why.context()).isEqualTo(ContextUse.SAME_TOPIC_NOTHING_NEW);
	}

	@Test
	void replyWhenAFollowUpSaysTheVisitorIsOnAnotherMedicineAnswersInteractions() {
		assertThat(say("c31", "what are the side effects of ketamine").intent().name()).isEqualTo("side_effects");
		ChatTurn onIt = say("c31", "and what if I'm on sertraline?");
		assertThat(onIt.route()).isEqualTo(Route.ANSWER);
		assertThat(onIt.intent().name()).isEqualTo("interactions");
		assertThat(onIt.context()).isEqualTo(ContextUse.MEDICINE_TAKEN);
	}

	@Test
	void replyWhenAFollowUpNamesTheVisitorsOwnMedicineAfterInteractionsAsksTheSameAboutIt() {
		assertThat(say("c32", "does ketamine interact with my antidepressant").intent().name()).isEqualTo("interactions");
		ChatTurn inhaler = say("c32", "what about my asthma inhaler");
		assertThat(inhaler.route()).isEqualTo(Route.ANSWER);
		assertThat(inhaler.intent().name()).isEqualTo("interactions");
		assertThat(inhaler.context()).isEqualTo(ContextUse.SAME_QUESTION);
	}

	@Test
	void replyWhenAFollowUpDoubtsTheAnswerKeepsItsTopic() {
		assertThat(say("c33", "how fast does ketamine start working").intent().name()).isEqualTo("onset");
		assertThat(say("c33", "is that true?").intent().name()).isEqualTo("onset");
	}

	@Test
	void replyWhenAFollowUpNamesAMedicineAfterWhoShouldNotHaveKetamineAsksWhetherItGoesWithKetamine() {
		assertThat(say("c41", "who should not get ketamine treatment").intent().name()).isEqualTo("contraindications");
		ChatTurn medicine = say("c41", "and someone on tranylcypromine?");
		assertThat(medicine.route()).isEqualTo(Route.ANSWER);
		assertThat(medicine.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenAFollowUpOnlyListsMedicinesAfterInteractionsAnswersForThem() {
		assertThat(say("c42", "would any of my medicines be a problem with ketamine").intent().name())
			.isEqualTo("interactions");
		ChatTurn listed = say("c42", "Lisinopril, sertraline and a statin.");
		assertThat(listed.route()).isEqualTo(Route.ANSWER);
		assertThat(listed.intent().name()).isEqualTo("interactions");
		assertThat(listed.context()).isEqualTo(ContextUse.MEDICINES_LISTED);
	}

	@Test
	void replyWhenAFollowUpTellsAnAgeOrAHistoryAfterWhoQualifiesAnswersWhoQualifies() {
		assertThat(say("c43", "could i get ketamine treatment").intent().name()).isEqualTo("eligibility");
		ChatTurn age = say("c43", "i'm 16 by the way");
		assertThat(age.route()).isEqualTo(Route.ANSWER);
		assertThat(age.intent().name()).isEqualTo("eligibility");
		assertThat(say("c44", "could i get ketamine treatment").intent().name()).isEqualTo("eligibility");
		ChatTurn history = say("c44", "Got diagnosed in college, tried three different pills since.");
		assertThat(history.route()).isEqualTo(Route.ANSWER);
		assertThat(history.intent().name()).isEqualTo("eligibility");
	}

	@Test
	void replyWhenAnAgeIsToldAfterAnotherAnswerAnswersWhoQualifies() {
		assertThat(say("c45", "can ketamine help anxiety").intent().name()).isEqualTo("anxiety");
		ChatTurn age = say("c45", "i am 16 years old");
		assertThat(age.route()).isEqualTo(Route.ANSWER);
		assertThat(age.intent().name()).isEqualTo("eligibility");
		assertThat(age.context()).isEqualTo(ContextUse.DETAILS_FOR_CANDIDACY);
	}

	@Test
	void replyWhenWeeksOfPregnancyAreToldAfterWhoQualifiesDoesNotReadThemAsAnAge() {
		assertThat(say("c46", "could i get ketamine treatment").intent().name()).isEqualTo("eligibility");
		assertThat(say("c46", "i'm 24 weeks along").context()).isNotEqualTo(ContextUse.DETAILS_FOR_CANDIDACY);
	}

	@Test
	void replyWhenAnOlderPersonsAgeIsAskedAfterAnAnswerWithWhoAsksAfterItAnswersWhoQualifies() {
		// session 37 (a kind from the read development material, s35a; our own words)
		assertThat(say("c47", "is ketamine treatment safe").intent().name()).isEqualTo("safety");
		ChatTurn age = say("c47", "Even for somebody who is 81? Asking for my grandma.");
		assertThat(age.route()).isEqualTo(Route.ANSWER);
		assertThat(age.intent().name()).isEqualTo("eligibility");
	}

	// session 38: a remark of one's own after a short follow-up, and medicines named as history before a candidacy
	// question (our own sentences)
	@Test
	void replyWhenAFollowUpSwapsTheConditionWithARemarkOfOnesOwnAfterItAnswersThatCondition() {
		assertThat(say("c60", "does it work for depression?").intent().name()).isEqualTo("depression");
		ChatTurn pain = say("c60", "What about migraines? I get awful ones every month since my accident");
		assertThat(pain.route()).isEqualTo(Route.ANSWER);
		assertThat(pain.intent().name()).isEqualTo("chronic_pain");
	}

	@Test
	void replyWhenMedicinesTriedAreToldBeforeAskingWhetherTheVisitorQualifiesAnswersWhoQualifies() {
		assertThat(say("c61", "does ketamine work for depression").intent().name()).isEqualTo("depression");
		ChatTurn qualify = say("c61", "I have been on Prozac and Wellbutrin for years with no luck. Am I a candidate?");
		assertThat(qualify.route()).isEqualTo(Route.ANSWER);
		assertThat(qualify.intent().name()).isEqualTo("eligibility");
		ChatTurn listed = say("c67", "Paxil, then celexa, then effexor. None of them worked. Would I qualify?");
		assertThat(listed.route()).isEqualTo(Route.ANSWER);
		assertThat(listed.intent().name()).isIn("eligibility", "contraindications");
	}

	@Test
	void replyWhenAFirstMessageAsksWhetherItGoesWithAMedicineAnswersInteractions() {
		ChatTurn withXanax = say("c62", "is it safe with xanax?");
		assertThat(withXanax.route()).isEqualTo(Route.ANSWER);
		assertThat(withXanax.intent().name()).isEqualTo("interactions");
		assertThat(say("c63", "is it ok to take ibuprofen with my blood pressure pills?").reason())
			.isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenTheVisitorDoubtsTheAnswerJustGivenAnswersTheSameAgain() {
		assertThat(say("c64", "can you get addicted to ketamine").intent().name()).isEqualTo("addiction");
		ChatTurn doubt = say("c64", "says who?");
		assertThat(doubt.route()).isEqualTo(Route.ANSWER);
		assertThat(doubt.intent().name()).isEqualTo("addiction");
		assertThat(doubt.context()).isEqualTo(ContextUse.ANSWER_DOUBTED);
		assertThat(say("c65", "really?").reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenAMessageOnlyNamesAnInsurerAnswersCost() {
		for (String message : List.of("do u guys take humana", "medicaid?")) {
			ChatTurn insurer = say("c66-" + message, message);
			assertThat(insurer.route()).as(message).isEqualTo(Route.ANSWER);
			assertThat(insurer.intent().name()).as(message).isEqualTo("insurance_cost");
		}
	}

	// session 39 (our own sentences)
	@Test
	void replyWhenOnlyAnotherMedicineFollowsAnInteractionsAnswerAnswersInteractionsAgain() {
		assertThat(say("c68", "Is it okay with sleeping pills?").intent().name()).isEqualTo("interactions");
		ChatTurn lithium = say("c68", "What about lithium?");
		assertThat(lithium.route()).isEqualTo(Route.ANSWER);
		assertThat(lithium.intent().name()).isEqualTo("interactions");
		assertThat(lithium.context()).isEqualTo(ContextUse.SAME_QUESTION);
	}

	@Test
	void replyWhenALaterQuestionPointsAtAFormNamedBeforeReadsItAsThatForm() {
		ChatTurn spray = say("c69", "My psychiatrist keeps bringing up the nasal spray. What is it and how is it different from an infusion?");
		assertThat(spray.route()).isEqualTo(Route.ANSWER);
		assertThat(spray.answer().id()).startsWith("esketamine#").doesNotContain("what_is_ketamine");
		ChatTurn advert = say("c69b", "I saw an ad for Spravato on TV. What is it and is it the same as ketamine?");
		assertThat(advert.answer().id()).startsWith("esketamine#");
		ChatTurn family = say("c69c", "My uncle shot himself years ago. There is a lot of anxiety in our family. Is it inherited?");
		assertThat(family.answer().id()).doesNotContain("injection");
	}

	@Test
	void replyWhenSomeoneElseAsksToReachTheClinicHandsOffAsARequest() {
		for (String message : List.of("My mom wants to learn more about this. Could she call someone at the clinic?",
				"could my husband call someone there tomorrow?", "can my sister talk to a person about her options")) {
			ChatTurn request = say("c70-" + message.length(), message);
			assertThat(request.route()).as(message).isEqualTo(Route.HANDOFF);
			assertThat(request.reason()).as(message).isEqualTo(HandoffReason.REQUESTED);
		}
	}

	@Test
	void replyWhenTheVisitorSaysWhatTheyTakeAndAsksIfThatIsStillOkAnswersInteractions() {
		assertThat(say("c72", "is ketamine a safe treatment").intent().name()).isEqualTo("safety");
		ChatTurn onIt = say("c72", "fyi I'm on seroquel, still safe?");
		assertThat(onIt.route()).isEqualTo(Route.ANSWER);
		assertThat(onIt.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenKetamineIsAskedForAnAnimalHandsOff() {
		assertThat(say("c71", "is ketamine used in surgery").intent().name()).isEqualTo("anesthesia");
		ChatTurn pet = say("c71", "oh I meant for my puppy, our vet said she'd use it for his neuter surgery");
		assertThat(pet.route()).isEqualTo(Route.HANDOFF);
		assertThat(pet.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	// session 40 (our own sentences)
	@Test
	void replyWhenOnlyAConditionFollowsAnAnswerAboutConditionsAnswersForThatCondition() {
		assertThat(say("c73", "which illnesses is ketamine used for").intent().name()).isEqualTo("conditions_treated");
		ChatTurn migraine = say("c73", "migraine");
		assertThat(migraine.route()).isEqualTo(Route.ANSWER);
		assertThat(migraine.intent().name()).isEqualTo("chronic_pain");
		assertThat(say("c73b", "does ketamine help anxiety").intent().name()).isEqualTo("anxiety");
		ChatTurn ptsd = say("c73b", "ptsd too");
		assertThat(ptsd.route()).isEqualTo(Route.ANSWER);
		assertThat(ptsd.intent().name()).isEqualTo("ptsd");
	}

	@Test
	void replyWhenAnAgeGroupFollowsAnAnswerAboutAConditionAnswersWhoQualifies() {
		assertThat(say("c74", "is it used for ptsd").intent().name()).isEqualTo("ptsd");
		ChatTurn kids = say("c74", "and kids?");
		assertThat(kids.route()).isEqualTo(Route.ANSWER);
		assertThat(kids.intent().name()).isEqualTo("eligibility");
		assertThat(say("c74b", "can ketamine treat depression").intent().name()).isEqualTo("depression");
		assertThat(say("c74b", "what about teenagers").intent().name()).isEqualTo("eligibility");
		assertThat(say("c74c", "does it work for nerve pain").intent().name()).isEqualTo("chronic_pain");
		assertThat(say("c74c", "and for older people?").intent().name()).isEqualTo("eligibility");
		// after how fast it works, an age group asks how fast for them: not who qualifies
		assertThat(say("c74d", "how quickly does it work").intent().name()).isEqualTo("onset");
		assertThat(say("c74d", "same for teens?").intent().name()).isEqualTo("onset");
	}

	@Test
	void replyWhenOnlyTheVisitorsOwnMedicinesFollowHowToGetReadyAnswersHowToGetReady() {
		assertThat(say("c75", "do i need to fast before").intent().name()).isEqualTo("preparation");
		ChatTurn meds = say("c75", "and my medication?");
		assertThat(meds.route()).isEqualTo(Route.ANSWER);
		assertThat(meds.intent().name()).isEqualTo("preparation");
	}

	@Test
	void replyWhenHowManyOfThemFollowsAnAnswerAboutASessionAnswersTheCourseOfTreatment() {
		assertThat(say("c76", "how long is one infusion appointment").intent().name()).isEqualTo("session_length");
		ChatTurn many = say("c76", "and how many of them");
		assertThat(many.route()).isEqualTo(Route.ANSWER);
		assertThat(many.intent().name()).isEqualTo("treatment_course");
		assertThat(say("c76b", "what is a session like").intent().name()).isEqualTo("session_experience");
		assertThat(say("c76b", "ok how many of them").intent().name()).isEqualTo("treatment_course");
	}

	@Test
	void replyWhenWhichOfTheFormsCanBeUsedAtHomeFollowsTheFormsAnswersTreatmentAtHome() {
		assertThat(say("c77", "what are the different ways ketamine is given").intent().name())
			.isEqualTo("administration_routes");
		ChatTurn home = say("c77", "ok which one can i do at home then");
		assertThat(home.route()).isEqualTo(Route.ANSWER);
		assertThat(home.intent().name()).isEqualTo("at_home");
		assertThat(say("c77b", "what forms of ketamine are there").intent().name()).isEqualTo("administration_routes");
		assertThat(say("c77b", "which one do you offer most").intent().name()).isEqualTo("administration_routes");
	}

	@Test
	void replyWhenWhatToDoFollowsTheOverdoseAnswerAnswersOverdoseAgain() {
		assertThat(say("c78", "what happens when somebody takes too much ketamine").intent().name())
			.isEqualTo("overdose");
		ChatTurn todo = say("c78", "ok so what are we supposed to do then");
		assertThat(todo.route()).isEqualTo(Route.ANSWER);
		assertThat(todo.intent().name()).isEqualTo("overdose");
	}

	@Test
	void replyWhenTheTimeAroundASessionFollowsItsLengthAnswersTheLengthAgain() {
		assertThat(say("c79", "how long does one infusion take").intent().name()).isEqualTo("session_length");
		ChatTurn whole = say("c79", "and the entire appointment, including recovery?");
		assertThat(whole.route()).isEqualTo(Route.ANSWER);
		assertThat(whole.intent().name()).isEqualTo("session_length");
	}

	@Test
	void replyWhenWhichScheduleFollowsTheLegalAnswerAnswersTheLegalStatusAgain() {
		assertThat(say("c80", "is it even legal to use ketamine").intent().name()).isEqualTo("legal_status");
		ChatTurn schedule = say("c80", "which schedule is it in");
		assertThat(schedule.route()).isEqualTo(Route.ANSWER);
		assertThat(schedule.intent().name()).isEqualTo("legal_status");
	}

	@Test
	void replyWhenWhySomethingTheAnswerNamedFollowsAnswersThatAnswerAgain() {
		assertThat(say("c81", "what do the nurses keep an eye on during an infusion").intent().name())
			.isEqualTo("monitoring");
		ChatTurn why = say("c81", "ok but why the oxygen level?");
		assertThat(why.route()).isEqualTo(Route.ANSWER);
		assertThat(why.intent().name()).isEqualTo("monitoring");
	}

	@Test
	void replyWhenAddictionFollowsAnAnswerAboutAHarmAnswersWhetherItIsHabitForming() {
		say("c82", "what are the side effects");
		assertThat(say("c82", "what about long term").intent().name()).isEqualTo("long_term_effects");
		ChatTurn addiction = say("c82", "and addiction?");
		assertThat(addiction.route()).isEqualTo(Route.ANSWER);
		assertThat(addiction.intent().name()).isEqualTo("addiction");
	}

	@Test
	void replyWhenHowLongEachOneFollowsHowManySessionsAnswersTheSessionLength() {
		assertThat(say("c83", "how many infusions are usually needed?").intent().name()).isEqualTo("treatment_course");
		ChatTurn each = say("c83", "and how long is each one");
		assertThat(each.route()).isEqualTo(Route.ANSWER);
		assertThat(each.intent().name()).isEqualTo("session_length");
	}

	@Test
	void replyWhenTheInfusionIsComparedAfterTheInjectionAnswersTheInjection() {
		assertThat(say("c84", "what is a ketamine shot").intent().name()).isEqualTo("injection");
		ChatTurn compared = say("c84", "how does that differ from an IV drip");
		assertThat(compared.route()).isEqualTo(Route.ANSWER);
		assertThat(compared.intent().name()).isEqualTo("injection");
	}

	@Test
	void replyWhenAnotherFormFollowsAnAnswerAboutOneFormAnswersThatForm() {
		assertThat(say("c86", "how is a ketamine infusion given").intent().name()).isEqualTo("iv_infusion");
		ChatTurn spray = say("c86", "and the nasal spray?");
		assertThat(spray.route()).isEqualTo(Route.ANSWER);
		assertThat(spray.intent().name()).isEqualTo("esketamine");
		ChatTurn shot = say("c86", "what about the shot");
		assertThat(shot.route()).isEqualTo(Route.ANSWER);
		assertThat(shot.intent().name()).isEqualTo("injection");
	}

	@Test
	void replyWhenAQuestionOfItsOwnComparesWithTheInfusionAfterTheInjectionAnswersThatQuestion() {
		assertThat(say("c87", "what is an IM ketamine injection").intent().name()).isEqualTo("injection");
		ChatTurn count = say("c87", "how many of them will I need compared to infusions");
		assertThat(count.route()).isEqualTo(Route.ANSWER);
		assertThat(count.intent().name()).isEqualTo("treatment_course");
	}

	@Test
	void replyWhenTreatmentsHadBeforeAreAskedAfterAnAnswerAnswersWhoQualifies() {
		assertThat(say("c88", "can ketamine help with depression").intent().name()).isEqualTo("depression");
		ChatTurn before = say("c88", "what would I need to have tried first");
		assertThat(before.route()).isEqualTo(Route.ANSWER);
		assertThat(before.intent().name()).isEqualTo("eligibility");
	}

	@Test
	void replyWhenAFollowUpPointsAtTheRiskJustDescribedAnswersThatAnswerAgain() {
		assertThat(say("c89", "can you get hooked on ketamine").intent().name()).isEqualTo("addiction");
		ChatTurn risk = say("c89", "is that risk lower in a clinic?");
		assertThat(risk.route()).isEqualTo(Route.ANSWER);
		assertThat(risk.intent().name()).isEqualTo("addiction");
	}

	@Test
	void replyWhenAFollowUpTellsTheStateOfOnesHealthAnswersWhoShouldNotHaveIt() {
		assertThat(say("c90", "is ketamine safe").intent().name()).isEqualTo("safety");
		ChatTurn state = say("c90", "and my blood pressure, its high");
		assertThat(state.route()).isEqualTo(Route.ANSWER);
		assertThat(state.intent().name()).isEqualTo("contraindications");
	}

	@Test
	void replyWhenAnOpeningQuestionAsksIfItHelpsACatalogConditionAnswersThatCondition() {
		ChatTurn helps = say("c91", "does it help with migraine");
		assertThat(helps.route()).isEqualTo(Route.ANSWER);
		assertThat(helps.intent().name()).isEqualTo("chronic_pain");
		ChatTurn other = say("c92", "does sumatriptan help with migraine");
		assertThat(other.route()).isEqualTo(Route.HANDOFF);
		assertThat(other.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenAnOpeningQuestionAsksWhatMustBeTriedFirstAnswersWhoQualifies() {
		ChatTurn before = say("c93", "do i need to try other medicines before ketamine");
		assertThat(before.route()).isEqualTo(Route.ANSWER);
		assertThat(before.intent().name()).isEqualTo("eligibility");
	}

	@Test
	void replyWhenAQuestionAsksHowOneFormIsGivenAnswersThatForm() {
		assertThat(say("c95", "Ketamine how many way to take?").intent().name()).isEqualTo("administration_routes");
		ChatTurn iv = say("c95", "And IV how they give?");
		assertThat(iv.route()).isEqualTo(Route.ANSWER);
		assertThat(iv.intent().name()).isEqualTo("iv_infusion");
	}

	@Test
	void replyWhenAFollowUpNamesAFormThenAsksItsOwnQuestionAfterADashAnswersThatQuestion() {
		assertThat(say("c96", "Is ketamine legal in the US?").intent().name()).isEqualTo("legal_status");
		ChatTurn approved = say("c96", "And the nasal spray - is that one FDA approved?");
		assertThat(approved.route()).isEqualTo(Route.ANSWER);
		assertThat(approved.intent().name()).isEqualTo("fda_approval");
	}

	@Test
	void replyWhenAFollowUpOnlyNamesWhatToCompareWithAnswersThePreviousQuestion() {
		assertThat(say("c97", "what dose do you use for depression").intent().name()).isEqualTo("dosing");
		ChatTurn compared = say("c97", "and compared to an operation?");
		assertThat(compared.route()).isEqualTo(Route.ANSWER);
		assertThat(compared.intent().name()).isEqualTo("dosing");
	}

	@Test
	void replyWhenAFollowUpAsksIfTheConditionsTreatmentIsTheSprayAnswersTheSpray() {
		assertThat(say("c98", "does ketamine help with depression").intent().name()).isEqualTo("depression");
		ChatTurn spray = say("c98", "is it the spray one");
		assertThat(spray.route()).isEqualTo(Route.ANSWER);
		assertThat(spray.intent().name()).isEqualTo("esketamine");
	}

	@Test
	void replyWhenTwoQuestionsNameAMedicineForTheSecondAnswersBoth() {
		ChatTurn both = say("c100", "can I have it while pregnant? also does it interact with my prozac?");
		assertThat(both.route()).isEqualTo(Route.ANSWER);
		assertThat(both.intent().name()).isEqualTo("pregnancy");
		assertThat(both.answer().id()).contains("pregnancy").contains("interactions");
	}

	@Test
	void replyWhenACloseCallAsksHowToBookHandsOffToBook() {
		ChatTurn book = say("c102", "how do i set up my first appointment");
		assertThat(book.route()).isEqualTo(Route.HANDOFF);
		assertThat(book.reason()).isEqualTo(HandoffReason.REQUESTED);
	}

	@Test
	void replyWhenHowDoesItWorkFollowsAnAnswerAboutTheMedicineAnswersHowItWorks() {
		assertThat(say("c103", "when was ketamine invented").intent().name()).isEqualTo("history");
		ChatTurn works = say("c103", "and how does it work?");
		assertThat(works.route()).isEqualTo(Route.ANSWER);
		assertThat(works.intent().name()).isEqualTo("mechanism");
	}

	@Test
	void replyWhenTheDayAfterFollowsGettingReadyAnswersRecovery() {
		assertThat(say("c104", "can I have coffee the morning before my session?").intent().name())
			.isEqualTo("preparation");
		ChatTurn after = say("c104", "and the day after?");
		assertThat(after.route()).isEqualTo(Route.ANSWER);
		assertThat(after.intent().name()).isEqualTo("aftercare");
	}

	@Test
	void replyWhenALongFollowUpAsksTheSameOfAnotherFormKeepsTheQuestion() {
		assertThat(say("c105", "how long is one infusion?").intent().name()).isEqualTo("session_length");
		ChatTurn spray = say("c105", "and for the nasal spray one, is that roughly the same length of time?");
		assertThat(spray.route()).isEqualTo(Route.ANSWER);
		assertThat(spray.intent().name()).isEqualTo("session_length");
	}

	@Test
	void replyWhenAShortQuestionPointsAtWhatWasJustToldReadsThemTogether() {
		ChatTurn both = say("c107", "I'm breastfeeding - is that an issue? And who generally can't have ketamine?");
		assertThat(both.route()).isEqualTo(Route.ANSWER);
		assertThat(both.answer().id()).contains("pregnancy").contains("contraindications");
	}

	// session 48 (our own sentences)
	@Test
	void replyWhenAFollowUpAsksTheSameForAMedicineTheVisitorTakesAnswersInteractions() {
		assertThat(say("c108", "is ketamine safe for older people").intent().name()).isEqualTo("safety");
		ChatTurn taking = say("c108", "what about if im on warfarin");
		assertThat(taking.route()).isEqualTo(Route.ANSWER);
		assertThat(taking.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenAFollowUpAsksTheSameWithSomethingMoreKeepsTheQuestion() {
		assertThat(say("c112", "can a 16 year old get ketamine").intent().name()).isEqualTo("eligibility");
		ChatTurn consent = say("c112", "and with a parent's consent?");
		assertThat(consent.route()).isEqualTo(Route.ANSWER);
		assertThat(consent.intent().name()).isEqualTo("eligibility");
	}

	@Test
	void replyWhenABareHowOftenOrHowLongFollowsKeepsTheQuestionItMeasures() {
		assertThat(say("c113", "do the nurses check my heart rate while im on the drip").intent().name())
			.isEqualTo("monitoring");
		ChatTurn often = say("c113", "and how often?");
		assertThat(often.route()).isEqualTo(Route.ANSWER);
		assertThat(often.intent().name()).isEqualTo("monitoring");
		assertThat(say("c114", "Should I avoid eating before my session?").intent().name()).isEqualTo("preparation");
		ChatTurn hours = say("c114", "for how many hours?");
		assertThat(hours.route()).isEqualTo(Route.ANSWER);
		assertThat(hours.intent().name()).isEqualTo("preparation");
		assertThat(say("c115", "How many infusions will I need?").intent().name()).isEqualTo("treatment_course");
		assertThat(say("c115", "how often?").intent().name()).isEqualTo("treatment_course");
	}

	@Test
	void replyWhenKetamineIsNamedOnlyBeforeAnotherRealQuestionHandsOff() {
		ChatTurn yoga = say("c116", "My neighbour had a ketamine infusion last month, but what I want to know is does yoga help anxiety");
		assertThat(yoga.route()).isEqualTo(Route.HANDOFF);
		assertThat(yoga.reason()).isEqualTo(HandoffReason.UNMATCHED);
		ChatTurn ours = say("c117", "My doctor mentioned acupuncture, but my real question is whether ketamine helps nerve pain");
		assertThat(ours.route()).isEqualTo(Route.ANSWER);
		assertThat(ours.intent().name()).isEqualTo("chronic_pain");
	}

	@Test
	void replyWhenTheVisitorAsksWhoStaysWithThemAnswersWhoGivesAndWatchesTheTreatment() {
		ChatTurn present = say("c120", "will someone be in the room with my mom during her session?");
		assertThat(present.route()).isEqualTo(Route.ANSWER);
		assertThat(present.intent().name()).isEqualTo("monitoring");
		ChatTurn person = say("c121", "can i talk to someone in person");
		assertThat(person.route()).isEqualTo(Route.HANDOFF);
		assertThat(person.reason()).isEqualTo(HandoffReason.REQUESTED);
	}

	@Test
	void replyWhenAnotherServiceIsAskedAsSomethingOtherClinicsDoHandsOff() {
		// session 50: a service some clinics offer is not ours because the message says "clinics"
		ChatTurn botox = say("c122", "do you do botox too? my sister said some clinics do");
		assertThat(botox.route()).isEqualTo(Route.HANDOFF);
		assertThat(botox.reason()).isEqualTo(HandoffReason.UNMATCHED);
		ChatTurn reiki = say("c123", "do u guys offer reiki as well? some clinics have it");
		assertThat(reiki.route()).isEqualTo(Route.HANDOFF);
		assertThat(reiki.reason()).isEqualTo(HandoffReason.UNMATCHED);
		// exercise after a session stays ours
		ChatTurn yoga = say("c127", "is it ok to do yoga the evening after my session?");
		assertThat(yoga.route()).isEqualTo(Route.ANSWER);
		assertThat(yoga.intent().name()).isEqualTo("aftercare");
	}

	@Test
	void replyWhenAMedicineClassIsToBeStoppedForTheTreatmentAnswersInteractions() {
		// session 50: class names of medicines ("triptans", "NSAIDs") are medicines as their members are
		ChatTurn triptans = say("c124", "do i have to stop my triptans before ketamine?");
		assertThat(triptans.route()).isEqualTo(Route.ANSWER);
		assertThat(triptans.intent().name()).isEqualTo("interactions");
		ChatTurn nsaids = say("c125", "can i keep taking nsaids with ketamine infusions?");
		assertThat(nsaids.route()).isEqualTo(Route.ANSWER);
		assertThat(nsaids.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenHowLongBeforehandEndsWithAFillerKeepsPreparation() {
		// session 51: "though" or "tho" after a bare "how many hours before" asks the same about getting ready
		say("c128", "is it ok to have a glass of wine before my infusion");
		ChatTurn hours = say("c128", "how many hours before though");
		assertThat(hours.route()).isEqualTo(Route.ANSWER);
		assertThat(hours.intent().name()).isEqualTo("preparation");
		say("c129", "can I have coffee on the morning of my infusion?");
		ChatTurn days = say("c129", "and how many days before tho");
		assertThat(days.route()).isEqualTo(Route.ANSWER);
		assertThat(days.intent().name()).isEqualTo("preparation");
	}

	@Test
	void replyWhenAQuestionIsInAnotherLanguageAnswersItInEnglishAndSaysSo() {
		ChatTurn cost = say("c130", "¿Cuánto cuesta una sesión de ketamina?");
		assertThat(cost.route()).isEqualTo(Route.ANSWER);
		assertThat(cost.intent().name()).isEqualTo("insurance_cost");
		assertThat(cost.answer().text()).startsWith(ForeignGloss.note("es"));
		assertThat(cost.text()).isEqualTo("¿Cuánto cuesta una sesión de ketamina?");
		ChatTurn effects = say("c131", "Welche Nebenwirkungen hat Ketamin?");
		assertThat(effects.route()).isEqualTo(Route.ANSWER);
		assertThat(effects.intent().name()).isEqualTo("side_effects");
		assertThat(effects.answer().text()).startsWith(ForeignGloss.note("de"));
		ChatTurn driving = say("c132", "Posso guidare dopo la seduta?");
		assertThat(driving.route()).isEqualTo(Route.ANSWER);
		assertThat(driving.intent().name()).isEqualTo("driving");
	}

	@Test
	void replyWhenAQuestionInAnotherLanguageIsAboutAnotherMedicineHandsItOffAndSaysSo() {
		ChatTurn other = say("c133", "Quels sont les effets secondaires du paracétamol ?");
		assertThat(other.route()).isEqualTo(Route.HANDOFF);
		assertThat(other.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(other.answer().text()).startsWith(ForeignGloss.note("fr"));
	}

	@Test
	void replyWhenAnUrgentMessageIsInAnotherLanguageStaysUrgentWithoutTheNote() {
		ChatTurn urgent = say("c134", "Quiero matarme esta noche, ya tengo las pastillas.");
		assertThat(urgent.route()).isEqualTo(Route.HANDOFF);
		assertThat(urgent.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(urgent.answer().text()).doesNotContain(ForeignGloss.note("es"));
		assertThat(urgent.answer().crisisLines()).isNotEmpty();
	}

	@Test
	void replyWhenDangerIsSaidInAnotherLanguageScreensItsGlossAndHandsItOffAsUrgent() {
		for (String danger : List.of("Ich will mich heute Nacht umbringen.",
				"Ich habe gerade alle meine Tabletten geschluckt.",
				"Mi braccio sinistro non si muove e faccio fatica a parlare da dieci minuti.")) {
			ChatTurn turn = say("c135", danger);
			assertThat(turn.route()).as(danger).isEqualTo(Route.HANDOFF);
			assertThat(turn.reason()).as(danger).isEqualTo(HandoffReason.URGENT);
			assertThat(turn.verdict().signals()).as(danger).contains(ChatService.GLOSS);
		}
	}

	// session 54: cutting now in Italian, too much taken and unresponsive in German, an old attempt in Portuguese (kinds
	// from the s54b dev half, read; the sentences are our own)
	@Test
	void replyWhenCuttingOrTooMuchTakenIsSaidInItalianOrGermanHandsItOffAsUrgent() {
		for (String danger : List.of("Mi sono tagliata con il rasoio stasera e non riesco a smettere.",
				"Meine Freundin hat zu viel Ketamin genommen und ist nicht ansprechbar.")) {
			ChatTurn turn = say("c140", danger);
			assertThat(turn.route()).as(danger).isEqualTo(Route.HANDOFF);
			assertThat(turn.reason()).as(danger).isEqualTo(HandoffReason.URGENT);
		}
	}

	@Test
	void replyWhenAnOldAttemptIsToldInPortugueseWithHowThePersonIsTodayDoesNotRaiseAnAlarm() {
		String past = "Tentei me matar há muitos anos. Hoje estou bem. Posso fazer o tratamento?";
		assertThat(say("c141", past).urgent()).isFalse();
		assertThat(say("c141b", "Tentei me matar há muitos anos e hoje quero tentar de novo.").urgent()).isTrue();
	}

	// session 55: a trouble told as mild or over, and its twins that tell it going on; a child who swallowed a bottle
	// or pills in Portuguese and Italian (kinds from the s55b dev half, read; the sentences are our own)
	@Test
	void replyWhenABodilyTroubleIsToldAsMildOrOverDoesNotRaiseAnAlarm() {
		for (String mild : List.of(
				"My son threw up once at breakfast but he's eating and playing normally now. Should I move my session?",
				"I was a bit lightheaded getting up from the chair, fine now. Is that common?")) {
			ChatTurn turn = say("c147", mild);
			assertThat(turn.urgent()).as(mild).isFalse();
		}
		for (String danger : List.of("My son threw up once at breakfast and now he won't wake up and his lips look blue.",
				"I had some mild itching after the infusion and now my throat is swelling and it's hard to breathe.")) {
			ChatTurn turn = say("c147b", danger);
			assertThat(turn.route()).as(danger).isEqualTo(Route.HANDOFF);
			assertThat(turn.reason()).as(danger).isEqualTo(HandoffReason.URGENT);
		}
	}

	@Test
	void replyWhenAChildSwallowedABottleOrPillsInPortugueseOrItalianHandsItOffAsUrgent() {
		for (String danger : List.of("Minha filha de 2 anos tomou o frasco inteiro de xarope e está muito sonolenta.",
				"Mio figlio di due anni ha mangiato delle pastiglie della nonna e ha vomitato.")) {
			ChatTurn turn = say("c148", danger);
			assertThat(turn.route()).as(danger).isEqualTo(Route.HANDOFF);
			assertThat(turn.reason()).as(danger).isEqualTo(HandoffReason.URGENT);
		}
	}

	// session 55: a story of a condition, then a question clear on its own about something else (a kind from the s55a
	// dev half, read; the sentences are our own)
	@Test
	void replyWhenAStoryOfAConditionEndsWithAnotherClearQuestionAnswersTheQuestionAndOffersTheCondition() {
		ChatTurn course = say("c149", "I've had fibromyalgia for eight years and nothing touches the pain anymore. My "
				+ "rheumatologist brought up ketamine last month. How many sessions does a course usually take?");
		assertThat(course.route()).isEqualTo(Route.ANSWER);
		assertThat(course.intent().name()).isEqualTo("treatment_course");
		assertThat(course.answer().suggestions()).contains(TestChatbot.catalog().get("chronic_pain").question());
		ChatTurn helps = say("c149b", "I have had depression for ten years and nothing has worked. My doctor mentioned "
				+ "ketamine. Could it help someone like me?");
		assertThat(helps.intent().name()).isEqualTo("depression");
	}

	// session 55: how soon one form works, a close call between the form and the question (a kind from the s55a dev
	// half and nlu-dev, read; the sentences are our own)
	@Test
	void replyWhenAQuestionOfOneFormIsACloseCallWithTheFormAnswersTheQuestionAndOffersTheForm() {
		ChatTurn onset = say("c150", "how fast does an IM shot work");
		assertThat(onset.route()).isEqualTo(Route.ANSWER);
		assertThat(onset.intent().name()).isEqualTo("onset");
		assertThat(onset.answer().suggestions()).contains(TestChatbot.catalog().get("injection").question());
		say("c150b", "how fast does spravato work");
		ChatTurn iv = say("c150b", "and the IV?");
		assertThat(iv.route()).isEqualTo(Route.ANSWER);
		assertThat(iv.intent().name()).isEqualTo("onset");
	}

	// session 55: the drug's class asked after what ketamine is (a kind from the s55a dev half, read; the sentences are
	// our own)
	@Test
	void replyWhenTheDrugsClassIsAskedAfterWhatKetamineIsAnswersWhatKetamineIs() {
		say("c151", "What's ketamine?");
		ChatTurn kind = say("c151", "is it a psychedelic?");
		assertThat(kind.route()).isEqualTo(Route.ANSWER);
		assertThat(kind.intent().name()).isEqualTo("what_is_ketamine");
		say("c151b", "what is ketamine exactly");
		assertThat(say("c151b", "how is it given?").intent().name()).isNotEqualTo("what_is_ketamine");
	}

	// session 56: a wish to die in German with "umbringe" and "halte es nicht mehr aus"; a question likening ketamine
	// to a medicine that does the same (kinds from the s56b and s56a dev halves, read; the sentences are our own)
	@Test
	void replyWhenAGermanMessageSaysThePersonCanNotGoOnAndThinksHowToDieIsACrisis() {
		ChatTurn crisis = say("c152", "Ich halte das nicht mehr aus. Ich überlege schon, wie ich mich umbringe.");
		assertThat(crisis.route()).isEqualTo(Route.HANDOFF);
		assertThat(crisis.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(crisis.intent().name()).isEqualTo("crisis");
	}

	@Test
	void replyWhenKetamineIsLikenedToAMedicineThatDoesTheSameAnswersTheQuestion() {
		ChatTurn onset = say("c153", "will it kick in fast or take a month like zoloft does");
		assertThat(onset.route()).isEqualTo(Route.ANSWER);
		assertThat(onset.intent().name()).isEqualTo("onset");
		ChatTurn other = say("c153b", "what is it like to take zoloft");
		assertThat(other.route()).isEqualTo(Route.HANDOFF);
	}

	// session 56: a medicine taken, in Spanish and Portuguese (a kind from the s56a dev half, read; the sentences are
	// our own)
	@Test
	void replyWhenAForeignMessageAsksAboutKetamineWhileTakingAMedicineAnswersInteractions() {
		for (String text : List.of("¿Puedo hacerme ketamina si estoy tomando sertralina?",
				"Posso fazer cetamina se estou tomando lamotrigina?")) {
			ChatTurn turn = say("c155-" + text.length(), text);
			assertThat(turn.route()).as(text).isEqualTo(Route.ANSWER);
			assertThat(turn.intent().name()).as(text).isEqualTo("interactions");
		}
	}

	// session 57: a crisis told in French, German, Italian or Portuguese words the gloss did not know; not being here on a
	// day said while asking to move the appointment, and "see you tomorrow" (our own probes, no set read for them)
	@Test
	void replyWhenAForeignFarewellOrAMissedDayIsToldReadsItRight() {
		for (String urgent : List.of("Adieu à tous, merci pour tout, je ne serai plus là demain.",
				"Ich denke jeden Tag daran, mich umzubringen.", "Lebt wohl, ich werde morgen nicht mehr da sein.",
				"Addio a tutti, grazie di tutto, domani non ci sarò più.", "Não tenho mais nenhum motivo para viver.",
				"Queria dormir e nunca mais acordar.", "I won't be here tomorrow. Goodbye everyone.")) {
			ChatTurn turn = say("c158u-" + urgent.length(), urgent);
			assertThat(turn.urgent()).as(urgent).isTrue();
		}
		for (String calm : List.of("I won't be here tomorrow, can I reschedule my appointment?",
				"tomorrow i will not be there, can i change the appointment?", "see you tomorrow, i will be there at 9",
				"Bis morgen, ich werde um 9 Uhr da sein.", "À demain, merci pour tout !")) {
			ChatTurn turn = say("c158c-" + calm.length(), calm);
			assertThat(turn.urgent()).as(calm).isFalse();
		}
	}

	// session 58: an age told with "only", the other side of the session asked with its own question, the price of a
	// series, a form named as the alternative to an IV (kinds from the s58a dev half, read; the sentences are our own)
	@Test
	void replyWhenAFollowUpTellsAnAgeASideOfTheSessionOrSessionsToPriceReadsItWithThePreviousAnswer() {
		say("c159", "Can ketamine help social anxiety?");
		assertThat(say("c159", "my son is only 16 though").intent().name()).isEqualTo("eligibility");
		say("c159b", "what should I do to get ready for my session?");
		assertThat(say("c159b", "and afterwards, when can i drink coffee again?").intent().name()).isEqualTo("aftercare");
		say("c159c", "what should I avoid after an infusion?");
		assertThat(say("c159c", "and before, can I eat breakfast?").intent().name()).isEqualTo("preparation");
		say("c159d", "what should I do to get ready for my session?");
		assertThat(say("c159d", "and after, can I drive?").intent().name()).isEqualTo("driving");
		say("c159e", "does insurance pay for ketamine?");
		assertThat(say("c159e", "for all the sessions?").intent().name()).isEqualTo("insurance_cost");
		ChatTurn shots = say("c159f", "Can I get shots instead of an IV drip?");
		assertThat(shots.intent().name()).isEqualTo("injection");
		assertThat(say("c159g", "Are there any options that do not need an IV?").intent().name())
			.isEqualTo("administration_routes");
	}

	// session 58: an old craving or the baby not to be woken, a history with a stable present, research on a subject, a
	// trouble a nurse called expected (kinds from the s58a and s58b dev halves, read; the sentences are our own), and
	// twins that tell danger now
	@Test
	void replyWhenACravingIsNotToBeWokenOrATroubleWasCalledExpectedIsNotUrgent() {
		for (String calm : List.of("Been clean for 3 years. I really do not want to wake up those cravings again. Would a clinic dose be risky?",
				"i dont want to wake up the baby when i get home, how groggy will i be?",
				"My patient has a history of self harm but is currently stable. Can she be referred?",
				"I'm a grad student researching ketamine's antisuicidal effects for my thesis. Any published numbers?",
				"felt a tad unsteady walking out, staff said it was expected")) {
			ChatTurn turn = say("c160-" + calm.length(), calm);
			assertThat(turn.urgent()).as(calm).isFalse();
		}
		for (String urgent : List.of("I just don't want to wake up. Goodbye everyone.",
				"a little slurred and now I can't move my left arm, what is happening",
				"the nurse said it was normal but I am still vomiting blood and can't stop")) {
			ChatTurn turn = say("c160-" + urgent.length(), urgent);
			assertThat(turn.urgent()).as(urgent).isTrue();
		}
	}

	// session 57: one form named after the list of forms, a greeting in Italian (kinds from the s57a dev half, read; the
	// sentences are our own)
	@Test
	void replyWhenOneFormIsNamedAfterTheListOfFormsAnswersThatForm() {
		say("c157", "what are the different ways to take ketamine");
		ChatTurn spray = say("c157", "and the spray one?");
		assertThat(spray.route()).isEqualTo(Route.ANSWER);
		assertThat(spray.intent().name()).isEqualTo("esketamine");
		say("c157b", "which forms of ketamine are there");
		ChatTurn shot = say("c157b", "what about the shot");
		assertThat(shot.intent().name()).isEqualTo("injection");
		ChatTurn hello = say("c157c", "Salve, buonasera");
		assertThat(hello.route()).isEqualTo(Route.ANSWER);
		assertThat(hello.intent().name()).isEqualTo("greeting");
	}

	// session 57: a thanks or goodbye in another language and nothing else, a slight or mild trouble, a state so strong
	// one "could die" of it, a clinician's clients, a doctor who brought the treatment up, thoughts told as gone (kinds
	// from the s57b dev half, read; the sentences are our own), and twins that tell danger now
	@Test
	void replyWhenACourtesyATroubleTheTellerCallsMildOrAPastMentionIsNotUrgent() {
		for (String calm : List.of("Au revoir et bonne journée !", "Merci beaucoup et bonne soirée !",
				"Slight jaw tension after my lozenge this morning, anything that helps?",
				"I'm so bored I could die waiting for the insurance to call back. How long does approval take?",
				"I'm a school counselor and I work with teens who self-harm. Do you take referrals from schools?",
				"Our GP mentioned ketamine as an option for my depression with suicidal thoughts. Is there a waitlist?",
				"Since starting Spravato the suicidal thoughts I'd carried since college have pretty much faded. Thank you all.")) {
			ChatTurn turn = say("c156-" + calm.length(), calm);
			assertThat(turn.urgent()).as(calm).isFalse();
		}
		assertThat(say("c156-bye", "Au revoir et bonne journée !").intent().name()).isEqualTo("goodbye");
		for (String urgent : List.of("Merci. Je ne veux plus vivre.", "my jaw is locked and I can not breathe",
				"I'm so tired of everything I could die, I have the pills ready",
				"The suicidal thoughts went away for a while but they came back and I want to kill myself.")) {
			ChatTurn turn = say("c156-" + urgent.length(), urgent);
			assertThat(turn.urgent()).as(urgent).isTrue();
		}
	}

	// session 56: a slight or passing trouble, a reading normal at home, an idiom whose leftover words sound like a plan
	// to the detector, and their twins that tell danger now (kinds from the s56b dev half, read; the sentences are our
	// own)
	@Test
	void replyWhenATroubleIsSlightOrOverOrDeathAFigureOfSpeechDoesNotRaiseAnAlarm() {
		for (String calm : List.of("My blood pressure was high at the doctor's office but it is normal at home. Can I still get ketamine?",
				"had some tingling in my lips during the infusion, gone now. normal?",
				"Slight upset stomach the day after my infusion, is that common?",
				"Some dizziness after my session, went away after I lay down. Should I eat before next time?",
				"My landlord is driving me to an early grave. Do you take Cigna?",
				"The parking at your clinic is going to be the death of me lol. Is there a lot nearby?",
				"My dog would kill me if I left him alone all day. How long is an appointment?")) {
			ChatTurn turn = say("c154-" + calm.length(), calm);
			assertThat(turn.urgent()).as(calm).isFalse();
		}
		for (String urgent : List.of("This week is killing me. I am going to jump off the parking garage tonight.",
				"my fingers went numb and now my chest hurts and it is getting worse",
				"the pain went away, but honestly I'd rather not wake up tomorrow")) {
			ChatTurn turn = say("c154-" + urgent.length(), urgent);
			assertThat(turn.urgent()).as(urgent).isTrue();
		}
	}

	// session 54: follow-ups (kinds from the s54a and s53a dev halves, read; the sentences are our own)
	@Test
	void replyWhenTheAnestheticUseIsSwappedInAfterTheDoseAnswersTheDose() {
		say("c142", "how much ketamine do clinics give for depression?");
		ChatTurn anesthesia = say("c142", "and for anesthesia?");
		assertThat(anesthesia.route()).isEqualTo(Route.ANSWER);
		assertThat(anesthesia.intent().name()).isEqualTo("dosing");
		say("c142b", "what conditions does ketamine treat");
		ChatTurn use = say("c142b", "and for anesthesia?");
		assertThat(use.route()).isEqualTo(Route.ANSWER);
		assertThat(use.intent().name()).isEqualTo("anesthesia");
	}

	@Test
	void replyWhenChildrenInSurgeryOrTheErAreSwappedInAfterWhatItTreatsAnswersAnesthesia() {
		say("c145", "what conditions is ketamine used for");
		ChatTurn surgery = say("c145", "and for kids in surgery?");
		assertThat(surgery.route()).isEqualTo(Route.ANSWER);
		assertThat(surgery.intent().name()).isEqualTo("anesthesia");
		say("c145b", "what does ketamine treat");
		ChatTurn er = say("c145b", "what about kids in the ER");
		assertThat(er.intent().name()).isEqualTo("anesthesia");
	}

	@Test
	void replyWhenAnotherActivityIsSwappedInAfterDrivingAnswersAftercare() {
		say("c146", "can I drive after my session");
		ChatTurn swimming = say("c146", "and swimming?");
		assertThat(swimming.route()).isEqualTo(Route.ANSWER);
		assertThat(swimming.intent().name()).isEqualTo("aftercare");
		say("c146b", "can I drive after my session");
		ChatTurn gym = say("c146b", "what about driving to the gym the next day?");
		assertThat(gym.intent().name()).isEqualTo("driving");
	}

	@Test
	void replyWhenAFollowUpAsksWhichScheduleOrPointsBackWithATypoKeepsThePreviousTopic() {
		say("c143", "is ketamine legal in the US?");
		ChatTurn schedule = say("c143", "which schedule specifically?");
		assertThat(schedule.route()).isEqualTo(Route.ANSWER);
		assertThat(schedule.intent().name()).isEqualTo("legal_status");
		say("c143b", "what are the common side effects");
		ChatTurn effects = say("c143b", "do thse go away quick");
		assertThat(effects.route()).isEqualTo(Route.ANSWER);
		assertThat(effects.intent().name()).isEqualTo("side_effects");
	}

	@Test
	void replyWhenAFollowUpAsksWhatMayBeDoneLaterThatDayAfterAftercareAnswersAftercare() {
		say("c144", "what should my husband avoid after his session");
		ChatTurn nap = say("c144", "can he take a nap right away");
		assertThat(nap.route()).isEqualTo(Route.ANSWER);
		assertThat(nap.intent().name()).isEqualTo("aftercare");
		say("c144b", "what should I avoid after a session");
		ChatTurn before = say("c144b", "can i have a glass of wine the night before");
		assertThat(before.intent().name()).isEqualTo("preparation");
		say("c144c", "what should I do after my infusion");
		ChatTurn drive = say("c144c", "can my wife drive me home right away");
		assertThat(drive.intent().name()).isEqualTo("driving");
	}

	@Test
	void replyWhenAnotherLanguageUsesWordsOfDangerInASayingOrAPastDoesNotRaiseAnAlarm() {
		for (String calm : List.of("Ich sterbe vor Hunger, darf ich vor der Sitzung etwas essen?",
				"Estou morta de cansaço, posso remarcar a sessão?",
				"Vor drei Jahren hatte ich einen Suizidversuch, jetzt geht es mir besser. Kann ich trotzdem behandelt werden?",
				"Muoio di fame, posso mangiare prima della seduta?")) {
			assertThat(say("c136", calm).urgent()).as(calm).isFalse();
		}
	}

	@Test
	void replyWhenAStoryOfOtherMedicinesAsksWhetherKetamineTreatsThePainAnswersThePain() {
		ChatTurn pain = say("c137", "I've had shingles nerve pain for two years. Lyrica and tramadol barely touch it. "
				+ "Can you treat this sort of pain with ketamine infusions?");
		assertThat(pain.route()).isEqualTo(Route.ANSWER);
		assertThat(pain.intent().name()).isEqualTo("chronic_pain");
		ChatTurn both = say("c137b", "My doctor has me on lamotrigine. Will it clash with ketamine treatment?");
		assertThat(both.route()).isEqualTo(Route.ANSWER);
		assertThat(both.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenAnAgeGroupIsSwappedInAfterWhetherItIsSafeAnswersEligibility() {
		say("c139", "how safe is ketamine treatment?");
		ChatTurn seniors = say("c139", "and for seniors?");
		assertThat(seniors.route()).isEqualTo(Route.ANSWER);
		assertThat(seniors.intent().name()).isEqualTo("eligibility");
	}

	@Test
	void replyWhenOldPeopleAreSwappedInAfterWhatItTreatsAnswersEligibility() {
		say("c126", "what is ketamine used to treat?");
		ChatTurn old = say("c126", "for old people also?");
		assertThat(old.route()).isEqualTo(Route.ANSWER);
		assertThat(old.intent().name()).isEqualTo("eligibility");
	}

	@Test
	void replyWhenAnotherMedicineMayBluntTheTreatmentAnswersInteractions() {
		ChatTurn blunt = say("c118", "will gabapentin counteract ketamine for my nerve pain");
		assertThat(blunt.route()).isEqualTo(Route.ANSWER);
		assertThat(blunt.intent().name()).isEqualTo("interactions");
		ChatTurn weaken = say("c119",
				"my psychiatrist has me on lamictal, could that weaken how well the ketamine works on my depression");
		assertThat(weaken.route()).isEqualTo(Route.ANSWER);
		assertThat(weaken.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenOtherMedicinesAreToldOnlyAsFailedAnswersTheQuestionOfTheTreatment() {
		ChatTurn onset = say("c109", "How quickly does it kick in? Lexapro took two months and did nothing for me.");
		assertThat(onset.route()).isEqualTo(Route.ANSWER);
		assertThat(onset.intent().name()).isEqualTo("onset");
		ChatTurn melatonin = say("c110", "I tried melatonin and it did nothing. What dose should I take?");
		assertThat(melatonin.route()).isEqualTo(Route.HANDOFF);
		assertThat(melatonin.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenAStoryEndsWithWhatTheVisitorActuallyWantsToKnowAnswersThat() {
		ChatTurn story = say("c111", "I've had depression for twenty years and my psychiatrist is running out of options. "
				+ "A friend told me about ketamine. I guess what I actually want to know is whether it is addictive, "
				+ "because I have an addictive personality.");
		assertThat(story.route()).isEqualTo(Route.ANSWER);
		assertThat(story.intent().name()).isEqualTo("addiction");
	}

	@Test
	void replyWhenForeverFollowsAnAnswerAnswersThatAnswerAgain() {
		assertThat(say("c85", "how often do people get boosters").intent().name()).isEqualTo("treatment_course");
		ChatTurn forever = say("c85", "forever??");
		assertThat(forever.route()).isEqualTo(Route.ANSWER);
		assertThat(forever.intent().name()).isEqualTo("treatment_course");
	}

	@Test
	void replyWhenTheSameFollowUpStartsAConversationIsNotReadAsAFollowUp() {
		ChatTurn alone = say("c3", "what about lithium?");
		assertThat(alone.route()).isEqualTo(Route.HANDOFF);
		assertThat(alone.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenTheConversationHasBeenIdleTooLongForgetsTheContext() {
		assertThat(say("c4", "does ketamine interact with my antidepressant").intent().name()).isEqualTo("interactions");
		this.nanos.addAndGet(Duration.ofMinutes(31).toNanos());
		assertThat(say("c4", "what about lithium?").reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenAFollowUpIsUrgentStaysUrgent() {
		say("c5", "what are the side effects of ketamine");
		ChatTurn urgent = say("c5", "and what if i want to kill myself after it");
		assertThat(urgent.route()).isEqualTo(Route.HANDOFF);
		assertThat(urgent.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(urgent.answer().crisisLines()).isNotEmpty();
	}

	@Test
	void replyWhenTheVisitorTurnsDownEveryOptionAsksToRephraseAndOffersAPerson() {
		ConversationStore store = new ConversationStore(Duration.ofMinutes(30), 100);
		store.update("c6", (conversation) -> conversation.next(
				new RoutingDecision(Route.CLARIFY, null, null, java.util.List.of("session_length", "duration")), "how long"));
		ChatService chat = new ChatService(TestChatbot.safetyScreen(), TestChatbot.classifier(), TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(), store, Clock.systemUTC());
		ChatTurn neither = chat.reply(new ChatRequest("c6", "web", "neither"));
		assertThat(neither.route()).isEqualTo(Route.HANDOFF);
		assertThat(neither.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(neither.answer().text()).contains("in other words").contains(TestChatbot.clinic().phone());
	}

	@Test
	void replyWhenTheVisitorPicksAnOptionByItsWordsAnswersIt() {
		ConversationStore store = new ConversationStore(Duration.ofMinutes(30), 100);
		store.update("c7", (conversation) -> conversation.next(
				new RoutingDecision(Route.CLARIFY, null, null, java.util.List.of("session_length", "insurance_cost")),
				"how long"));
		ChatService chat = new ChatService(TestChatbot.safetyScreen(), TestChatbot.classifier(), TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(), store, Clock.systemUTC());
		ChatTurn chosen = chat.reply(new ChatRequest("c7", "web", "the cost one"));
		assertThat(chosen.route()).isEqualTo(Route.ANSWER);
		assertThat(chosen.intent().name()).isEqualTo("insurance_cost");
	}

	@Test
	void replyWhenTwoQuestionsAnswersBoth() {
		ChatTurn turn = say("c8", "How long does a session take? And can I drive home afterwards?");
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.answer().id()).matches("session_length#[0-9a-f]+\\+driving#[0-9a-f]+");
		assertThat(turn.answer().text()).contains(TestChatbot.catalog().get("session_length").answer())
			.contains(TestChatbot.catalog().get("driving").answer());
	}

	@Test
	void replyWhenAStoryEndsWithAQuestionAnswersTheQuestion() {
		// What this tests is how the conversation reads a story, so the screen here is the curated rules alone. With
		// the risk detector, the pair "my therapist says i should look into other options. my sister drove me here
		// today." scored 0.39 against the urgent threshold 0.4 (2026-12-01): a pass by 0.01 that any retraining could
		// flip said nothing about routing. The detector's false alarms on ordinary stories are an open weakness,
		// measured on held-out sets (docs/safety.md), not hidden by a test that passes at the edge.
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(TestChatbot.safety().rules()));
		ChatService rulesOnly = new ChatService(rules, TestChatbot.classifier(), TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100, this.nanos::get), Clock.systemUTC());
		ChatTurn turn = rulesOnly.reply(new ChatRequest("c9", "web", "I've had depression for ten years and tried five "
				+ "different meds. My therapist says I should look into other options. My sister drove me here today. "
				+ "How many sessions would I need?"));
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("treatment_course");
	}

	@Test
	void replyWhenAboutAnotherMedicineHandsOffSayingWhatTheBotCovers() {
		ChatTurn turn = say("c10", "what are the side effects of sertraline");
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(turn.answer().text()).contains("ketamine treatment").contains(TestChatbot.clinic().phone());
	}

	@Test
	void replyWhenPreparationIsNotConfiguredSaysTheClinicWillConfirm() {
		ChatTurn turn = say("c11", "can I eat before my infusion?");
		assertThat(turn.intent().name()).isEqualTo("preparation");
		assertThat(turn.answer().text()).contains("will tell you its own instructions")
			.contains(TestChatbot.clinic().phone());
	}

	@Test
	void replyWhenABareYesFollowsAnAnswerAsksWhatElseInsteadOfSayingGoodbye() {
		say("c12", "what are the side effects of ketamine");
		ChatTurn yes = say("c12", "yes please");
		assertThat(yes.route()).isEqualTo(Route.ANSWER);
		assertThat(yes.intent().name()).isEqualTo(AnswerComposer.ACKNOWLEDGEMENT);
		assertThat(yes.answer().text()).contains("anything else").doesNotContain("Take care").doesNotContain("Hello");
		assertThat(yes.answer().disclaimer()).isNotBlank();
		assertThat(yes.answer().suggestions())
			.isEqualTo(TestChatbot.catalog().get("side_effects").suggestions());
	}

	@Test
	void replyWhenABareNoFollowsAnAnswerOffersToRephraseInsteadOfGreeting() {
		say("c13", "how is an iv infusion given");
		ChatTurn no = say("c13", "no");
		assertThat(no.route()).isEqualTo(Route.ANSWER);
		assertThat(no.intent().name()).isEqualTo(AnswerComposer.ACKNOWLEDGEMENT);
		assertThat(no.answer().text()).contains("in other words").doesNotContain("Hello");
	}

	@Test
	void replyWhenAnAcknowledgementFollowsTheTopicStaysForTheNextFollowUp() {
		assertThat(say("c14", "does ketamine interact with my antidepressant").intent().name()).isEqualTo("interactions");
		assertThat(say("c14", "ok got it").intent().name()).isEqualTo(AnswerComposer.ACKNOWLEDGEMENT);
		ChatTurn followUp = say("c14", "what about lithium?");
		assertThat(followUp.route()).isEqualTo(Route.ANSWER);
		assertThat(followUp.intent().name()).isEqualTo("interactions");
	}

	@Test
	void replyWhenARealThanksOrGoodbyeFollowsAnAnswerKeepsItsIntent() {
		say("c15", "how long does a session last");
		assertThat(say("c15", "ok thanks").intent().name()).isEqualTo("thanks");
		say("c16", "how long does a session last");
		assertThat(say("c16", "ok bye").intent().name()).isEqualTo("goodbye");
	}

	@Test
	void replyWhenABareYesStartsAConversationIsNotAnAcknowledgement() {
		ChatTurn yes = say("c17", "yes please");
		assertThat(yes.intent()).satisfiesAnyOf((intent) -> assertThat(intent).isNull(),
				(intent) -> assertThat(intent.name()).isNotEqualTo(AnswerComposer.ACKNOWLEDGEMENT));
	}

	@Test
	void replyWhenAYesAcceptsAnOfferOfAPersonHandsOffAsRequested() {
		ChatTurn advice = say("c18", "should I stop my lexapro before my ketamine infusion");
		assertThat(advice.answer().suggestions()).contains(AnswerComposer.TALK_TO_CLINIC);
		ChatTurn yes = say("c18", "yes please");
		assertThat(yes.route()).isEqualTo(Route.HANDOFF);
		assertThat(yes.reason()).isEqualTo(HandoffReason.REQUESTED);
		assertThat(yes.answer().text()).contains(TestChatbot.clinic().phone());
	}

	@Test
	void replyWhenAnUrgentMessageFollowsAnAnswerStaysUrgent() {
		say("c19", "what are the side effects of ketamine");
		ChatTurn urgent = say("c19", "no i want to die");
		assertThat(urgent.reason()).isEqualTo(HandoffReason.URGENT);
	}


	@Test
	void replyWhenAFollowUpComesAfterAThanksReadsItAsAFollowUp() {
		assertThat(say("c40", "how quickly does ketamine take effect").intent().name()).isEqualTo("onset");
		ChatTurn followUp = say("c40", "Great, thanks! And for the spray?");
		assertThat(followUp.route()).isEqualTo(Route.ANSWER);
		assertThat(followUp.intent().name()).isEqualTo("onset");
	}

	@Test
	void replyWhenAFollowUpAsksTheSamePropertyOfAnotherMedicineHandsOff() {
		assertThat(say("c41", "how quickly does ketamine take effect").intent().name()).isEqualTo("onset");
		ChatTurn other = say("c41", "what about prozac, how long does prozac take?");
		assertThat(other.route()).isEqualTo(Route.HANDOFF);
		assertThat(other.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(say("c42", "how quickly does ketamine take effect").intent().name()).isEqualTo("onset");
		// taking it with ketamine is a ketamine question: answered, not handed off
		assertThat(say("c42", "and what if I'm taking prozac?").route()).isEqualTo(Route.ANSWER);
	}

	@Test
	void replyWhenAFollowUpAsksAboutAnotherMedicineItselfIsNotAnsweredFromTheConversation() {
		assertThat(say("c45", "is ketamine treatment safe").intent().name()).isEqualTo("safety");
		ChatTurn other = say("c45", "and the side effects of sertraline, what are they");
		assertThat(other.route()).isEqualTo(Route.HANDOFF);
		assertThat(other.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void replyWhenAFollowUpNamesTheShotAsImKeepsThePreviousIntent() {
		assertThat(say("c43", "how quickly does ketamine take effect").intent().name()).isEqualTo("onset");
		assertThat(say("c43", "for IM as well?").intent().name()).isEqualTo("onset");
	}

	@Test
	void replyWhenAFollowUpSaysTheSubjectChangesIsNotReadWithThePreviousAnswer() {
		assertThat(say("c44", "how long does an infusion take").intent().name()).isEqualTo("session_length");
		ChatTurn changed = say("c44", "different question, where do you guys park your bikes");
		assertThat(changed.intent().name()).isNotEqualTo("session_length");
	}

	@Test
	void replyWhenAFollowUpAsksTheSameWithAnotherFormInsteadKeepsThePreviousIntent() {
		assertThat(say("c45", "how long is one infusion appointment").intent().name()).isEqualTo("session_length");
		ChatTurn instead = say("c45", "and what if I got the shot instead of the IV drip?");
		assertThat(instead.route()).isEqualTo(Route.ANSWER);
		assertThat(instead.intent().name()).isEqualTo("session_length");
		assertThat(instead.context()).isEqualTo(ContextUse.SAME_QUESTION);
		assertThat(say("c46", "does my insurance pay for the infusions").intent().name()).isEqualTo("insurance_cost");
		ChatTurn cover = say("c46", "would they pay for the nasal spray instead");
		assertThat(cover.intent().name()).isEqualTo("insurance_cost");
		assertThat(cover.context()).isEqualTo(ContextUse.SAME_QUESTION);
	}

	@Test
	void replyWhenAFollowUpAsksAboutTheOtherSideOfTheSessionAnswersThatSide() {
		assertThat(say("c47", "what should i do to get ready before my infusion").intent().name())
			.isEqualTo("preparation");
		ChatTurn after = say("c47", "and after?");
		assertThat(after.route()).isEqualTo(Route.ANSWER);
		assertThat(after.intent().name()).isEqualTo("aftercare");
		assertThat(after.context()).isEqualTo(ContextUse.OTHER_SIDE_OF_SESSION);
		ChatTurn before = say("c47", "what about before?");
		assertThat(before.intent().name()).isEqualTo("preparation");
		assertThat(before.context()).isEqualTo(ContextUse.OTHER_SIDE_OF_SESSION);
	}

	@Test
	void replyWhenTheVisitorTurnsDownAnAnswerAsksToRephraseAndOffersAPerson() {
		assertThat(say("c48", "what are the side effects").route()).isEqualTo(Route.ANSWER);
		ChatTurn turnedDown = say("c48", "neither of those, sorry");
		assertThat(turnedDown.route()).isEqualTo(Route.HANDOFF);
		assertThat(turnedDown.reason()).isEqualTo(HandoffReason.UNMATCHED);
		assertThat(turnedDown.context()).isEqualTo(ContextUse.ANSWER_TURNED_DOWN);
		// the turned-down answer is no context for what comes next
		assertThat(say("c48", "and for the spray?").context()).isNotEqualTo(ContextUse.SAME_QUESTION);
	}

	@Test
	void replyWhenAStoryEndsByAskingToBookHandsOffAsRequested() {
		ChatTurn booking = say("c49", "I have read all of your pages and talked it over with my family. My sister came with "
				+ "me to an open evening in the spring and we liked the staff. My work schedule is finally calmer now. Can I "
				+ "book a consultation with one of your doctors for next week?");
		assertThat(booking.route()).isEqualTo(Route.HANDOFF);
		assertThat(booking.reason()).isEqualTo(HandoffReason.REQUESTED);
		assertThat(booking.intent().name()).isEqualTo("appointment");
	}

}
