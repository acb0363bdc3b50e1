package com.clinicfaq.chatbot.channels;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ConversationIds}.
 */
class ConversationIdsTests {

	private final ConversationIds ids = new ConversationIds("a-key-of-sixteen-characters-or-more");

	@Test
	void ofTheSameSenderIsStableAndHoldsNoPartOfTheNumber() {
		String id = this.ids.of("sms", "+15551234567");

		assertThat(id).isEqualTo(this.ids.of("sms", "+15551234567")).startsWith("sms:").hasSize(4 + 22)
			.doesNotContain("1234567").doesNotContain("555");
		assertThat(id).matches("[A-Za-z0-9._:-]{1,100}");
	}

	@Test
	void ofDiffersByChannelSenderAndKey() {
		String id = this.ids.of("sms", "+15551234567");

		assertThat(this.ids.of("whatsapp", "+15551234567")).isNotEqualTo(id);
		assertThat(this.ids.of("sms", "+15551234568")).isNotEqualTo(id);
		assertThat(new ConversationIds("another-key-of-sixteen-characters").of("sms", "+15551234567"))
			.isNotEqualTo(id);
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConversationIds("short"));
	}

}
