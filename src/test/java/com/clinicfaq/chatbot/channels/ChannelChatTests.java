package com.clinicfaq.chatbot.channels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChannelChat} when the transcript cannot be written: an urgent reply still goes out, any other
 * message fails (so the provider retries it) and its retry is processed afresh once the disk is back.
 */
class ChannelChatTests {

	@TempDir
	Path folder;

	private Path transcripts;

	private ChannelChat chat;

	@BeforeEach
	void blockTheTranscriptFolder() throws IOException {
		this.transcripts = this.folder.resolve("transcripts");
		Files.writeString(this.transcripts, "a file where the folder should be");
		this.chat = new ChannelChat(TestChatbot.chatService(),
				new TranscriptWriter(new TranscriptFiles(this.transcripts, false, ChannelsTestKit.JSON),
						Schedulers.boundedElastic()),
				new ConversationIds(ChannelsTestKit.CONVERSATION_KEY), new ProcessedDeliveries(Duration.ofHours(1), 100),
				new OfferedOptions(Duration.ofMinutes(30), 100), new ReplyRenderer("Short disclaimer."), 1000);
	}

	@Test
	void anUrgentReplyIsSentEvenWhenTheTranscriptCannotBeWritten() {
		StepVerifier.create(this.chat.reply(message("SM1", "I want to kill myself")))
			.assertNext((reply) -> {
				assertThat(reply.turn().urgent()).isTrue();
				assertThat(reply.rendered().text()).contains("988");
			})
			.verifyComplete();
	}

	@Test
	void anotherMessageFailsSoTheProviderRetriesAndTheRetryIsProcessedAfresh() throws IOException {
		StepVerifier.create(this.chat.reply(message("SM2", "what is ketamine"))).expectError().verify();

		Files.delete(this.transcripts);
		Files.createDirectories(this.transcripts);

		StepVerifier.create(this.chat.reply(message("SM2", "what is ketamine")))
			.assertNext((reply) -> assertThat(reply.firstDelivery()).isTrue())
			.verifyComplete();
		assertThat(new TranscriptReader(ChannelsTestKit.JSON).readAll(this.transcripts)).hasSize(1);
	}

	private static ChannelMessage message(String id, String text) {
		return new ChannelMessage("sms", id, "+15551230099", text, ChannelFormat.SMS);
	}

}
