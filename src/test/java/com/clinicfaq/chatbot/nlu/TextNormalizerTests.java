package com.clinicfaq.chatbot.nlu;

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
