package com.clinicfaq.chatbot.transcripts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PersonalDataRedactor}.
 */
class PersonalDataRedactorTests {

	private final PersonalDataRedactor redactor = new PersonalDataRedactor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			call me back at (555) 123-4567 please                    | call me back at [PHONE] please                     | phone
			my cell is 555-123-4567                                  | my cell is [PHONE]                                 | phone
			text 555.123.4567 after 5                                | text [PHONE] after 5                               | phone
			number: 5551234567                                       | number: [PHONE]                                    | phone
			reach me on +1 555 123 4567 ext 12                       | reach me on [PHONE]                                | phone
			uk mobile +44 7700 900123                                | uk mobile [PHONE]                                  | phone
			i called 1-800-222-1222 already                          | i called [PHONE] already                           | phone
			email me at jane.doe+ket@example.com thanks              | email me at [EMAIL] thanks                         | email
			JANE_DOE@Mail.Example.ORG                                | [EMAIL]                                            | email
			it's jane dot doe at gmail dot com                       | it's [EMAIL]                                       | email
			jdoe (at) example (dot) com                              | [EMAIL]                                            | email
			my ssn is 123-45-6789                                    | my ssn is [SSN]                                    | ssn
			social security number 123 45 6789                       | social security number [SSN]                       | ssn
			SSN: 123456789                                           | SSN: [SSN]                                         | ssn
			my member id is XJH123456789                             | my member id is [MEMBER_ID]                        | member_id
			Member ID: W123-456-789                                  | Member ID: [MEMBER_ID]                             | member_id
			policy number 88213377 group 4410                        | policy number [MEMBER_ID] group 4410               | member_id
			medicare 1EG4-TE5-MK73                                   | medicare [MEMBER_ID]                               | member_id
			my dob is 03/14/1985                                     | my dob is [DOB]                                    | dob
			date of birth: 1985-03-14                                | date of birth: [DOB]                               | dob
			I was born on March 14, 1985                             | I was born on [DOB]                                | dob
			born 14th of March 1985, is that too old?                | born [DOB], is that too old?                       | dob
			I live at 123 Main Street, Apt 4B                        | I live at [ADDRESS]                                | address
			send it to 4521 north oak ave                            | send it to [ADDRESS]                               | address
			1600 Pennsylvania Ave NW, Washington, DC 20500           | [ADDRESS] NW, Washington, DC 20500                 | address
			PO Box 1234                                              | [ADDRESS]                                          | address
			my name is Sarah Connor and i have a question            | my name is [NAME] and i have a question            | name
			my name is sarah                                         | my name is [NAME]                                  | name
			Hi, I'm Maria. Is ketamine safe?                         | Hi, I'm [NAME]. Is ketamine safe?                  | name
			you can call me Jay                                      | you can call me [NAME]                             | name
			my husband John took too much                            | my husband [NAME] took too much                    | name
			""")
	void redactReplacesPersonalDataWithMarkers(String text, String expected, String type) {
		PersonalDataRedactor.Redaction redaction = this.redactor.redact(text.strip());
		assertThat(redaction.text()).isEqualTo(expected.strip());
		assertThat(redaction.types()).contains(type);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			call or text 988 if you are in crisis
			i've had 2 sessions so far, 6 more to go
			is 0.5 mg per kg a normal dose
			i drive 20 miles down the road to get there
			the fda said something in 2023
			my 3 year old is fine, how long does a session last
			i'm tired and i'm wondering about side effects
			I'm not sure ketamine is right for me
			my friend OD'd on ket and is not responding
			my husband is on lithium, is that a problem
			is ketamine schedule 3 or schedule 2
			i take 100mg of sertraline and 2 x 50 mg at night
			session at 10:30 on 3/14, can i drive after
			""")
	void redactLeavesOrdinaryTextAlone(String text) {
		PersonalDataRedactor.Redaction redaction = this.redactor.redact(text.strip());
		assertThat(redaction.text()).isEqualTo(text.strip());
		assertThat(redaction.types()).isEmpty();
	}

	@Test
	void redactWhenSeveralKindsListsEachKindOnce() {
		PersonalDataRedactor.Redaction redaction = this.redactor
			.redact("My name is Ana Lee, dob 1/2/1990, call 555-123-4567 or 555-987-6543 or ana@example.com");
		assertThat(redaction.text())
			.isEqualTo("My name is [NAME], dob [DOB], call [PHONE] or [PHONE] or [EMAIL]");
		assertThat(redaction.types()).containsExactly("email", "dob", "phone", "name");
	}

	@Test
	void redactWhenTextIsEmptyReturnsIt() {
		assertThat(this.redactor.redact("").text()).isEmpty();
		assertThat(this.redactor.redact("").types()).isEmpty();
	}

}
