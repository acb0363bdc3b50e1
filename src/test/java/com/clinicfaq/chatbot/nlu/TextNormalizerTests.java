package com.clinicfaq.chatbot.nlu;

import java.nio.file.Path;

import com.clinicfaq.chatbot.safety.SafetyRules;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TextNormalizer}.
 */
class TextNormalizerTests {

	private final TextNormalizer normalizer = new TextNormalizer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			What's K?                         | what is ketamine
			how much is ket                   | how much is ketamine
			IV infusion?                      | intravenous infusion
			is Spravato the same              | is esketamine the same
			can u take lozenges at home       | can you take troche at home
			I can\u2019t sleep after infussion | i can not sleep after infusion
			im nervous                        | i am nervous
			is vitamin K safe with k          | is vitamin k safe with ketamine
			""")
	void normalizeWhenShorthandOrContractionUsedSpellsItOut(String text, String expected) {
		assertThat(this.normalizer.normalize(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			What's K?                              | what is ketamine?
			Quick question:  can u   take meds??   | quick question: can you take medication??
			is vitamin K safe with ket             | is vitamin k safe with ketamine
			I can\u2019t sleep after my IV.         | i can not sleep after my iv.
			""")
	void embeddingTextKeepsPunctuationAndSpellsOutContractions(String text, String expected) {
		assertThat(this.normalizer.embeddingText(text)).isEqualTo(expected);
	}

	/**
	 * The classifier's embedding text is, for ordinary messages of one or two sentences, a unit the risk detector
	 * embeds too, so the two share one run of the sentence encoder.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			how much does a ketamine infusion cost?
			hi, can u take meds before the session thanks!
			good morning. what's K for my mom
			Quick question:  is ket FDA approved (asking for a friend)
			I'm nervous about the drip. Will someone stay with me?
			""")
	void embeddingTextIsAUnitTheRiskDetectorEmbeds(String text) {
		SafetyScreen screen = new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
		assertThat(screen.unitScores(text)).containsKey(this.normalizer.embeddingText(text));
	}

	@Test
	void normalizeWhenAccentsOrInvisibleCharactersPresentFoldsThem() {
		assertThat(this.normalizer.normalize("Cafe\u0301 keta\u00admine \uFF2B")).isEqualTo("cafe ketamine ketamine");
	}

	@Test
	void tokensWhenOnlyPunctuationReturnsNothing() {
		assertThat(this.normalizer.tokens("?!...")).isEmpty();
	}

	@Test
	void foldWhenMixedCaseLowerCasesAndKeepsPunctuation() {
		assertThat(this.normalizer.fold("Is IT Safe?")).isEqualTo("is it safe?");
	}

}
