package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ScreeningNormalizer} with the curated {@code screening.yaml}.
 */
class ScreeningNormalizerTests {

	private static final ScreeningNormalizer normalizer = new ScreeningNormalizer(
			SafetyRules.load(Path.of("intents/safety")).screening());

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			I WANT TO DIE                      | i want to die
			і'm goіng to kіll myself           | i am going to kill myself
			suісіdе                            | suicide
			ｋｉｌｌ ｍｙｓｅｌｆ               | kill myself
			kil\u200bl my\u200bself            | kill myself
			sui\u00adcide                      | suicide
			k\u2060ill                         | kill
			k1ll mys3lf                        | kill myself
			su1c1de                            | suicide
			h@rm myself                        | harm myself
			took 20 💊                         | took 20 pills
			💊💊                               | pills pills
			k i l l myself                     | kill myself
			i can't breathe                    | i can not breathe
			i don’t wanna live                 | i do not want to live
			kms rn                             | kill myself right now
			unalive myself                     | kill myself
			sewer slide                        | suicide
			sucide                             | suicide
			siezure                            | seizure
			i think i od'd                     | i think i overdosed
			special k                          | ketamine
			naïve café                         | naive cafe
			""")
	void normalizeUndoesDisguises(String text, String expected) {
		assertThat(normalizer.normalize(text.strip().translateEscapes())).isEqualTo(expected.strip());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			call or text 988                   | call or text 988
			my 3 year old                      | my 3 year old
			my 4yo                             | my 4yo
			20mg twice a day                   | 20mg twice a day
			1-800-222-1222                     | 1-800-222-1222
			i feel odd                         | i feel odd
			""")
	void normalizeLeavesNumbersAndOrdinaryWordsAlone(String text, String expected) {
		assertThat(normalizer.normalize(text.strip())).isEqualTo(expected.strip());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			my bp was 128/82 at the gp          | my bp was 128 / 82 (an ordinary reading) at the gp
			it runs about 150 over 95           | it runs about 150 over 95 (an ordinary reading)
			bp 205/118 and my head is pounding  | bp 205 / 118 (a dangerously high reading) and my head is pounding
			it says 165/124                     | it says 165 / 124 (a dangerously high reading)
			on 12/25 we travel                  | on 12/25 we travel
			""")
	void normalizePutsBloodPressureReadingsIntoWords(String text, String expected) {
		assertThat(normalizer.normalize(text.strip())).isEqualTo(expected.strip());
	}

	@Test
	void variantsWhenLettersAreRepeatedSqueezesToTwoAndToOne() {
		assertThat(normalizer.variants("i want to diiiie, killlll myself")).containsExactly(
				"i want to diie, kill myself", "i want to die, kill myself");
	}

	@Test
	void variantsWhenNothingIsRepeatedReturnsOneReading() {
		assertThat(normalizer.variants("hello there")).containsExactly("hello there");
	}

}
