package com.clinicfaq.chatbot.channels;

import java.util.List;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.safety.CrisisLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReplyRenderer}.
 */
class ReplyRendererTests {

	private static final List<CrisisLine> LINES = List.of(
			new CrisisLine("988 Suicide & Crisis Lifeline", "Call or text 988", "Any time"),
			new CrisisLine("Emergency services", "Call 911", "In an emergency"));

	private final ReplyRenderer renderer = new ReplyRenderer("Short disclaimer.");

	@Test
	void renderOnSmsNumbersTheOptionsAndUsesTheShortDisclaimer() {
		Answer answer = new Answer("a#1", "Infusions take about 40 minutes.", "The long disclaimer.",
				List.of("How much does it cost?", "Is it safe?"), List.of());

		RenderedReply reply = this.renderer.render(answer, ChannelFormat.SMS);

		assertThat(reply.text()).isEqualTo("Infusions take about 40 minutes.\n\nReply with a number:\n"
				+ "1. How much does it cost?\n2. Is it safe?\n\nShort disclaimer.");
		assertThat(reply.options()).containsExactly("How much does it cost?", "Is it safe?");
	}

	@Test
	void renderOnTelegramLeavesTheOptionsToButtonsAndKeepsTheFullDisclaimer() {
		Answer answer = new Answer("a#1", "Text.", "The long disclaimer.", List.of("One?", "Two?"), List.of());

		RenderedReply reply = this.renderer.render(answer, ChannelFormat.TELEGRAM);

		assertThat(reply.text()).isEqualTo("Text.\n\nThe long disclaimer.");
		assertThat(reply.options()).containsExactly("One?", "Two?");
	}

	@Test
	void renderWhenTooLongForSmsCutsWholeSentencesAndStaysWithinTheLimit() {
		String longText = "This sentence is about forty characters. ".repeat(40).strip();
		Answer answer = new Answer("a#1", longText, "The long disclaimer.", List.of("Next?"), List.of());

		RenderedReply reply = this.renderer.render(answer, ChannelFormat.SMS);

		assertThat(reply.text()).hasSizeLessThanOrEqualTo(ChannelFormat.SMS.maxLength())
			.contains("characters. ...\n\nReply with a number:\n1. Next?")
			.endsWith("Short disclaimer.");
	}

	@Test
	void renderWhenAnUrgentReplyIsCutStillGivesEveryCrisisLineAsText() {
		String urgent = "Please reach out now:\n- 988 Suicide & Crisis Lifeline: Call or text 988\n"
				+ "- Emergency services: Call 911\n\n" + "You deserve support from a person. ".repeat(30);
		Answer answer = new Answer("handoff.urgent", urgent, "The long disclaimer.", List.of(), LINES);

		RenderedReply reply = this.renderer.render(answer, ChannelFormat.SMS);

		assertThat(reply.text()).hasSizeLessThanOrEqualTo(ChannelFormat.SMS.maxLength())
			.contains("Call or text 988")
			.contains("Call 911");
		assertThat(reply.text().substring(reply.text().lastIndexOf("reach out now:")))
			.contains("- 988 Suicide & Crisis Lifeline: Call or text 988\n- Emergency services: Call 911");
	}

	@Test
	void renderWhenTheTextLacksTheCrisisLinesAddsThem() {
		Answer answer = new Answer("a#1", "An answer.", "The long disclaimer.", List.of(), LINES);

		RenderedReply reply = this.renderer.render(answer, ChannelFormat.SLACK);

		assertThat(reply.text()).contains("- 988 Suicide & Crisis Lifeline: Call or text 988")
			.contains("- Emergency services: Call 911");
	}

	@Test
	void renderOnSmsReplacesTypographicCharactersSoTheMessageStaysInTheGsmAlphabet() {
		Answer answer = new Answer("a#1", "It\u2019s \u201Cshort\u201D \u2013 really\u2026", "The long disclaimer.",
				List.of(), List.of());

		RenderedReply reply = this.renderer.render(answer, ChannelFormat.SMS);

		assertThat(reply.text()).startsWith("It's \"short\" - really...");
	}

}
