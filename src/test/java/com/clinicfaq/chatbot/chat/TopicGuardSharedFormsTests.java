package com.clinicfaq.chatbot.chat;

import com.clinicfaq.chatbot.nlu.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TopicGuard} on forms of treatment other medicines share, short class names of medicines, questions
 * put to the clinic about its practice and questions about taking ketamine with another medicine (session 11).
 */
class TopicGuardSharedFormsTests {

	private final TopicGuard guard = TopicGuard.load(new TextNormalizer());

	@ParameterizedTest
	@ValueSource(strings = { "my hematologist booked me an iron infusion, how long will I sit there",
			"IV iron for anemia, does the needle hurt", "how long does a remicade infusion take",
			"do benzos wreck your memory long term", "is propofol habit forming", "can a 12 year old take adhd meds" })
	void otherTopicWhenAnotherMedicineOwnsTheFormOrIsNamedByItsClassNamesIt(String message) {
		assertThat(this.guard.otherTopic(message, false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how long does the ketamine infusion take", "how long does an infusion take",
			"what is the dosing schedule", "is there an intranasal version", "do you ask people on benzos to skip a dose",
			"will you check my blood pressure if I take lisinopril" })
	void otherTopicWhenTheFormIsOursOrTheClinicIsAskedAboutItsPracticeIsEmpty(String message) {
		assertThat(this.guard.otherTopic(message, false)).isEmpty();
	}

	@Test
	void otherTopicWhenTheClinicIsOnlyAskedForInformationStillNamesTheMedicine() {
		assertThat(this.guard.otherTopic("do you have information about benzos", false)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "will ketamine clash with my prazosin?", "can I keep taking my zoloft while doing ketamine",
			"is it ok to mix it with my meds", "do I have to stop lamictal before the infusions",
			"ketamine together with propranolol, any issue?" })
	void asksAboutTakingBothWhenKetamineAndAnotherMedicineAreHadTogether(String message) {
		assertThat(this.guard.asksAboutTakingBoth(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "would ketamine work better than my zoloft?", "ketamine or prozac, which is faster",
			"I have epilepsy, can I do ketamine?", "can ketamine help with my back pain",
			"does zoloft interact with ibuprofen", "would my glaucoma keep me from having ketamine" })
	void asksAboutTakingBothWhenComparingOrNamingOnlyAConditionIsFalse(String message) {
		assertThat(this.guard.asksAboutTakingBoth(message)).isFalse();
	}

	@Test
	void namesOtherConditionTellsAConditionFromAMedicine() {
		assertThat(this.guard.namesOtherCondition("I have glaucoma and take metoprolol")).isTrue();
		assertThat(this.guard.namesOtherCondition("I take metoprolol and my meds")).isFalse();
	}

}
