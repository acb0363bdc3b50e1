package com.clinicfaq.chatbot.chat;

import java.util.List;

import com.clinicfaq.chatbot.nlu.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FollowUp}.
 */
class FollowUpTests {

	private static final TextNormalizer NORMALIZER = new TextNormalizer();

	private static List<String> tokens(String text) {
		return NORMALIZER.tokens(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "no I meant the nasal spray", "sorry, I mean for the price", "I'm asking about the shots",
			"nah i was talking about after the session", "oh I meant the long term ones", "I mean the price, not the length" })
	void correctsWhenTheVisitorSaysTheyMeantSomethingElse(String text) {
		assertThat(FollowUp.corrects(tokens(text))).isTrue();
		assertThat(FollowUp.refersBack(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what do you mean by dissociation", "I mean it is expensive though",
			"does the clinic mean I have to stay overnight", "my doctor asked me to check" })
	void correctsIsFalseForAnOrdinaryMessage(String text) {
		assertThat(FollowUp.corrects(tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void correctionSplitsWhatIsMeantFromWhatIsNot() {
		FollowUp.Correction correction = FollowUp.correction(tokens("no I meant the price, not the length")).orElseThrow();
		assertThat(correction.meant()).containsExactly("the", "price");
		assertThat(correction.notMeant()).containsExactly("the", "length");
		assertThat(FollowUp.correction(tokens("no I meant the nasal spray"))).isEmpty();
		assertThat(FollowUp.correction(tokens("sorry I meant not"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what about the next day", "how about on weekends?", "and for a teenager?",
			"and what about my sister", "and with a parent's consent?", "and without insurance" })
	void ellipticalWhenThePreviousQuestionIsCutShortToWhatChanges(String text) {
		assertThat(FollowUp.elliptical(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "which one can I use at home?", "what about it worries people the most when they start treatment",
			"and then I cried" })
	void ellipticalIsFalseForAQuestionOfItsOwn(String text) {
		assertThat(FollowUp.elliptical(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how long do those last", "is it painful", "do they go away", "what causes that" })
	void carriesTopicWhenAPronounPointsAtThePreviousAnswer(String text) {
		assertThat(FollowUp.carriesTopic(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "which kind works at home?", "what about the spray", "and for teenagers?" })
	void carriesTopicIsFalseWithoutAPronoun(String text) {
		assertThat(FollowUp.carriesTopic(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "even for teenagers?", "only the first time?", "still if I skip breakfast?" })
	void qualifiesWhenAQualifierNarrowsThePreviousQuestion(String text) {
		assertThat(FollowUp.qualifies(tokens(text))).isTrue();
		assertThat(FollowUp.refersBack(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it better with the spray?", "are they different for the injection" })
	void swapsEntityWhenAComparisonNamesAnotherForm(String text) {
		assertThat(FollowUp.swapsEntity(tokens(text), false)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "and for bipolar?", "what about ptsd", "does it work for migraines too" })
	void swapsConditionWhenAFollowUpNamesAnotherCondition(String text) {
		assertThat(FollowUp.swapsCondition(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "n the shot?", "wat abt the spray", "WAT ABOUT THE SPRAY", "is the infusion as well?",
			"and the iv 2" })
	void canonicalReadsChatSpellingsOfTheLittleWords(String text) {
		List<String> canonical = FollowUp.canonical(tokens(text));
		assertThat(canonical).doesNotContain("n", "wat", "abt", "as", "well", "2");
		assertThat(FollowUp.swapsEntity(canonical, false)).isTrue();
	}

	@org.junit.jupiter.api.Test
	void canonicalKeepsANumberInsideTheQuestion() {
		assertThat(FollowUp.canonical(tokens("is 2 sessions enough"))).containsExactly("is", "2", "sessions", "enough");
		assertThat(FollowUp.canonical(tokens("do thay go away"))).containsExactly("do", "they", "go", "away");
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it the same for anxiety?", "n for ocd?" })
	void swapsConditionWithSameOrAChatSpelledAnd(String text) {
		assertThat(FollowUp.swapsCondition(FollowUp.canonical(tokens(text)))).isTrue();
	}

	@org.junit.jupiter.api.Test
	void conditionIntentIsTheConditionsOwnIntentOrTheListOfConditions() {
		assertThat(FollowUp.conditionIntent(tokens("and for ptsd?"))).isEqualTo("ptsd");
		assertThat(FollowUp.conditionIntent(tokens("what about migraines"))).isEqualTo("chronic_pain");
		assertThat(FollowUp.conditionIntent(tokens("and for ocd?"))).isEqualTo("conditions_treated");
	}

	@ParameterizedTest
	@ValueSource(strings = { "how long do they last", "does that feeling go away?", "are those dangerous" })
	void pointsAtEffectsWhenAFollowUpRefersToTheEffectsJustDescribed(String text) {
		assertThat(FollowUp.pointsAtEffects(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how long does it last", "is ketamine addictive" })
	void pointsAtEffectsIsFalseForKetamineItself(String text) {
		assertThat(FollowUp.pointsAtEffects(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "per session?", "for the spray?", "next morning" })
	void ellipticalWhenAFragmentWithoutAQuestionWordFollows(String text) {
		assertThat(FollowUp.fragment(tokens(text))).isTrue();
		assertThat(FollowUp.elliptical(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it legal", "ok thanks", "insurance?", "how long does it take to work" })
	void fragmentIsFalseForAQuestionAnAcknowledgementOrOneWord(String text) {
		assertThat(FollowUp.fragment(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "spray?", "the shot", "and the iv", "and the nasal one?" })
	void bareFormWhenTheFollowUpOnlyNamesAnotherForm(String text) {
		assertThat(FollowUp.bareForm(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how long does a session take", "is the spray safe for kids" })
	void bareFormIsFalseForAQuestion(String text) {
		assertThat(FollowUp.bareForm(tokens(text))).isFalse();
		assertThat(FollowUp.bareName(tokens(text))).isFalse();
	}


	@ParameterizedTest
	@ValueSource(strings = { "Thanks!", "ok cool", "got it, thank you so much", "Hmm.", "oh wow", "very helpful" })
	void leadsInWhenASentenceOnlyAcknowledges(String text) {
		assertThat(FollowUp.leadsIn(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what about the shot", "thanks, is it covered", "I take lithium" })
	void leadsInIsFalseForASentenceThatAsksOrTells(String text) {
		assertThat(FollowUp.leadsIn(tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void formIntentIsTheIntentOfTheOneFormNamed() {
		assertThat(FollowUp.formIntent(tokens("and the nasal spray?"))).contains("esketamine");
		assertThat(FollowUp.formIntent(tokens("what about shots"))).contains("injection");
		assertThat(FollowUp.formIntent(tokens("and the IV?"))).contains("iv_infusion");
		assertThat(FollowUp.formIntent(tokens("is the spray or the shot better"))).isEmpty();
		assertThat(FollowUp.formIntent(tokens("what about the cost"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what about prozac", "and prozac, does it work faster?", "same for prozac?",
			"what about prozac, how long does prozac take" })
	void swapsToOtherMedicineWhenItAsksAboutTheMedicineItself(String text) {
		assertThat(FollowUp.swapsToOtherMedicine(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what if I'm on prozac", "and with prozac?", "what about mixing it with prozac",
			"and for anxiety?", "and if I take prozac" })
	void swapsToOtherMedicineIsFalseWhenItAsksAboutTakingItWithKetamine(String text) {
		assertThat(FollowUp.swapsToOtherMedicine(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "unrelated, but do you sell gift cards", "different question: are you open sundays",
			"ok off topic but what time is it" })
	void aMessageThatSaysTheSubjectChangesDoesNotReferBack(String text) {
		assertThat(FollowUp.changesSubject(tokens(text))).isTrue();
		assertThat(FollowUp.refersBack(tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void spelledFormsReadsImAsTheShotOnlyWhereItCannotBeIAm() {
		assertThat(FollowUp.spelledForms("same for IM?")).isEqualTo("same for intramuscular?");
		assertThat(FollowUp.spelledForms("and the im one")).isEqualTo("and the intramuscular one");
		assertThat(FollowUp.spelledForms("what if IM on prozac")).isEqualTo("what if IM on prozac");
		assertThat(FollowUp.spelledForms("im worried about it")).isEqualTo("im worried about it");
		assertThat(FollowUp.spelledForms("WHAT IF IM 17")).isEqualTo("WHAT IF IM 17");
	}

	@org.junit.jupiter.api.Test
	void aLongFollowUpThatOpensWithWhatAboutRefersBack() {
		assertThat(FollowUp.refersBack(tokens("and what about the nasal spray my cousin told me about last week at dinner")))
			.isTrue();
		assertThat(FollowUp.refersBack(tokens("my cousin told me about the nasal spray last week at dinner, is it good")))
			.isFalse();
	}

	@org.junit.jupiter.api.Test
	void homeNamesAFormOnlyAsAtHome() {
		assertThat(FollowUp.swapsEntity(tokens("and can I walk home after"), false)).isFalse();
		assertThat(FollowUp.swapsEntity(tokens("and at home?"), false)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "why?", "why not", "how come?", "is that so?", "how so?", "for what, though?",
			"what would she do if it did", "so what happens then" })
	void namesNothingNewWhenOnlyPronounsQuestionWordsAndAuxiliariesAreLeft(String text) {
		assertThat(FollowUp.namesNothingNew(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "who are you", "what can you do", "how long does that last", "why is it so expensive",
			"ok", "no thanks", "and for teens?" })
	void namesNothingNewIsFalseWhenTheMessageNamesSomethingOrIsAboutTheBot(String text) {
		assertThat(FollowUp.namesNothingNew(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what if I'm on sertraline", "she takes quetiapine at night", "my gp has me on metformin",
			"what about my inhaler", "and mixing it with gabapentin?" })
	void takesMedicineWhenSomeoneIsOnIt(String text) {
		assertThat(FollowUp.takesMedicine(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what about sertraline", "does metformin work faster", "and quetiapine?" })
	void takesMedicineIsFalseWhenTheMedicineIsOnlyNamed(String text) {
		assertThat(FollowUp.takesMedicine(tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void contentWordsLeaveOutPronounsQuestionWordsAndOpeners() {
		assertThat(FollowUp.contentWords(tokens("and what about the rare ones?"))).containsExactly("rare");
	}

	@org.junit.jupiter.api.Test
	void withoutLeadInDropsTheWordsAFollowUpOpensWith() {
		assertThat(FollowUp.withoutLeadIn(tokens("ok what about the morning after, I have a meeting")))
			.startsWith("what", "about");
		assertThat(FollowUp.refersBack(FollowUp.withoutLeadIn(tokens("hmm wait what if my dad drives me")))).isTrue();
		assertThat(FollowUp.withoutLeadIn(tokens("ok thanks"))).containsExactly("ok", "thanks");
	}

	@org.junit.jupiter.api.Test
	void aShortFollowUpAboutSomeoneThePreviousMessageSpokeOfRefersBack() {
		assertThat(FollowUp.refersBack(tokens("Will he feel the needle?"))).isTrue();
		assertThat(FollowUp.refersBack(tokens("What happens if her heart rate climbs during the infusion?"))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void aLongWhatAboutThatOnlyNamesAnotherFormSwapsIt() {
		assertThat(FollowUp.swapsEntity(tokens("and what of the nasal spray my neighbour saw advertised on the radio"),
				false)).isTrue();
		assertThat(FollowUp.swapsEntity(tokens("what about the nasal spray, how do you take that one at home"), false))
			.isFalse();
		assertThat(FollowUp.elliptical(tokens("what about the weekend after, I fly out on saturday"))).isTrue();
	}

	@org.junit.jupiter.api.Test
	void swapsThenAsksWhenWhatAboutIsFollowedByAQuestionAboutIt() {
		String text = "what about my husband, does it matter if he takes it too?";
		assertThat(FollowUp.swapsThenAsks(text, tokens(text))).isTrue();
		String twoSentences = "What about the spray? Is it quicker?";
		assertThat(FollowUp.swapsThenAsks(twoSentences, tokens(twoSentences))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void swapsInOnlyForTheWordRightAfterTheOpener() {
		assertThat(FollowUp.swapsIn(tokens("and zoloft, how fast does that kick in?"), "zoloft")).isTrue();
		assertThat(FollowUp.swapsIn(tokens("what about the side effects of zoloft, what are they?"), "zoloft")).isTrue();
		assertThat(FollowUp.swapsIn(tokens("and tolerance, do people need escalating amounts later?"), "escalating"))
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how many infusions does that take?", "is each shot done by a nurse then?",
			"and how many of the sprays would that be" })
	void aCountedFormIsNoSwap(String text) {
		assertThat(FollowUp.swapsEntity(tokens(text), false)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "same for the shot?", "is the spray also covered", "and the troches?",
			"does it last as long with the shot", "and if I get boosters?", "what if it's the spray",
			"is it different for the lozenges?", "is the shot cheaper?" })
	void asksAgainWhenItSaysSoOrIsCutShort(String text) {
		assertThat(FollowUp.asksAgain(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what does it feel like during the infusion?", "how many infusions does it take",
			"and how much is the spray?", "who gives the shot" })
	void asksAgainIsFalseForAQuestionOfItsOwnThatNamesAForm(String text) {
		assertThat(FollowUp.asksAgain(tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void asksWhetherLastingForPermanenceOnly() {
		assertThat(FollowUp.asksWhetherLasting(tokens("is that permanent??"))).isTrue();
		assertThat(FollowUp.asksWhetherLasting(tokens("can the damage be reversed"))).isTrue();
		assertThat(FollowUp.asksWhetherLasting(tokens("how long does that last"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how come it works when pills didn't", "why is it so much quicker?",
			"ok but why does it act that fast", "what makes it work better than ssris" })
	void asksWhyItWorks(String text) {
		assertThat(FollowUp.asksWhyItWorks(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "why didn't it work for me", "why does it not help everyone", "why is it so expensive",
			"how does it work" })
	void asksWhyItWorksIsFalseForFailuresAndOtherQuestions(String text) {
		assertThat(FollowUp.asksWhyItWorks(tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void asksWhichFormGivenOnlyForTheClinicsPractice() {
		assertThat(FollowUp.asksWhichFormGiven(tokens("which one do you do more often"))).isTrue();
		assertThat(FollowUp.asksWhichFormGiven(tokens("ok which is more common here"))).isTrue();
		assertThat(FollowUp.asksWhichFormGiven(tokens("which one can I use at home?"))).isFalse();
		assertThat(FollowUp.asksWhichFormGiven(tokens("which one is the most safe"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mine is controlled with meds", "I'm stable for two years now",
			"her psychiatrist recommended it", "ok my appointment is at noon" })
	void tellsWhenTheMessageAsksNothing(String text) {
		assertThat(FollowUp.tells(text, tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "can I bring music", "what about the next day", "not even in the evening?",
			"different question, where do you guys park", "I was wondering how long it lasts", "tell me the price" })
	void tellsIsFalseForAQuestion(String text) {
		assertThat(FollowUp.tells(text, tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void swapsToOtherTreatmentWhenAnotherOneIsSwappedInNotTaken() {
		assertThat(FollowUp.swapsToOtherTreatment(tokens("what about buspirone, does it help anxiety"))).isTrue();
		assertThat(FollowUp.swapsToOtherTreatment(tokens("and MDMA therapy?"))).isTrue();
		assertThat(FollowUp.swapsToOtherTreatment(tokens("what about my lithium"))).isFalse();
		assertThat(FollowUp.swapsToOtherTreatment(tokens("and if I'm on zoloft?"))).isFalse();
		assertThat(FollowUp.swapsToOtherTreatment(tokens("what about ketamine with zoloft"))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void asksForSomeoneWithConditionWhenSomeoneHasIt() {
		assertThat(FollowUp.asksForSomeoneWithCondition(tokens("like, for someone with asthma"))).isTrue();
		assertThat(FollowUp.asksForSomeoneWithCondition(tokens("what if he has glaucoma"))).isTrue();
		assertThat(FollowUp.asksForSomeoneWithCondition(tokens("what if I'm taking lithium"))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void asksWhatIsIncludedAboutWhatWasJustAnswered() {
		assertThat(FollowUp.asksWhatIsIncluded(tokens("does that include the monitoring after"))).isTrue();
		assertThat(FollowUp.asksWhatIsIncluded(tokens("is the consult included in that price?"))).isTrue();
		assertThat(FollowUp.asksWhatIsIncluded(tokens("what's included in a package"))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void pointsAtEffectsWithThatOnlyWhenAskingWhetherTheyLast() {
		assertThat(FollowUp.pointsAtEffects(tokens("how long does that last"))).isTrue();
		assertThat(FollowUp.pointsAtEffects(tokens("will that wear off"))).isTrue();
		assertThat(FollowUp.pointsAtEffects(tokens("how long does that part take"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "random question, is there parking nearby", "also random but do you sell gift cards",
			"ok kinda random, where do you get your coffee", "unrelated, but can you recommend a dentist" })
	void visitorSaysTheSubjectChanges(String text) {
		assertThat(FollowUp.changesSubject(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is the dosing random or based on weight", "are side effects random" })
	void randomInsideTheQuestionDoesNotChangeTheSubject(String text) {
		assertThat(FollowUp.changesSubject(tokens(text))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void followUpPointsAtOneOfTheThingsJustNamedByItsPlace() {
		assertThat(FollowUp.placePointedAt(tokens("tell me more about the second one"))).contains(1);
		assertThat(FollowUp.placePointedAt(tokens("and the first one?"))).contains(0);
		assertThat(FollowUp.placePointedAt(tokens("the latter please"))).contains(-1);
		assertThat(FollowUp.placePointedAt(tokens("how did the first session go for most people"))).isEmpty();
		assertThat(FollowUp.placePointedAt(tokens("is the second time easier"))).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void formsAreListedInTheOrderTheTextNamesThem() {
		assertThat(FollowUp.formsInOrder(tokens("is the nasal spray or the IV infusion faster, or the shot")))
			.containsExactly("esketamine", "iv_infusion", "injection");
	}

	@ParameterizedTest
	@ValueSource(strings = { "is it normal to get headaches on metoprolol", "my sertraline makes me jittery",
			"how long do prozac side effects last", "can i quit paroxetine cold turkey",
			"can i have a glass of wine on lexapro",
			"my calves hurt since starting simvastatin" })
	void asksOfMedicineItselfWhenItAsksTheMedicinesOwnEffectsOrUse(String text) {
		assertThat(FollowUp.asksOfMedicineItself(tokens(text), 1)).isTrue();
	}

	@org.junit.jupiter.api.Test
	void asksOfMedicineItselfWhenTwoMedicinesAreTakenWithEachOther() {
		assertThat(FollowUp.asksOfMedicineItself(tokens("can i take acetaminophen with naproxen at the same time"), 2))
			.isTrue();
		assertThat(FollowUp.asksOfMedicineItself(tokens("is it bad to mix these two, zyrtec and claritin"), 2)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what if i'm on lithium", "my mom takes warfarin, is that ok?",
			"do I have to taper my sertraline before the first session", "my doctor has me on carbidopa-levodopa, any trouble mixing?" })
	void asksOfMedicineItselfIsFalseForAMedicineSomeoneTakes(String text) {
		assertThat(FollowUp.asksOfMedicineItself(tokens(text), 2)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void asksOfMedicineItselfNeedsAMedicine() {
		assertThat(FollowUp.asksOfMedicineItself(tokens("my dog keeps sneezing, is that normal"), 0)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void meantIsWhatACorrectionSaysItMeant() {
		assertThat(FollowUp.meant(tokens("no I meant the shot, not the infusion"))).containsExactly("the", "shot");
		assertThat(FollowUp.meant(tokens("sorry i meant for the spray"))).containsExactly("for", "the", "spray");
	}

	@ParameterizedTest
	@ValueSource(strings = { "will the stock market go up this month", "any good pizza places in this town" })
	void thisHereAndNowDoesNotPointBack(String text) {
		assertThat(FollowUp.refersBack(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "is this normal for most people", "can i have coffee that morning" })
	void thisAndThatStillPointBackOtherwise(String text) {
		assertThat(FollowUp.refersBack(tokens(text))).isTrue();
	}


	@ParameterizedTest
	@ValueSource(strings = { "and what if I got the shot instead of the IV drip?", "would they cover the spray instead",
			"or the lozenges instead?" })
	void swapsEntityWhenInsteadAsksThePreviousQuestionAboutAnotherForm(String text) {
		assertThat(FollowUp.swapsEntity(tokens(text), false)).isTrue();
	}

	@org.junit.jupiter.api.Test
	void swapsEntityIsFalseWhenInsteadAsksAQuestionOfItsOwn() {
		// whether that form is an option: neither an opener nor a pronoun carrying the previous topic
		assertThat(FollowUp.swapsEntity(tokens("can I do the spray instead?"), false)).isFalse();
		// long, but opened as a follow-up and asking for the same again
		assertThat(FollowUp.swapsEntity(tokens("and with the nasal spray, is it about the same amount of time?"), false))
			.isTrue();
		assertThat(FollowUp.refersBack(tokens("and with the nasal spray, is it about the same amount of time?"))).isTrue();
		assertThat(FollowUp.swapsEntity(tokens("is the nasal spray the same thing they sell at the pharmacy downstairs?"),
				false)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "and after?", "what about afterwards", "after the session?", "and after that",
			"and the day after?", "what about the morning after" })
	void asksSideOfSessionAfter(String text) {
		assertThat(FollowUp.asksSideOfSession(tokens(text))).contains(FollowUp.Side.AFTER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "and before?", "what about beforehand", "before the infusion?", "the night before?" })
	void asksSideOfSessionBefore(String text) {
		assertThat(FollowUp.asksSideOfSession(tokens(text))).contains(FollowUp.Side.BEFORE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "can I drive after?", "what should I eat after", "before and after", "after how long" })
	void asksSideOfSessionIsEmptyWhenTheMessageSaysMore(String text) {
		assertThat(FollowUp.asksSideOfSession(tokens(text))).isEmpty();
	}


	@ParameterizedTest
	@ValueSource(strings = { "and after, when can I eat?", "and afterwards can i drink coffee", "after that, is it ok to nap?" })
	void opensWithSideFindsTheSideBeforeItsOwnQuestion(String text) {
		assertThat(FollowUp.opensWithSide(tokens(text))).contains(FollowUp.Side.AFTER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "after the session I felt great", "when can I eat after?", "and after?",
			"after a session how long should i wait before i can drink alcohol with friends again at a party" })
	void opensWithSideIsEmptyWithoutAQuestionOfItsOwnAfterTheSide(String text) {
		assertThat(FollowUp.opensWithSide(tokens(text))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "for the whole series?", "and for all six sessions?", "for each booster" })
	void forSessionsAsksTheQuestionOfSessions(String text) {
		assertThat(FollowUp.forSessions(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "for anxiety?", "for how many sessions?", "the whole series?", "for my daughter" })
	void forSessionsIsFalseForOtherFragments(String text) {
		assertThat(FollowUp.forSessions(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what about someone who's 78", "my dad is 81", "she is 15, is that too young",
			"for a patient aged 70", "She's only 15 though.", "i am barely 18", "my mom is almost 80" })
	void tellsAgeOfThePersonTheQuestionIsFor(String text) {
		assertThat(FollowUp.tellsAge(tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "she is 20 weeks along", "he is 10 minutes away", "my dose is 50 mg",
			"there are 2 options", "she is only 20 minutes away", "it is only 15 dollars" })
	void tellsAgeIsFalseForOtherNumbers(String text) {
		assertThat(FollowUp.tellsAge(tokens(text))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "My mom is asking.", "asking for a friend lol", "just curious", "my husband wants to know",
			"it's for my son" })
	void saysWhoAsks(String text) {
		assertThat(FollowUp.saysWhoAsks(FollowUp.canonical(tokens(text)))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "My mom is asking about the price.", "my son is 17", "asking because I took too much",
			"my husband wants to know if he can drive" })
	void saysWhoAsksIsFalseWhenTheSentenceSaysMore(String text) {
		assertThat(FollowUp.saysWhoAsks(FollowUp.canonical(tokens(text)))).isFalse();
	}

	// session 38: doubting the answer just given (our own sentences)
	@ParameterizedTest
	@ValueSource(strings = { "really?", "Seriously??", "says who", "how do you know that?", "are you sure?",
			"is that true though", "wait really", "where did you read that?" })
	void doubtsAnswer(String text) {
		assertThat(FollowUp.doubtsAnswer(FollowUp.canonical(tokens(text)))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "really bad nausea after it, is that normal?", "are you sure it is safe for my son?",
			"how do you know if it is working", "is that true for the spray too?", "seriously considering it" })
	void doubtsAnswerIsFalseWhenTheMessageAsksMore(String text) {
		assertThat(FollowUp.doubtsAnswer(FollowUp.canonical(tokens(text)))).isFalse();
	}


	// session 39 (our own sentences)
	@Test
	void takesAndAsksIfAllRightWhenTheVisitorSaysWhatTheyTakeAndAsksIfThatIsOk() {
		assertThat(FollowUp.takesAndAsksIfAllRight(NORMALIZER.tokens("fyi I'm on seroquel, still safe?"))).isTrue();
		assertThat(FollowUp.takesAndAsksIfAllRight(NORMALIZER.tokens("been taking adderall for years, is that a problem"))).isTrue();
		assertThat(FollowUp.takesAndAsksIfAllRight(NORMALIZER.tokens("how long have you been on it, is that ok"))).isFalse();
	}

	// session 49 (our own sentences)
	@Test
	void asksOnlyHowOftenOrHowLongWhenNothingElseIsAsked() {
		assertThat(FollowUp.asksOnlyHowOften(FollowUp.canonical(NORMALIZER.tokens("and how often?")))).isTrue();
		assertThat(FollowUp.asksOnlyHowOften(FollowUp.canonical(NORMALIZER.tokens("how frequently is that")))).isTrue();
		assertThat(FollowUp.asksOnlyHowOften(FollowUp.canonical(NORMALIZER.tokens("how often do i need boosters")))).isFalse();
		assertThat(FollowUp.asksOnlyHowLong(FollowUp.canonical(NORMALIZER.tokens("for how many hours?")))).isTrue();
		assertThat(FollowUp.asksOnlyHowLong(FollowUp.canonical(NORMALIZER.tokens("how long before?")))).isTrue();
		assertThat(FollowUp.asksOnlyHowLong(FollowUp.canonical(NORMALIZER.tokens("how long does the effect last")))).isFalse();
		assertThat(FollowUp.refersBack(FollowUp.canonical(NORMALIZER.tokens("For how many hours?")))).isTrue();
	}

	// session 48 (our own sentences)
	@Test
	void asksIfTakingWhenAShortFollowUpAsksTheSameForWhatTheVisitorTakes() {
		assertThat(FollowUp.asksIfTaking(FollowUp.canonical(NORMALIZER.tokens("wat about if im on zoloft")))).isTrue();
		assertThat(FollowUp.asksIfTaking(FollowUp.canonical(NORMALIZER.tokens("and if I take sertraline?")))).isTrue();
		assertThat(FollowUp.asksIfTaking(FollowUp.canonical(NORMALIZER.tokens("even if I'm taking lithium")))).isTrue();
		assertThat(FollowUp.asksIfTaking(FollowUp.canonical(NORMALIZER.tokens("what if my son takes adderall")))).isFalse();
		assertThat(FollowUp.asksIfTaking(FollowUp.canonical(NORMALIZER.tokens("what if it does not work")))).isFalse();
	}

	@Test
	void asksDrugScheduleOnlyForTheDrugLawsSchedule() {
		assertThat(FollowUp.asksDrugSchedule(List.of("what", "schedule"))).isTrue();
		assertThat(FollowUp.asksDrugSchedule(List.of("so", "which", "schedule", "is", "it", "in"))).isTrue();
		assertThat(FollowUp.asksDrugSchedule(List.of("what", "is", "your", "schedule", "this", "week"))).isFalse();
		assertThat(FollowUp.asksDrugSchedule(List.of("can", "i", "schedule", "a", "visit"))).isFalse();
	}

	@Test
	void asksWhyOfAnswerOnlyForAFewWordsTheAnswerNamed() {
		List<String> answer = List.of("your", "blood", "pressure", "and", "heart", "rate", "are", "checked");
		assertThat(FollowUp.asksWhyOfAnswer(List.of("why", "blood", "pressure"), answer)).isTrue();
		assertThat(FollowUp.asksWhyOfAnswer(List.of("but", "why", "the", "heart", "rate"), answer)).isTrue();
		assertThat(FollowUp.asksWhyOfAnswer(List.of("why"), answer)).isFalse();
		assertThat(FollowUp.asksWhyOfAnswer(List.of("why", "is", "blood", "pressure", "checked"), answer)).isFalse();
		assertThat(FollowUp.asksWhyOfAnswer(List.of("why", "oxygen"), answer)).isFalse();
	}

	@Test
	void asksLengthOfEachOnlyForHowLongOneOfThemTakes() {
		assertThat(FollowUp.asksLengthOfEach(List.of("and", "how", "long", "is", "each", "one"))).isTrue();
		assertThat(FollowUp.asksLengthOfEach(List.of("how", "long", "does", "every", "session", "take"))).isTrue();
		assertThat(FollowUp.asksLengthOfEach(List.of("how", "long", "is", "a", "session"))).isFalse();
		assertThat(FollowUp.asksLengthOfEach(List.of("how", "long", "does", "each", "effect", "last"))).isFalse();
	}

	@Test
	void asksPriorTreatmentsOnlyForTreatmentsHadBeforeAndNotForGettingReady() {
		assertThat(FollowUp.asksPriorTreatments(List.of("what", "do", "i", "need", "to", "have", "tried", "first")))
			.isTrue();
		assertThat(FollowUp.asksPriorTreatments(
				List.of("do", "i", "have", "to", "fail", "other", "medication", "before"))).isTrue();
		assertThat(FollowUp.asksPriorTreatments(List.of("what", "should", "i", "eat", "before", "i", "try", "it")))
			.isFalse();
		assertThat(FollowUp.asksPriorTreatments(List.of("should", "i", "try", "the", "spray", "first"))).isFalse();
		assertThat(FollowUp.asksPriorTreatments(List.of("have", "you", "tried", "it"))).isFalse();
	}

	@Test
	void asksPriorTreatmentsOfAWholeOpeningQuestionWithALongerLimit() {
		List<String> opening = List.of("do", "i", "have", "to", "try", "other", "medication", "first", "or", "can", "i",
				"just", "start", "with", "ketamine");
		assertThat(FollowUp.asksPriorTreatments(opening)).isFalse();
		assertThat(FollowUp.asksPriorTreatments(opening, 18)).isTrue();
	}

	@Test
	void asksHowFormIsGivenOnlyForTheWayOneNamedFormIsGiven() {
		assertThat(FollowUp.asksHowFormIsGiven(List.of("and", "intravenous", "how", "they", "give"))).isTrue();
		assertThat(FollowUp.asksHowFormIsGiven(List.of("how", "is", "the", "shot", "done"))).isTrue();
		assertThat(FollowUp.asksHowFormIsGiven(List.of("how", "long", "is", "the", "infusion", "given", "for")))
			.isFalse();
		assertThat(FollowUp.asksHowFormIsGiven(List.of("how", "many", "ways", "can", "it", "be", "given"))).isFalse();
		assertThat(FollowUp.asksHowFormIsGiven(List.of("how", "is", "it", "given", "spray", "or", "infusion")))
			.isFalse();
		assertThat(FollowUp.asksHowFormIsGiven(List.of("is", "the", "spray", "given", "at", "home"))).isFalse();
	}

	@Test
	void comparesToOnlyWhenTheFollowUpNamesWhatToCompareWith() {
		assertThat(FollowUp.comparesTo(List.of("and", "compared", "to", "surgery"))).isTrue();
		assertThat(FollowUp.comparesTo(List.of("vs", "the", "spray"))).isTrue();
		assertThat(FollowUp.comparesTo(List.of("how", "does", "it", "compare", "to", "ssris"))).isFalse();
		assertThat(FollowUp.comparesTo(List.of("compared", "to", "what", "i", "pay", "now", "for", "my", "therapy")))
			.isFalse();
	}

	@Test
	void comparesAnswerToOnlyWhenThePronounsFigureIsWeighedAgainstSomethingElse() {
		assertThat(FollowUp.comparesAnswerTo(tokens("is that lower than the dose for anesthesia?"))).isTrue();
		assertThat(FollowUp.comparesAnswerTo(tokens("ok is it much faster than for pain"))).isTrue();
		assertThat(FollowUp.comparesAnswerTo(tokens("is that different from the spray"))).isTrue();
		assertThat(FollowUp.comparesAnswerTo(tokens("is it more expensive"))).isFalse();
		assertThat(FollowUp.comparesAnswerTo(tokens("is ketamine stronger than morphine"))).isFalse();
		assertThat(FollowUp.comparesAnswerTo(tokens("which is more common, iv or im"))).isFalse();
	}

	@Test
	void asksIfItIsFormOnlyWhenNothingElseIsAsked() {
		assertThat(FollowUp.asksIfItIsForm(List.of("is", "that", "the", "spray", "one"))).isTrue();
		assertThat(FollowUp.asksIfItIsForm(List.of("so", "is", "it", "the", "infusion"))).isTrue();
		assertThat(FollowUp.asksIfItIsForm(List.of("is", "the", "spray", "covered"))).isFalse();
		assertThat(FollowUp.asksIfItIsForm(List.of("is", "that", "true", "for", "the", "spray"))).isFalse();
	}

	@Test
	void asksHowItWorksOnlyForTheBareQuestion() {
		assertThat(FollowUp.asksHowItWorks(List.of("and", "how", "does", "it", "work"))).isTrue();
		assertThat(FollowUp.asksHowItWorks(List.of("so", "how", "does", "it", "actually", "work"))).isTrue();
		assertThat(FollowUp.asksHowItWorks(List.of("how", "does", "it", "work", "with", "insurance"))).isFalse();
		assertThat(FollowUp.asksHowItWorks(List.of("how", "does", "billing", "work"))).isFalse();
	}

	@Test
	void pointsAtRiskOnlyWhenTheRiskIsPointedAt() {
		assertThat(FollowUp.pointsAtRisk(List.of("is", "that", "risk", "lower", "in", "a", "clinic"))).isTrue();
		assertThat(FollowUp.pointsAtRisk(List.of("in", "the", "clinic", "also", "this", "risk"))).isTrue();
		assertThat(FollowUp.pointsAtRisk(List.of("same", "risk", "with", "the", "spray"))).isTrue();
		assertThat(FollowUp.pointsAtRisk(List.of("what", "is", "the", "risk", "with", "the", "spray"))).isFalse();
		assertThat(FollowUp.pointsAtRisk(List.of("is", "it", "risky"))).isFalse();
	}

	@Test
	void helpsConditionNamesTheConditionsOwnAnswer() {
		assertThat(FollowUp.helpsCondition(List.of("does", "it", "help", "with", "migraine"))).contains("chronic_pain");
		assertThat(FollowUp.helpsCondition(List.of("is", "this", "good", "for", "ocd"))).contains("conditions_treated");
		assertThat(FollowUp.helpsCondition(List.of("does", "it", "work", "for", "ptsd"))).contains("ptsd");
		assertThat(FollowUp.helpsCondition(List.of("does", "it", "help", "acne"))).isEmpty();
		assertThat(FollowUp.helpsCondition(List.of("does", "it", "help", "anxiety", "and", "depression"))).isEmpty();
		assertThat(FollowUp.helpsCondition(List.of("what", "causes", "migraine"))).isEmpty();
	}

	@Test
	void asksAddictionRiskOnlyWhenNothingElseIsNamed() {
		assertThat(FollowUp.asksAddictionRisk(List.of("and", "addiction"))).isTrue();
		assertThat(FollowUp.asksAddictionRisk(List.of("any", "risk", "of", "getting", "hooked"))).isTrue();
		assertThat(FollowUp.asksAddictionRisk(List.of("does", "it", "help", "addiction"))).isFalse();
		assertThat(FollowUp.asksAddictionRisk(List.of("and", "alcohol", "addiction"))).isFalse();
	}

	@Test
	void asksInjectionAgainstInfusionOnlyWhenTheOtherFormIsComparedWith() {
		assertThat(FollowUp.asksInjectionAgainstInfusion(List.of("how", "is", "that", "different", "from", "the",
				"infusion"), true)).isTrue();
		assertThat(FollowUp.asksInjectionAgainstInfusion(List.of("and", "how", "does", "the", "shot", "compare"), false))
			.isTrue();
		assertThat(FollowUp.asksInjectionAgainstInfusion(List.of("how", "is", "that", "different", "from", "the",
				"infusion"), false)).isFalse();
		assertThat(FollowUp.asksInjectionAgainstInfusion(List.of("is", "the", "infusion", "painful"), true)).isFalse();
	}

	@Test
	void asksIfForeverOnlyForWhetherItGoesOnForGood() {
		assertThat(FollowUp.asksIfForever(List.of("forever"))).isTrue();
		assertThat(FollowUp.asksIfForever(List.of("so", "for", "the", "rest", "of", "my", "life"))).isTrue();
		assertThat(FollowUp.asksIfForever(List.of("for", "life"))).isTrue();
		assertThat(FollowUp.asksIfForever(List.of("will", "i", "be", "depressed", "forever"))).isFalse();
		assertThat(FollowUp.asksIfForever(List.of("for", "what"))).isFalse();
	}

}
