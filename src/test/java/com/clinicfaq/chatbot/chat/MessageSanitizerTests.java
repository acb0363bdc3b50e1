package com.clinicfaq.chatbot.chat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MessageSanitizer}.
 */
class MessageSanitizerTests {

	@Test
	void sanitizeLeavesOrdinaryTextAlone() {
		assertThat(MessageSanitizer.sanitize("How long does an infusion take? Café, naïve, 20mg."))
			.isEqualTo("How long does an infusion take? Café, naïve, 20mg.");
	}

	@Test
	void sanitizeKeepsAtMostTwoCombiningMarksPerLetter() {
		String zalgo = "a" + "\u0301".repeat(999);

		assertThat(MessageSanitizer.sanitize(zalgo)).isEqualTo("a\u0301\u0301");
		assertThat(MessageSanitizer.sanitize("\u0301".repeat(1000))).isEmpty();
	}

	@Test
	void sanitizeDropsControlAndInvisibleCharactersButKeepsEmojiJoiners() {
		assertThat(MessageSanitizer.sanitize("\u0000".repeat(990))).isEmpty();
		assertThat(MessageSanitizer.sanitize("ki\u200Bll\u0007 me\u202E")).isEqualTo("kill me");
		assertThat(MessageSanitizer.sanitize("👩\u200D⚕️")).isEqualTo("👩\u200D⚕️");
	}

	@Test
	void sanitizeCutsRepeatedCharactersToThreeSoStretchingIsStillVisible() {
		assertThat(MessageSanitizer.sanitize("diiiiiiiiie" + "!".repeat(500))).isEqualTo("diiie!!!");
	}

	@Test
	void sanitizeCollapsesWhiteSpaceButKeepsLineBreaksBetweenSentences() {
		assertThat(MessageSanitizer.sanitize("  I am fine \t\t today\r\n\n\nI took all my pills  "))
			.isEqualTo("I am fine today\nI took all my pills");
	}

	@Test
	void sanitizeDropsUnpairedSurrogates() {
		assertThat(MessageSanitizer.sanitize("a\uD800b\uDC00c")).isEqualTo("abc");
	}

	@Test
	void hasWordsOnlyWhenThereIsALetterOrDigit() {
		assertThat(MessageSanitizer.hasWords("?")).isFalse();
		assertThat(MessageSanitizer.hasWords("🙂👍")).isFalse();
		assertThat(MessageSanitizer.hasWords("!!!")).isFalse();
		assertThat(MessageSanitizer.hasWords("")).isFalse();
		assertThat(MessageSanitizer.hasWords("ok")).isTrue();
		assertThat(MessageSanitizer.hasWords("988?")).isTrue();
	}

}
