package com.clinicfaq.chatbot.chat;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TopicGuard} with the shipped word list.
 */
class TopicGuardTests {

	private final TopicGuard guard = TopicGuard.load(new TextNormalizer());

	// session 41 (sentences our own): the treatment likened to one's own medicine is still the subject; imaging, devices
	// and specialists are other services
	@ParameterizedTest
	@ValueSource(strings = { "does it kick in fast or will it take a month like my zoloft did?",
			"is this gonna make me gain weight like my lexapro", "will it be as slow as my ssri was",
			"unlike her prozac, does it work the same day?" })
	void otherTopicWhenTheTreatmentIsLikenedToOnesOwnMedicineIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "does zoloft make you gain weight like my lexapro did?",
			"is it bad to mix my zoloft with alcohol like my lexapro", "how much is an MRI of the knee without insurance",
			"how does VNS help depression", "who is a candidate for a DBS implant",
			"do I need a referral to see a cardiologist", "is a CPAP covered by medicare" })
	void otherTopicWhenAnotherMedicineIsTheSubjectOrAServiceIsNamedIsPresent(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what are the side effects of sertraline", "is it ok to take ibuprofen with my blood pressure pills?",
			"can I stop my synthroid", "how much insulin should a diabetic take", "does metformin cause weight loss",
			"what is the treatment for gout" })
	void otherTopicWhenAnotherMedicineOrConditionAndNothingAboutKetamineNamesIt(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "can I have ketamine if I take lamotrigine?", "does ket interact with zoloft",
			"I take sertraline, is the infusion still ok for me", "can i do my spravato session if i have diabetes",
			"Lamotrigine blunts ketamine's effect, right?", "will this treatment clash with my lexapro" })
	void otherTopicWhenTheMessageIsAboutKetamineTreatmentIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how many sessions of electroconvulsive therapy are usual", "is there a TMS clinic near me",
			"what are the treatments for kidney stones: dialysis?", "how much magnesium should I take for cramps",
			"is willow bark ok for a headache", "can I give my kid vitamins with his antipsychotic" })
	void otherTopicWhenAnotherTreatmentSharesTheSessionsOrTheClinicOrANutrientIsNamed(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm on lithium, how many sessions will I need?", "is ketamine better than ECT sessions",
			"how many sessions until it works", "I did TMS last year, would ketamine work for me" })
	void otherTopicWhenSessionsWithoutAnotherTreatmentOrKetamineWithOneIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	// session 27: whether someone may have the treatment, with a condition of theirs named (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "Is atrial fibrillation a contraindication? Mine is controlled.",
			"cirrhosis and high blood pressure, am i still a candidate", "does a history of pancreatitis disqualify me",
			"My mother has emphysema. Is she eligible?" })
	void otherTopicWhenCandidacyIsAskedWithAConditionNamedIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	// session 38: medicines of one's history before a candidacy question; "it" standing for the treatment ahead of a
	// medicine taken with it (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "I've been on Prozac and Wellbutrin for years. Am I a candidate?",
			"my son took ritalin as a kid, would that rule him out", "Tried lexapro, zoloft and therapy. Would I qualify?" })
	void otherTopicWhenMedicinesOfOnesHistoryComeBeforeACandidacyQuestionIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	// session 49: ketamine named in passing, then "but my real question is" or "but what I want to know is" another
	// topic (a kind from the s49a dev half; our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "My cousin had ketamine infusions, but my real question is about metformin and food.",
			"a friend swears by ketamine but what i really want to know is whether yoga helps anxiety",
			"I saw your ketamine ad, but my question is whether statins cause muscle pain." })
	void otherTopicWhenKetamineIsNamedOnlyBeforeTheRealQuestionIsThatTopic(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I take metformin, but my real question is whether ketamine raises blood sugar.",
			"My doctor mentioned acupuncture but what I want to know is how ketamine helps pain." })
	void otherTopicWhenTheRealQuestionIsOfKetamineIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	// session 48: other medicines told only as tried or failed, then a question of this treatment (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "How quickly does it kick in? Lexapro took two months and did nothing for me.",
			"Wellbutrin did not help at all. How long does one session take?",
			"I have tried Zoloft, Paxil and Cymbalta over ten years and none of it worked. Is it addictive?" })
	void asksOfTreatmentAfterHistoryWhenOtherMedicinesAreOnlyTriedOrFailed(String message) {
		assertThat(this.guard.asksOfTreatmentAfterHistory(MessageSplitter.sentences(message), null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I tried melatonin and it did nothing. What dose should I take?",
			"Prozac failed me. Is Wellbutrin better?", "I took gabapentin for a year. How long do withdrawal symptoms last?",
			"I'm on Lexapro. How fast does it work?", "How fast does Lexapro work?" })
	void asksOfTreatmentAfterHistoryWhenTheOtherMedicineMayBeWhatIsAskedIsFalse(String message) {
		assertThat(this.guard.asksOfTreatmentAfterHistory(MessageSplitter.sentences(message), null)).isFalse();
	}

	// session 47: another treatment told as had, before a candidacy question (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "I've tried EMDR and three antidepressants. Would I qualify?",
			"Went through ECT twice in 2020, nothing stuck. Am I a candidate?" })
	void otherTopicWhenTreatmentsOfOnesHistoryComeBeforeACandidacyQuestionIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm looking into ECT. Would I be a candidate?", "would I qualify for TMS?" })
	void otherTopicWhenTheCandidacyAskedMayBeForTheOtherTreatmentIsPresent(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "am I a candidate for wegovy?", "warfarin contraindications?",
			"I take metformin, who is a candidate for a kidney transplant" })
	void otherTopicWhenCandidacyIsForTheOtherMedicineOrNobodysIsPresent(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it safe with xanax?", "Can I get this done if I'm on lithium?",
			"does it interact with adderall", "can i take it while on my antidepressant" })
	void pointsAtTreatmentTakenWithWhenItStandsForTheTreatmentAheadOfTheMedicine(String message) {
		assertThat(this.guard.pointsAtTreatmentTakenWith(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it ok to take ibuprofen with my blood pressure pills?",
			"does it matter if I take tylenol with advil", "I was prescribed sertraline, is this safe with ibuprofen?",
			"is it better than xanax", "is it normal to feel tired on bisoprolol" })
	void pointsAtTreatmentTakenWithWhenItOpensTheQuestionOrFollowsTheMedicineIsFalse(String message) {
		assertThat(this.guard.pointsAtTreatmentTakenWith(message)).isFalse();
	}

	// session 38: "while nursing" is a state of the visitor, not a second medicine (our own sentences)
	// session 41 (sentences our own): a medicine that stopped working is the visitor's history, not one to stop
	@Test
	void asksAboutTakingBothWhenTheMedicineStoppedWorkingIsFalse() {
		assertThat(this.guard.asksAboutTakingBoth("can ketamine help my migraines now that my triptans stop working?"))
			.isFalse();
		assertThat(this.guard.asksAboutTakingBoth("is ketamine an option when antidepressants quit helping?")).isFalse();
		assertThat(this.guard.asksAboutTakingBoth("do I have to stop my sertraline before ketamine?")).isTrue();
	}

	@Test
	void asksAboutTakingBothWhenAPrescriptionIsHowTheTreatmentIsHadIsFalse() {
		assertThat(this.guard.asksAboutTakingBoth("here in the US is ketamine legal with a prescription?")).isFalse();
		assertThat(this.guard.asksAboutTakingBoth("can you get ketamine without prescription while travelling?"))
			.isFalse();
		assertThat(this.guard.asksAboutTakingBoth("is ketamine ok with my prescriptions?")).isTrue();
		assertThat(this.guard.asksAboutTakingBoth("can I take ketamine with my prescription sleeping pills?")).isTrue();
	}

	@Test
	void asksAboutTakingBothWhenWhileOrDuringNamesAStateIsFalse() {
		assertThat(this.guard.asksAboutTakingBoth("I take prozac (my OB approved it). Can I get ketamine while nursing?"))
			.isFalse();
		assertThat(this.guard.asksAboutTakingBoth("can I get ketamine while taking prozac?")).isTrue();
	}

	// session 38: an insurer's name asks who pays (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "do u guys take humana", "medicaid?", "is blue cross accepted", "tricare accepted there?" })
	void asksAboutInsurerWhenAShortMessageNamesAnInsurer(String message) {
		assertThat(this.guard.asksAboutInsurer(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "does aetna cover dental cleanings", "do you take medicare for physical therapy",
			"what does insurance cover", "is medicaid ok for my insulin pump", "how do I apply for medicaid" })
	void asksAboutInsurerWhenAnotherServiceOrNoInsurerIsNamedIsFalse(String message) {
		assertThat(this.guard.asksAboutInsurer(message)).isFalse();
	}

	// session 39: "under the medicine" is the treatment itself (our own sentences)
	@Test
	void asksAboutTakingBothWhenUnderTheMedicineIsTheTreatmentIsFalse() {
		assertThat(this.guard.asksAboutTakingBoth("will someone check my pulse while I'm under the medicine during the ketamine session?"))
			.isFalse();
		assertThat(this.guard.asksAboutTakingBoth("can I take my medicine while I'm on ketamine?")).isTrue();
	}

	// session 40: "with ketamine" after a question's own subject names what it asks about (our own sentences)
	@Test
	void asksAboutTakingBothWhenWithOnlyNamesKetamineIsFalse() {
		String story = "Three SSRIs gave me nothing but nausea and I gave up on antidepressants last year.";
		assertThat(this.guard.asksAboutTakingBoth(story + " How bad is the nausea with ketamine?",
				"How bad is the nausea with ketamine?"))
			.isFalse();
		assertThat(this.guard.asksAboutTakingBoth("which problems are typical with esketamine, now that I quit my pills?",
				"which problems are typical with esketamine"))
			.isFalse();
		assertThat(this.guard.asksAboutTakingBoth("I take lexapro. Is it fine with ketamine?", "Is it fine with ketamine?"))
			.isTrue();
		assertThat(this.guard.asksAboutTakingBoth("are my sleeping pills fine with ketamine?")).isTrue();
		assertThat(this.guard.asksAboutTakingBoth("can i take zoloft with ketamine")).isTrue();
	}

	// session 39: ketamine for one's animal (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "our vet wants to sedate my cat with ketamine, is that safe", "is ketamine ok for my dog's surgery",
			"how much ketamine does a veterinarian give a horse? asking for my horse", "will my puppy be ok after anesthesia with it" })
	void asksForAnimalWhenTheVisitorsAnimalGetsCareFromAVet(String message) {
		assertThat(this.guard.asksForAnimal(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "can I bring my dog to my sessions?", "isn't ketamine a horse tranquilizer",
			"my husband is a vet, does the VA cover ketamine", "my cat died last month and I can't stop crying, can ketamine help" })
	void asksForAnimalWhenNoAnimalGetsCareIsFalse(String message) {
		assertThat(this.guard.asksForAnimal(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "who is a candidate for a kidney transplant", "what are the contraindications of warfarin",
			"Who should not get the shingles vaccine and what are its contraindications?",
			"is my dad eligible for cataract surgery with diabetes" })
	void otherTopicWhenCandidacyIsAskedOfAnotherMedicineOrProcedureIsPresent(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	// session 28: a visit here, a treatment had here, and more words for candidacy (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "do I keep using my albuterol inhaler on the day of my appointment",
			"can I have an ativan before the consultation, I get jittery",
			"my husband has emphysema, is it risky for him to start treatment",
			"I had shingles last month, is it ok to continue treatment as planned",
			"with a defibrillator implanted, would I qualify", "is a hiatal hernia a dealbreaker" })
	void otherTopicWhenAVisitOrATreatmentHereIsAskedAboutIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "when should I start treatment for shingles", "should I stop warfarin before my surgery appointment",
			"is it too late to start treatment with metformin", "what is shingles treatment like",
			// session 44: a visit for other care, named before it or after "with" / "at" (our own sentences)
			"how long does a dental appointment usually take", "how long is a dental cleaning appointment",
			"can I get an appointment with the dermatologist sooner", "what time is my appointment at the orthodontist" })
	void otherTopicWhenTheTreatmentOrVisitIsForSomethingElseIsPresent(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "does ket wear off quickly", "Spravato's price?", "is this treatment ok while nursing",
			"what happens after my infusion", "how far apart are the sessions" })
	void namesKetamineWhenTheMessageNamesItOrOurTreatment(String message) {
		assertThat(this.guard.namesKetamine(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what are the treatments for shingles", "is a shot needed before I travel",
			"how do I store my allergy nasal spray", "what is the history of the clinic", "an iron infusion for anemia" })
	void namesKetamineIsFalseForTreatmentsThatCouldBeAnything(String message) {
		assertThat(this.guard.namesKetamine(message)).isFalse();
	}

	@Test
	void otherTopicWhenAFollowUpRefersBackToAKetamineAnswerIsEmpty() {
		assertThat(this.guard.otherTopic("what about zoloft?", true)).isEmpty();
		assertThat(this.guard.otherTopic("what about zoloft?", false)).contains("zoloft");
	}

	@Test
	void otherTopicNeverFiresOnACuratedPhrase() {
		for (IntentDefinition intent : TestChatbot.catalog().all()) {
			if (intent.name().equals("out_of_scope")) {
				continue;
			}
			for (String example : intent.examples()) {
				assertThat(this.guard.otherTopic(example, false, TestChatbot.catalog())).as(intent.name() + ": " + example)
					.isEmpty();
			}
		}
	}

	@Test
	void namesOrPointsAtKetamineHoldsForEveryPhraseOfWhatKetamineIs() {
		IntentDefinition whatIsKetamine = TestChatbot.catalog().get("what_is_ketamine");
		assertThat(whatIsKetamine.trainingPhrases()).allSatisfy(
				(phrase) -> assertThat(this.guard.namesOrPointsAtKetamine(phrase)).as(phrase).isTrue());
		assertThat(this.guard.namesOrPointsAtKetamine("what is a narcotic painkiller")).isFalse();
		assertThat(this.guard.namesOrPointsAtKetamine("what are pain medications")).isFalse();
		assertThat(this.guard.namesOrPointsAtKetamine("what is vitamin k")).isFalse();
		assertThat(this.guard.namesOrPointsAtKetamine("whats this drug")).isTrue();
		assertThat(this.guard.namesOrPointsAtKetamine("what is a k hole")).isTrue();
	}

	@Test
	void otherTopicIgnoresConditionsKetamineTreats() {
		assertThat(this.guard.otherTopic("does it help migraines", false)).isEmpty();
		assertThat(this.guard.otherTopic("is it safe during pregnancy", false)).isEmpty();
		assertThat(this.guard.otherTopic("can it help with fibromyalgia or CRPS", false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is gepirone a good antidepressant for older people", "how should zuranolone be taken",
			"what are the side effects of brexpiprazole", "can I stop my vortioxetine cold turkey",
			"is tirzepatide better than semaglutide" })
	void otherTopicWhenAMedicineNobodyListedIsNamedWithNothingAboutKetamine(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "wat are the sied efects", "how long dose the treatmnet take", "is ketamnie adictive",
			"can I drive home afterwords", "how much does it cost with insurence", "how many sesions do i need",
			"is spravatto covered", "i take gepirone, can i still get ketamine infusions", "cuanto cuesta la sesion",
			"obrigado pela ajuda" })
	void otherTopicWhenAWordIsOnlyMisspelledOrTheMessageIsAboutKetamineIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "contraindications", "any contraindications for it?",
			"does the NMDA blockade lead to dendritogenesis, like an antidepressant would",
			"is the antidepressant effect from AMPA receptors and neurotrophin signalling" })
	void otherTopicWhenTheWordsAreTheCatalogsOwnOrBrainScienceIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what are the contraindications of warfarin", "how should pentostatin be taken" })
	void otherTopicWhenAnotherMedicineIsNamedBesideTheCatalogsWordsIsPresent(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "theoretically, which side effects could show up", "what side effects happen typically",
			"which side effects are practically guaranteed" })
	void otherTopicWhenTheOnlyStrangerIsAnAdverbOfAnEnglishWordIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "do doses keep escalating the longer you go", "is it normal that the dose keeps escalating" })
	void otherTopicWhenTheOnlyStrangerIsAnotherFormOfAnEnglishWordIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what side effects are common? I get carsick really easily",
			"I'm seasick on any boat, will the infusion make me nauseous?", "is it normal to feel homesick after" })
	void otherTopicWhenTheOnlyStrangerIsASicknessOfAPlaceIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what side effects are normal? I hate feeling queasy",
			"will the side effects leave me groggy and woozy the next morning",
			"any side effects like feeling jittery or fidgety?" })
	void otherTopicWhenTheOnlyStrangersAreLessCommonEnglishWordsIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isEmpty();
	}

	@Test
	void otherTopicWhenAMedicineNobodyListedIsNamedInThePluralIsPresent() {
		assertThat(this.guard.otherTopic("what are the side effects of gepirones", false, TestChatbot.catalog()))
			.contains("gepirones");
	}

	@Test
	void otherTopicWhenBrainScienceUsesAListedWordThatNamesNoMedicineIsEmptyAndWithAMedicineIsPresent() {
		assertThat(this.guard.otherTopic("is it the metabolite that matters or the NMDA receptor", false,
				TestChatbot.catalog())).isEmpty();
		assertThat(this.guard.otherTopic("does sertraline act on NMDA receptors", false, TestChatbot.catalog()))
			.contains("sertraline");
	}

	@Test
	void otherTopicWhenAFollowUpNamesAMedicineNobodyListedAfterAKetamineAnswerIsEmpty() {
		assertThat(this.guard.otherTopic("what about gepirone?", true, TestChatbot.catalog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how is it different from zoloft", "is this any better than lexapro for me",
			"it vs wellbutrin, which works faster", "does it work diferently compared to my sertraline" })
	void otherTopicWhenWhatTheMessagePointsAtIsSetAgainstAMedicineIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is zoloft better than lexapro", "what is the difference between sertraline and citalopram",
			"does it hurt to stop zoloft" })
	void otherTopicWhenTwoOtherMedicinesAreComparedOrNothingIsSetAgainstOneIsPresent(String message) {
		assertThat(this.guard.otherTopic(message, false, TestChatbot.catalog())).isPresent();
	}

	@Test
	void otherTopicWhenAListedWordThatNamesNoMedicineIsTheSingularOfACatalogWordIsEmpty() {
		assertThat(this.guard.otherTopic("is heart failure a contraindication where you practice", false,
				TestChatbot.catalog())).isEmpty();
		assertThat(this.guard.otherTopic("can I take a benzo for sleep", false, TestChatbot.catalog())).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Would Medicare pay for ECT sessions?", "how many acupuncture visits does a course take",
			"Is neurofeedback something your office provides, and how long does that take?",
			"what does a psilocybin retreat cost in Colorado" })
	void otherTopicOfQuestionWhenTheQuestionAsksAboutAnotherTreatment(String question) {
		assertThat(this.guard.otherTopicOfQuestion(question, null)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it covered the way ECT would be?", "is this safer than ECT", "does that work with TMS too",
			"how is ECT different", "what dose do you use?" })
	void otherTopicOfQuestionWhenTheQuestionPointsBackOrComparesIsEmpty(String question) {
		assertThat(this.guard.otherTopicOfQuestion(question, null)).isEmpty();
	}

	@Test
	void asksAboutTakingBothInAStoryReadsTheWordsOfHavingBothInWhatItAsks() {
		String story = "The navy doctor put me on prazosin and paroxetine, and I still wake up at three every night. "
				+ "A friend told me ketamine did a lot for his PTSD.";
		assertThat(this.guard.asksAboutTakingBoth(story + " Would it help with mine?", "Would it help with mine?"))
			.isFalse();
		assertThat(this.guard.asksAboutTakingBoth(story + " Can I keep the prazosin during infusions?",
				"Can I keep the prazosin during infusions?"))
			.isTrue();
		// a single question still reads as before
		assertThat(this.guard.asksAboutTakingBoth("will ketamine for my ptsd clash with my prazosin?")).isTrue();
		assertThat(this.guard.asksAboutTakingBoth("does ketamine help with the low mood my sertraline never lifted?"))
			.isFalse();
	}

}
