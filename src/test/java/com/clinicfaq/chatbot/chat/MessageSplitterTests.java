package com.clinicfaq.chatbot.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MessageSplitter}.
 */
class MessageSplitterTests {

	@Test
	void sentencesSplitsOnSentenceEndsAndLineBreaks() {
		assertThat(MessageSplitter.sentences("I have had depression for years. Nothing worked!\nHow fast does it work?"))
			.containsExactly("I have had depression for years.", "Nothing worked!", "How fast does it work?");
	}

	@Test
	void sentencesSplitsTwoQuestionsJoinedByAnd() {
		assertThat(MessageSplitter.sentences("how long is a session and can I drive after?"))
			.containsExactly("how long is a session", "can I drive after?");
		assertThat(MessageSplitter.sentences("how much is it n can a 17 yr old get it"))
			.containsExactly("how much is it", "can a 17 yr old get it");
	}

	@Test
	void sentencesKeepsAndInsideOneQuestion() {
		assertThat(MessageSplitter.sentences("is ketamine safe and effective")).containsExactly("is ketamine safe and effective");
	}

	@Test
	void questionsKeepsOnlyTheSentencesThatAsk() {
		List<String> sentences = MessageSplitter.sentences(
				"My sister drove me here. I tried five medicines. I want to know if it could help with pain. Thanks");
		assertThat(MessageSplitter.questions(sentences)).containsExactly("I want to know if it could help with pain.");
		assertThat(MessageSplitter.isQuestion("what about lithium")).isTrue();
		assertThat(MessageSplitter.isQuestion("so how long does it last")).isTrue();
		assertThat(MessageSplitter.isQuestion("My doctor suggested it.")).isFalse();
	}

}
