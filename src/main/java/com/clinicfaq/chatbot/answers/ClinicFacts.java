package com.clinicfaq.chatbot.answers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Facts that differ from clinic to clinic and that the reference documents cannot give: how to prepare for a session,
 * the minimum age, the address, prices. Each is empty until the clinic fills it in; until then the bot says the clinic
 * will confirm and gives the contact, and never guesses.
 *
 * @param preparation the clinic's own preparation instructions (eating and drinking, usual medicines, what to bring)
 * @param minimumAge the youngest age the clinic treats, or {@code null}
 * @param address where the clinic is, with parking or directions
 * @param prices the clinic's prices and payment options
 */
@ConfigurationProperties("chatbot.clinic")
public record ClinicFacts(String preparation, Integer minimumAge, String address, String prices) {

	public static ClinicFacts none() {
		return new ClinicFacts(null, null, null, null);
	}

	static boolean given(String value) {
		return value != null && !value.isBlank();
	}

}
