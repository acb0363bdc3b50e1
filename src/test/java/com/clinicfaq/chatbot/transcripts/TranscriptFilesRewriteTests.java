package com.clinicfaq.chatbot.transcripts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for removing a conversation from, and deleting old days of, {@link TranscriptFiles}.
 */
class TranscriptFilesRewriteTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path directory;

	@Test
	void removeConversationRewritesOnlyThatConversationsLinesAndAppendingContinues() throws Exception {
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json)) {
			files.append(entry("2025-03-01T09:00:00Z", "keep", "k1"));
			files.append(entry("2025-03-01T09:01:00Z", "forget", "f1"));
			files.append(entry("2025-03-02T09:00:00Z", "forget", "f2"));
			files.append(entry("2025-03-02T09:01:00Z", "keep", "k2"));
			Files.writeString(files.fileOf(LocalDate.parse("2025-03-02")), "{\"torn", java.nio.file.StandardOpenOption.APPEND);

			assertThat(files.removeConversation("forget")).isEqualTo(2);
			files.append(entry("2025-03-02T10:00:00Z", "keep", "k3"));

			List<TranscriptEntry> left = new TranscriptReader(this.json).readAll(this.directory);
			assertThat(left).extracting(TranscriptEntry::messageId).containsExactly("k1", "k2", "k3");
			assertThat(Files.list(this.directory)).extracting((path) -> path.getFileName().toString())
				.containsExactlyInAnyOrder("2025-03-01.jsonl", "2025-03-02.jsonl");
		}
	}

	@Test
	void deleteBeforeDeletesOnlyOlderDayFiles() throws Exception {
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json)) {
			files.append(entry("2025-02-27T09:00:00Z", "c", "m1"));
			files.append(entry("2025-02-28T09:00:00Z", "c", "m2"));
			files.append(entry("2025-03-01T09:00:00Z", "c", "m3"));
			Files.writeString(this.directory.resolve("notes.txt"), "not a transcript");
			assertThat(files.deleteBefore(LocalDate.parse("2025-02-28"))).extracting((path) -> path.getFileName().toString())
				.containsExactly("2025-02-27.jsonl");
			assertThat(Files.exists(this.directory.resolve("notes.txt"))).isTrue();
			assertThat(new TranscriptReader(this.json).readAll(this.directory)).extracting(TranscriptEntry::messageId)
				.containsExactly("m2", "m3");
		}
	}

	private static TranscriptEntry entry(String time, String conversationId, String messageId) {
		return new TranscriptEntry(Instant.parse(time), conversationId, messageId, "web", "text", null, null, Route.HANDOFF,
				HandoffReason.UNMATCHED, "handoff.unmatched", false);
	}

}
