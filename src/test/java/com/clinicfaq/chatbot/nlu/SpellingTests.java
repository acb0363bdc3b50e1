package com.clinicfaq.chatbot.nlu;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Spelling}: typing slips of the training phrases' words are read as those words, and nothing else
 * is touched.
 */
class SpellingTests {

	private static final Map<String, List<String>> PHRASES = Map.of("side_effects",
			List.of("what are the side effects", "side effects of ketamine", "are the effects strong",
					"how long do the effects last after a treatment", "does the treatment have effects"),
			"duration",
			List.of("how long does it last", "how long do the effects last", "does it last long after treatment",
					"how long will the treatment last"),
			"addiction", List.of("is it addictive", "is ketamine addictive", "can you get addicted"),
			"legal_status", List.of("do i need a prescription", "is a prescription required", "is it legal"));

	private final Spelling spelling = Spelling.of(PHRASES, new TextNormalizer());

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "efects, effects", "lnog, long", "aftr, after", "treatmnet, treatment", "adictive, addictive",
			"prescriptoin, prescription", "treatmentt, treatment" })
	void aSlipOfATrainingWordIsThatWord(String typed, String meant) {
		assertThat(this.spelling.correct(typed)).isEqualTo(meant);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "dump", "pump", "mri", "sertraline", "the", "effects", "efx", "lasts2", "zzzzzz", "hiii",
			"sooo" })
	void knownWordsShortWordsAndStrangersAreLeftAlone(String token) {
		assertThat(this.spelling.correct(token)).isEqualTo(token);
	}

	@Test
	void correctsTheWordsOfATextAndKeepsItsPunctuation() {
		assertThat(this.spelling.correctText("how lnog do the efects last, aftr a treatmnet?"))
			.isEqualTo("how long do the effects last, after a treatment?");
		String unchanged = "how long do the effects last?";
		assertThat(this.spelling.correctText(unchanged)).isSameAs(unchanged);
	}

	@Test
	void aWordUsedOnceIsNeverOfferedAsACorrection() {
		// "required" appears once: a word two slips from it is not read as it
		assertThat(this.spelling.correct("requird")).isEqualTo("requird");
	}

	@Test
	void distanceCountsASwapOfNeighbouringLettersAsOneSlip() {
		assertThat(EditDistance.withSwaps("lnog", "long", 2)).isEqualTo(1);
		assertThat(EditDistance.withSwaps("efects", "effects", 2)).isEqualTo(1);
		assertThat(EditDistance.withSwaps("abc", "abcdef", 2)).isEqualTo(3);
	}

	@Test
	void theWordModelReadsTheCorrectedTokens() {
		IntentModelTrainer trainer = new IntentModelTrainer(new TextNormalizer(),
				OpenNlpIntentClassifierTests.properties(false));
		OpenNlpIntentClassifier classifier = trainer.train(PHRASES);
		assertThat(classifier.classify("is it adictive").best().orElseThrow().name()).isEqualTo("addiction");
		assertThat(classifier.classify("do i need a prescriptoin").best().orElseThrow().name()).isEqualTo("legal_status");
	}

}
