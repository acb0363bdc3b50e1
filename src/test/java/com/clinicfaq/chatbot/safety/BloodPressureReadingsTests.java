package com.clinicfaq.chatbot.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BloodPressureReadings}: what the risk detector reads instead of a reading's numbers. Sentences
 * written for these tests.
 */
class BloodPressureReadingsTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "my bp at the pharmacy kiosk was 124/79|my bp at the pharmacy kiosk was a normal reading",
			"blood pressure 205 over 118 and my head is pounding|blood pressure a dangerously high reading and my head is pounding",
			"the cuff said 150/96 this morning|the cuff said a high reading this morning",
			"my pressure dropped to 82/50 and i feel faint|my pressure dropped to a very low reading and i feel faint",
			"my reading was 176/112 mmHg an hour ago|my reading was a dangerously high reading an hour ago" })
	void inWordsWhenASentenceGivesAReadingNamesItsBand(String sentence, String expected) {
		assertThat(BloodPressureReadings.inWords(sentence)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "i had my last session on 12/21, how soon can i book the next one",
			"my score on the quiz was 18/20", "the bp was fine but the 3/4 dose made me sleepy",
			"is 50/50 a fair way to split the cost with my sister", "we drove 120 over 80 miles of road" })
	void inWordsWhenNumbersAreNotABloodPressureReadingLeavesTheSentence(String sentence) {
		assertThat(BloodPressureReadings.inWords(sentence)).isEqualTo(sentence);
	}

	@Test
	void bandLeansTowardsCautionAtTheEdges() {
		assertThat(BloodPressureReadings.band(180, 80)).isEqualTo("a dangerously high reading");
		assertThat(BloodPressureReadings.band(150, 110)).isEqualTo("a dangerously high reading");
		assertThat(BloodPressureReadings.band(139, 89)).isEqualTo("a normal reading");
		assertThat(BloodPressureReadings.band(89, 70)).isEqualTo("a very low reading");
	}

}
