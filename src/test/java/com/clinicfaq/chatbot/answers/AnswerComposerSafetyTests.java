package com.clinicfaq.chatbot.answers;

import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.safety.CrisisLine;
import com.clinicfaq.chatbot.safety.RiskScore;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the safety wording of {@link AnswerComposer}.
 */
class AnswerComposerSafetyTests {

	private static final ClinicContact clinic = new ClinicContact("Lakeside Clinic", "(555) 010-0199",
			"care@lakeside.example", "Mon-Fri 9-5", "https://lakeside.example/book");

	private static final List<CrisisLine> usLines = List.of(
			new CrisisLine("988 Suicide & Crisis Lifeline", "Call or text 988", "If you are thinking about suicide"),
			new CrisisLine("Emergency services", "Call 911", "For a medical emergency"),
			new CrisisLine("Poison Control", "Call 1-800-222-1222", "If someone took too much of a medicine"));

	private static final IntentDefinition dosing = new IntentDefinition("dosing", Route.ANSWER, null,
			List.of("typical dose"), "Doses are set by the clinician for each patient.", List.of("Is it safe?"), null);

	private final AnswerComposer composer = new AnswerComposer(clinic, usLines, "Not medical advice.");

	@ParameterizedTest
	@EnumSource(value = Urgency.class, names = { "CRISIS", "EMERGENCY" })
	void urgentGivesEveryCrisisLineAndTheClinicPhone(Urgency urgency) {
		Answer answer = this.composer.urgent(urgency);
		assertThat(answer.text()).contains("Call or text 988", "Call 911", "Call 1-800-222-1222", "(555) 010-0199",
				"Lakeside Clinic");
		assertThat(answer.crisisLines()).isEqualTo(usLines);
		assertThat(answer.suggestions()).isEmpty();
		assertThat(answer.text().length()).isLessThan(700);
	}

	@Test
	void urgentWhenCrisisIsCaringAndWhenEmergencyUrgesHelpNow() {
		assertThat(this.composer.urgent(Urgency.CRISIS).text()).startsWith("I'm really sorry")
			.contains("You don't have to go through this alone");
		assertThat(this.composer.urgent(Urgency.EMERGENCY).text()).startsWith("This sounds like it could be a medical "
				+ "emergency. Please get help now");
	}

	@Test
	void urgentWhenClinicConfiguresOtherLinesUsesOnlyThose() {
		AnswerComposer uk = new AnswerComposer(clinic,
				List.of(new CrisisLine("Samaritans", "Call 116 123", "Any time"),
						new CrisisLine("Emergency services", "Call 999", "For a medical emergency")),
				"Not medical advice.");
		String text = uk.urgent(Urgency.CRISIS).text();
		assertThat(text).contains("Samaritans", "116 123", "999").doesNotContain("988").doesNotContain("911");
		assertThat(uk.handoff(HandoffReason.URGENT, null, SafetyVerdict.SAFE).text()).doesNotContain("911");
	}

	@Test
	void handoffWhenSpanishRuleFiredLeadsInSpanishAndKeepsEveryLine() {
		SafetyVerdict crisis = new SafetyVerdict(Urgency.CRISIS, true, List.of("suicidal-intent-es"));
		String text = this.composer.handoff(HandoffReason.URGENT, null, crisis).text();
		assertThat(text).startsWith("Siento mucho que estés pasando por esto")
			.contains("(555) 010-0199", "I'm really sorry", "Call or text 988", "Call 911");
		SafetyVerdict emergency = new SafetyVerdict(Urgency.EMERGENCY, false, List.of("breathing-es"));
		assertThat(this.composer.handoff(HandoffReason.URGENT, null, emergency).text())
			.startsWith("Esto puede ser una emergencia médica")
			.contains("This sounds like it could be a medical emergency", "Call 911");
		SafetyVerdict english = new SafetyVerdict(Urgency.CRISIS, true, List.of("suicidal-intent"));
		assertThat(this.composer.handoff(HandoffReason.URGENT, null, english).text()).startsWith("I'm really sorry");
	}

	@Test
	void handoffWhenOnlyTheSpanishDetectorFiredLeadsInSpanish() {
		SafetyVerdict crisis = new SafetyVerdict(Urgency.CRISIS, true, List.of(), false, false, false,
				new RiskScore(0.9, 0), List.of(SafetyVerdict.SPANISH_DETECTOR), true, false);
		assertThat(this.composer.handoff(HandoffReason.URGENT, null, crisis).text())
			.startsWith("Siento mucho que estés pasando por esto")
			.contains("I'm really sorry", "Call or text 988");
		SafetyVerdict english = new SafetyVerdict(Urgency.CRISIS, true, List.of(), false, false, false,
				new RiskScore(0.9, 0), List.of(SafetyVerdict.DETECTOR), true, false);
		assertThat(this.composer.handoff(HandoffReason.URGENT, null, english).text()).startsWith("I'm really sorry");
	}

	@Test
	void handoffWhenUrgentFromClassifierEmergencyUsesEmergencyWording() {
		IntentDefinition emergency = new IntentDefinition("emergency", Route.HANDOFF, HandoffReason.URGENT,
				List.of("i took too much"), "", null, null);
		assertThat(this.composer.handoff(HandoffReason.URGENT, emergency, SafetyVerdict.SAFE).text())
			.startsWith("This sounds like it could be a medical emergency");
	}

	@Test
	void answerWhenAdviceBoundaryAddsPrescriberLineAndOffersPerson() {
		SafetyVerdict advice = new SafetyVerdict(Urgency.NONE, false, List.of(), false, true, false);
		Answer answer = this.composer.answer(dosing, advice);
		assertThat(answer.text()).startsWith("Doses are set by the clinician")
			.contains("talk to your prescriber or one of our clinicians")
			.contains("(555) 010-0199");
		assertThat(answer.suggestions()).containsExactly(AnswerComposer.TALK_TO_CLINIC, "Is it safe?");
	}

	@Test
	void answerWhenMessageMentionsSelfHarmAddsCrisisLines() {
		SafetyVerdict mention = new SafetyVerdict(Urgency.NONE, true, List.of());
		Answer answer = this.composer.answer(dosing, mention);
		assertThat(answer.text()).contains("Call or text 988");
		assertThat(answer.crisisLines()).isEqualTo(usLines);
	}

	private static final SafetyVerdict riskQuestion = new SafetyVerdict(Urgency.NONE, false, List.of(), true, false,
			false, RiskScore.NONE, List.of(), false, true);

	@Test
	void answerWhenRiskQuestionAddsWhatToDoIfItIsHappeningNowWithEmergencyAndPoisonLines() {
		Answer answer = this.composer.answer(dosing, riskQuestion);
		assertThat(answer.text()).startsWith("Doses are set by the clinician")
			.contains(AnswerComposer.HAPPENING_NOW)
			.contains("call 911 (Emergency services) or call 1-800-222-1222 (Poison Control)")
			.doesNotContain("988");
	}

	@Test
	void answerWhenRiskQuestionAndOtherLinesAreConfiguredNamesOnlyThose() {
		AnswerComposer uk = new AnswerComposer(clinic,
				List.of(new CrisisLine("Samaritans", "Call 116 123", "Any time"),
						new CrisisLine("Emergency services", "Call 999", "For a medical emergency"),
						new CrisisLine("NHS 111", "Call 111", "If someone took too much of a medicine")),
				"Not medical advice.");
		assertThat(uk.answer(dosing, riskQuestion).text()).contains("call 999 (Emergency services) or call 111 (NHS 111)")
			.doesNotContain("911")
			.doesNotContain("116 123");
	}

	@Test
	void answerWhenRiskQuestionAndOnlyCrisisLinesAreConfiguredNamesThemAllAndTheSameEveryTime() {
		AnswerComposer crisisOnly = new AnswerComposer(clinic,
				List.of(new CrisisLine("Samaritans", "Call 116 123", "Any time"),
						new CrisisLine("Crisis Text Line", "Text SHOUT to 85258", "Any time")),
				"Not medical advice.");
		String first = crisisOnly.answer(dosing, riskQuestion).text();
		assertThat(first).contains("call 116 123 (Samaritans) or text SHOUT to 85258 (Crisis Text Line).");
		assertThat(crisisOnly.answer(dosing, riskQuestion).text()).isEqualTo(first);
		assertThat(crisisOnly.urgent(Urgency.CRISIS).text()).contains("- Samaritans: Call 116 123 (any time)",
				"- Crisis Text Line: Text SHOUT to 85258 (any time)");
	}

	@Test
	void answerOfTheOverdoseIntentAlwaysSaysWhatToDoIfItIsHappeningNow() {
		IntentDefinition overdose = new IntentDefinition("overdose", Route.ANSWER, null, List.of("too much"),
				"In a clinic the dose is measured by the team.", List.of(), null);
		assertThat(this.composer.answer(overdose, SafetyVerdict.SAFE).text()).contains(AnswerComposer.HAPPENING_NOW);
	}

	@Test
	void answerWhenVisitorTellsTheirHeartHistoryAddsTheLineTheAdviceBoundaryAndTheClinicPhone() {
		IntentDefinition contraindications = new IntentDefinition("contraindications", Route.ANSWER, null,
				List.of("who should not have it"), "Some people should not have ketamine.", List.of("Is it safe?"), null);
		String text = "i got a pacemaker fitted two years back, would ketamine be a problem";
		Answer answer = this.composer.answer(contraindications, SafetyVerdict.SAFE,
				RiskQuestion.of(List.of("contraindications"), text, SafetyVerdict.SAFE));
		assertThat(answer.text()).startsWith("Some people should not have ketamine.")
			.contains(AnswerComposer.HAPPENING_NOW, "talk to your prescriber", "Lakeside Clinic, (555) 010-0199");
		assertThat(answer.suggestions()).startsWith(AnswerComposer.TALK_TO_CLINIC);
	}

	@Test
	void answerOfAnUnrelatedIntentNeverGetsTheLineWhateverTheMessageSays() {
		IntentDefinition cost = new IntentDefinition("insurance_cost", Route.ANSWER, null, List.of("price"),
				"Costs vary by clinic.", List.of(), null);
		String text = "does insurance pay if my cardiologist says my blood pressure is fine";
		assertThat(this.composer.answer(cost, SafetyVerdict.SAFE,
				RiskQuestion.of(List.of("insurance_cost"), text, SafetyVerdict.SAFE)).text())
			.isEqualTo("Costs vary by clinic.");
	}

	@Test
	void answerWhenNothingSpecialIsTheCuratedAnswer() {
		Answer answer = this.composer.answer(dosing, SafetyVerdict.SAFE);
		assertThat(answer.text()).isEqualTo(dosing.answer());
		assertThat(answer.crisisLines()).isEmpty();
	}

	@Test
	void handoffWhenIllicitRequestRefusesWithoutInstructions() {
		SafetyVerdict illicit = new SafetyVerdict(Urgency.NONE, false, List.of(), false, false, true);
		Answer answer = this.composer.handoff(HandoffReason.UNMATCHED, null, illicit);
		assertThat(answer.id()).isEqualTo("handoff.unmatched.refusal");
		assertThat(answer.text()).startsWith("I can't help with getting ketamine outside of medical care")
			.contains("(555) 010-0199");
	}

}
