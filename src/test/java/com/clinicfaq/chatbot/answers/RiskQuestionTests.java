package com.clinicfaq.chatbot.answers;

import java.util.List;

import com.clinicfaq.chatbot.safety.RiskScore;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RiskQuestionTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			monitoring         | will somebody keep an eye on my pulse while the drip runs
			anesthesia         | can ketamine slow down how you breathe
			side_effects       | can the medicine push my bp way up
			session_experience | people say you can feel like you left your body, is that frightening
			session_experience | could i end up in a k hole at the clinic
			contraindications  | is a pacemaker a problem for this treatment
			safety             | could i faint in the chair
			long_term_effects  | is years of infusions hard on the heart
			overdose           | what is the deadliest amount
			""")
	void happeningNowWhenARiskIntentAnswersAQuestionAboutARisk(String intent, String text) {
		assertThat(RiskQuestion.of(List.of(intent), text, SafetyVerdict.SAFE).happeningNow()).isTrue();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			session_experience | can i bring my own playlist to listen to
			monitoring         | who puts the iv line in
			safety             | is this treatment safe
			side_effects       | will i feel sleepy afterwards
			anxiety            | can ketamine calm panic attacks
			insurance_cost     | does my plan cover it if my heart doctor refers me
			depression         | i am scared it will not work for my depression
			""")
	void noLineWhenTheQuestionIsNotAboutARiskOrTheAnswerIsNotAboutOne(String intent, String text) {
		assertThat(RiskQuestion.of(List.of(intent), text, SafetyVerdict.SAFE).happeningNow()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			could the infusions make my suicidal thoughts worse?
			is there any risk for someone with a brain injury in the past
			does the drip push your pulse up
			what's the chance of an allergic reaction to it?
			""")
	void asksAboutRiskWhenAQuestionNamesARiskOrADanger(String text) {
		assertThat(RiskQuestion.asksAboutRisk(text, SafetyVerdict.SAFE)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			my heart is pounding right now after the infusion, is that normal?
			i just took my second spray and i'm having trouble breathing?
			how much does a session cost?
			i worry about the risks
			""")
	void doesNotAskAboutRiskWhenTheDangerIsHappeningNowOrNoRiskIsNamedOrNothingIsAsked(String text) {
		assertThat(RiskQuestion.asksAboutRisk(text, SafetyVerdict.SAFE)).isFalse();
	}

	@Test
	void namesDangerOnlyInSoManyWords() {
		assertThat(RiskQuestion.namesDanger("are there heart risks to know about")).isTrue();
		assertThat(RiskQuestion.namesDanger("does the plan cover heart checks")).isFalse();
	}

	@Test
	void theOverdoseAnswerAlwaysGetsTheLine() {
		assertThat(RiskQuestion.of(List.of("overdose"), "", SafetyVerdict.SAFE).happeningNow()).isTrue();
	}

	@Test
	void theScreensRiskQuestionCountsOnlyOnAnAnswerAboutARisk() {
		SafetyVerdict riskQuestion = new SafetyVerdict(Urgency.NONE, false, List.of(), true, false, false,
				RiskScore.NONE, List.of(), false, true);
		assertThat(RiskQuestion.of(List.of("dosing"), "", riskQuestion).happeningNow()).isTrue();
		assertThat(RiskQuestion.of(List.of("insurance_cost"), "", riskQuestion).happeningNow()).isFalse();
	}

	@Test
	void twoAnswersGetTheLineWhenOneIsAboutTheRisk() {
		assertThat(RiskQuestion.of(List.of("insurance_cost", "monitoring"), "what does it cost and who watches my "
				+ "oxygen", SafetyVerdict.SAFE).happeningNow()).isTrue();
	}

	@Test
	void nothingIsAddedToAnUrgentMessage() {
		SafetyVerdict urgent = new SafetyVerdict(Urgency.EMERGENCY, false, List.of("rule"));
		assertThat(RiskQuestion.of(List.of("overdose"), "my heart is racing", urgent)).isEqualTo(RiskQuestion.NONE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			i got two stents put in after a cardiac event, can i still do infusions
			ive had afib for years. would the heart monitoring catch a problem
			my high blood pressure is treated with pills, does ketamine push it up
			i was diagnosed with a leaky heart valve, who decides if this is safe
			""")
	void personalHistoryWhenTheVisitorTellsTheirOwnHeartOrPressureHistory(String text) {
		RiskQuestion risk = RiskQuestion.of(List.of("contraindications"), text, SafetyVerdict.SAFE);
		assertThat(risk.personalHistory()).isTrue();
		assertThat(risk.happeningNow()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			what happens to my heart rate during an infusion
			i have a question about heart rate during the session
			does ketamine raise blood pressure in people with heart disease
			""")
	void noPersonalHistoryForAQuestionAboutTheRiskInGeneral(String text) {
		assertThat(RiskQuestion.of(List.of("monitoring"), text, SafetyVerdict.SAFE).personalHistory()).isFalse();
	}


	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			overdose          | what would happen to someone who took too many of the troches
			overdose          | is an od on the spray something people survive
			monitoring        | does a nurse check my oxygen while i am out of it
			monitoring        | do you stop the infusion if my breathing slows
			monitoring        | what do the staff do if my pulse goes too high
			contraindications | i had a heart valve repaired, am i still a candidate
			contraindications | my mother has atrial fibrillation, could she get the infusions
			contraindications | who should stay away from ketamine because of their blood pressure
			interactions      | could combining the infusion with a sleeping pill be dangerous
			interactions      | is there a risk if i get ketamine while on my adhd meds
			contraindications | i was diagnosed with glaucoma last year, would ketamine be a problem for my eyes
			contraindications | i have asthma, could the infusion make it worse
			contraindications | my sister has bipolar disorder, is ketamine riskier for me because of that
			monitoring        | what happens if my pulse spikes in the middle of a session
			long_term_effects | is it harmful to keep getting infusions every month for years
			anesthesia        | would ketamine slow my breathing the way morphine does
			anesthesia        | do patients keep breathing by themselves when it is used for surgery
			anesthesia        | they still give it for operations? my cousin said you keep breathing on it
			anesthesia        | is it true that under this narcosis the breathing goes on by itself
			safety            | could the infusion ever stop my heart
			safety            | could ketamine cause cardiac arrest
			safety            | can it make you stop breathing
			side_effects      | is a seizure possible during an infusion
			contraindications | i have epilepsy, could ketamine lower my seizure threshold
			""")
	void namedRiskIntentWhenTheWordsSettleTheNeighbour(String intent, String text) {
		assertThat(RiskQuestion.namedRiskIntent(text)).contains(intent);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			true  | what would happen to someone who took too many of the troches
			true  | does a nurse check my oxygen while i am out of it
			false | could combining the infusion with a sleeping pill be dangerous
			false | i have asthma, could the infusion make it worse
			false | is it harmful to keep getting infusions every month for years
			""")
	void onlyThePlainestWordsNameARiskAnswerOverAnotherTopic(boolean overAnyTopic, String text) {
		assertThat(RiskQuestion.namesRiskOverAnyTopic(text)).isEqualTo(overAnyTopic);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			can ketamine make my heart race
			how many sessions do people need
			is it safe to be so out of it
			can i get it if i am nervous
			i have epilepsy, how long does a session last
			is it safe to drive home after the session
			""")
	void namedRiskIntentIsEmptyWhenTheClassifierShouldDecide(String text) {
		assertThat(RiskQuestion.namedRiskIntent(text)).isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			anesthesia         | does ketamine cause respiratory depression at low doses
			anesthesia         | can it depress breathing like other sedatives
			overdose           | is there an antidote if someone gets too much
			overdose           | can naloxone reverse ketamine
			overdose           | do you keep a reversal drug in the room
			session_experience | what does dissociation even mean
			session_experience | what is "dissociation" like
			""")
	void unmistakableRiskIntentForTermsTheClassifierMisreads(String intent, String text) {
		assertThat(RiskQuestion.unmistakableRiskIntent(text)).contains(intent);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			what is ketamine
			does ketamine help with depression
			what does it feel like
			is the dissociation dangerous
			""")
	void unmistakableRiskIntentIsEmptyForEveryOtherMessage(String text) {
		assertThat(RiskQuestion.unmistakableRiskIntent(text)).isEmpty();
	}

	@Test
	void asksOwnCandidacyWhenTheVisitorNamesTheirConditionAndAsksWhetherTheyMayHaveIt() {
		assertThat(RiskQuestion.asksOwnCandidacy("my cardiologist found an arrhythmia, does that disqualify me?")).isTrue();
		assertThat(RiskQuestion.asksOwnCandidacy("I use a cpap for apnea, can I still do infusions")).isTrue();
		assertThat(RiskQuestion.asksOwnCandidacy("what are the treatments for an arrhythmia")).isFalse();
		assertThat(RiskQuestion.asksOwnCandidacy("can I still get infusions if I move house")).isFalse();
		assertThat(RiskQuestion.asksOwnCandidacy("i had a stroke in 2019, does that exclude me?")).isTrue();
		assertThat(RiskQuestion.asksOwnCandidacy("is it ok for patients with coronary disease")).isTrue();
		assertThat(RiskQuestion.asksOwnCandidacy("is it ok for patients with long hair")).isFalse();
	}

	@Test
	void isRiskWordForTheRisksTheLineIsAbout() {
		assertThat(RiskQuestion.isRiskWord("palpitations")).isTrue();
		assertThat(RiskQuestion.isRiskWord("airway")).isTrue();
		assertThat(RiskQuestion.isRiskWord("stroke")).isTrue();
		assertThat(RiskQuestion.isRiskWord("asthma")).isFalse();
		assertThat(RiskQuestion.isRiskWord("sertraline")).isFalse();
	}

}
