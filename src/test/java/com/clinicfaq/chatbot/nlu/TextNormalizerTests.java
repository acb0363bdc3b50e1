package com.clinicfaq.chatbot.nlu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;

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
			any side fx                       | any side effects
			how long to wrk                   | how long to work
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
			wat r the side fx?                     | wat r the side effects?
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
			any side fx from the spray?
			how long dose it take to wrk
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


	/** The ASCII shortcut of {@code fold} gives what the Unicode passes give, on the catalog and on random ASCII. */
	@Test
	void foldOfAsciiTextIsTheUnicodeFold() {
		List<String> texts = new ArrayList<>();
		for (IntentDefinition intent : IntentCatalog.load(Path.of("intents")).all()) {
			texts.addAll(intent.examples());
			texts.addAll(intent.visitorExamples());
		}
		Random random = new Random(25);
		for (int i = 0; i < 5_000; i++) {
			char[] chars = new char[random.nextInt(40)];
			for (int c = 0; c < chars.length; c++) {
				chars[c] = (char) random.nextInt(0x80);
			}
			texts.add(new String(chars));
		}
		int ascii = 0;
		for (String text : texts) {
			assertThat(this.normalizer.fold(text)).as(text).isEqualTo(this.normalizer.foldUnicode(text));
			ascii += text.chars().allMatch((c) -> c < 0x80) ? 1 : 0;
		}
		assertThat(ascii).isGreaterThan(5_000);
		assertThat(this.normalizer.fold("Caf\u00E9 \u2019K\u00AD\u200B")).isEqualTo("cafe 'k");
	}

}
