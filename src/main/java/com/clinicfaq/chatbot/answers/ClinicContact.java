package com.clinicfaq.chatbot.answers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How visitors reach the clinic's people. The defaults are neutral placeholders (a 555 number, an
 * {@code .example} domain) so the service runs out of the box; every clinic sets its own.
 *
 * @param name the clinic's name
 * @param phone its phone number
 * @param email its e-mail address
 * @param hours when someone answers
 * @param bookingUrl where to book a consultation
 */
@ConfigurationProperties("chatbot.clinic")
public record ClinicContact(@DefaultValue("the clinic") String name, @DefaultValue("(555) 010-0100") String phone,
		@DefaultValue("care@clinic.example") String email,
		@DefaultValue("Monday to Friday, 9 am to 5 pm") String hours,
		@DefaultValue("https://clinic.example/book") String bookingUrl) {

	/** The placeholder phone number the service ships with, in any formatting. */
	public static final String PLACEHOLDER_PHONE = "(555) 010-0100";

	/**
	 * Whether the phone is still the shipped placeholder: people in crisis would be told to call a number that
	 * reaches nobody.
	 */
	public boolean placeholderPhone() {
		return this.phone == null || this.phone.isBlank()
				|| this.phone.replaceAll("\\D", "").endsWith(PLACEHOLDER_PHONE.replaceAll("\\D", ""));
	}

}
