package com.clinicfaq.chatbot.answers;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ClinicFactLines}: clinic facts from configuration, never guessed.
 */
class ClinicFactLinesTests {

	private static final ClinicContact CLINIC = new ClinicContact("Calm Clinic", "(555) 010-0199",
			"hello@calm.example", "weekdays", "https://calm.example/book");

	private static final Answer PREPARATION = new Answer("preparation#1", "Getting ready is mostly practical.",
			"not medical advice", List.of(), List.of());

	@Test
	void addToWhenPreparationIsNotConfiguredSaysTheClinicWillConfirmAndGivesTheContact() {
		Answer answer = new ClinicFactLines(CLINIC, ClinicFacts.none()).addTo(PREPARATION, "preparation", "can i eat");
		assertThat(answer.text()).startsWith("Getting ready is mostly practical.")
			.contains("Calm Clinic will tell you its own instructions")
			.contains("(555) 010-0199")
			.contains("hello@calm.example");
		assertThat(answer.id()).isEqualTo("preparation#1");
	}

	@Test
	void addToWhenPreparationIsConfiguredGivesTheClinicsOwnRules() {
		ClinicFacts facts = new ClinicFacts("No food for 4 hours before; clear fluids until 2 hours before.", null, null,
				null);
		Answer answer = new ClinicFactLines(CLINIC, facts).addTo(PREPARATION, "preparation", "can i eat");
		assertThat(answer.text()).contains("At Calm Clinic: No food for 4 hours before").doesNotContain("will tell you");
	}

	@Test
	void addToWhenEligibilityQuestionIsAboutAgeGivesTheConfiguredAgeOrTheContact() {
		Answer eligibility = new Answer("eligibility#1", "It is not for everyone.", "not medical advice", List.of(),
				List.of());
		assertThat(new ClinicFactLines(CLINIC, new ClinicFacts(null, 18, null, null))
			.addTo(eligibility, "eligibility", "can a 17 year old get it").text()).contains("aged 18 and older");
		assertThat(new ClinicFactLines(CLINIC, ClinicFacts.none())
			.addTo(eligibility, "eligibility", "my son is 16, can he get it").text())
			.contains("Age limits differ between clinics")
			.contains("(555) 010-0199");
		assertThat(new ClinicFactLines(CLINIC, ClinicFacts.none())
			.addTo(eligibility, "eligibility", "am i a good candidate").text()).isEqualTo("It is not for everyone.");
	}

	@Test
	void addToPutsTheLineBeforeTheSafetyAdditions() {
		Answer withBoundary = new Answer("preparation#1", "Getting ready.\n\nI can only share general information.",
				"not medical advice", List.of(), List.of());
		String text = new ClinicFactLines(CLINIC, ClinicFacts.none()).addTo(withBoundary, "preparation", "x").text();
		assertThat(text.indexOf("will tell you")).isLessThan(text.indexOf("I can only share"));
	}

}
