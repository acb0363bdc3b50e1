package com.clinicfaq.chatbot.channels;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OfferedOptions}.
 */
class OfferedOptionsTests {

	private final OfferedOptions options = new OfferedOptions(Duration.ofMinutes(30), 100);

	@Test
	void resolveWhenTheNumberOfAnOfferedOptionGivesThatOption() {
		this.options.remember("sms:abc", List.of("How much does it cost?", "Is it safe?"));

		assertThat(this.options.resolve("sms:abc", "1")).isEqualTo("How much does it cost?");
		assertThat(this.options.resolve("sms:abc", " 2. ")).isEqualTo("Is it safe?");
	}

	@Test
	void resolveWhenNotAnOfferedNumberKeepsTheText() {
		this.options.remember("sms:abc", List.of("How much does it cost?"));

		assertThat(this.options.resolve("sms:abc", "3")).isEqualTo("3");
		assertThat(this.options.resolve("sms:abc", "0")).isEqualTo("0");
		assertThat(this.options.resolve("sms:abc", "1 more question")).isEqualTo("1 more question");
		assertThat(this.options.resolve("sms:other", "1")).isEqualTo("1");
	}

	@Test
	void resolveAfterARepliesWithoutOptionsKeepsTheText() {
		this.options.remember("sms:abc", List.of("How much does it cost?"));
		this.options.remember("sms:abc", List.of());

		assertThat(this.options.resolve("sms:abc", "1")).isEqualTo("1");
	}

}
