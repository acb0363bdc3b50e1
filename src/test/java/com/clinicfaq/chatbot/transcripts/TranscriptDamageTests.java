package com.clinicfaq.chatbot.transcripts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transcript files that were damaged or removed under the running service, and who may read them.
 */
class TranscriptDamageTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path directory;

	private byte[] line(String messageId) throws IOException {
		return (this.json.writeValueAsString(TranscriptFilesTests.entry(messageId, "2026-03-01T10:00:00Z")) + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readSkipsAndCountsInvalidBytesCorruptAndTornLinesAndKeepsTheRest() throws IOException {
		ByteArrayOutputStream day = new ByteArrayOutputStream();
		day.write(line("m1"));
		day.write(new byte[] { '{', '"', 't', (byte) 0xC3, '\n' });
		day.write(line("m2"));
		byte[] corrupt = line("m3");
		corrupt[0] = '#';
		day.write(corrupt);
		day.write(line("m4"));
		day.write("{\"time\":\"2026-03-01T1".getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(this.directory.resolve("2026-03-01.jsonl"), day.toByteArray());
		TranscriptReader reader = new TranscriptReader(this.json);

		assertThat(reader.read(file)).extracting(TranscriptEntry::messageId).containsExactly("m1", "m2", "m4");
		assertThat(reader.damagedLines(file)).isEqualTo(3);
	}

	@Test
	void dayFileRemovedWhileOpenIsCreatedAgainForTheNextTurn() throws IOException {
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json)) {
			files.append(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z"));
			Path file = files.fileOf(LocalDate.parse("2026-03-01"));
			Files.delete(file);

			files.append(TranscriptFilesTests.entry("m2", "2026-03-01T10:01:00Z"));

			assertThat(new TranscriptReader(this.json).read(file)).extracting(TranscriptEntry::messageId)
				.containsExactly("m2");
		}
	}

	@Test
	void transcriptFilesAndTheirFolderAreReadableByTheOwnerOnly() throws IOException {
		Path folder = this.directory.resolve("transcripts");
		try (TranscriptFiles files = new TranscriptFiles(folder, false, this.json)) {
			files.append(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z"));
			files.append(new TranscriptEntry(java.time.Instant.parse("2026-03-01T10:00:00Z"), "gone", "m2", "web",
					"x", null, null, Route.HANDOFF, HandoffReason.UNMATCHED, "handoff", false));
			files.removeConversation("gone");

			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
			assertThat(PosixFilePermissions.toString(
					Files.getPosixFilePermissions(files.fileOf(LocalDate.parse("2026-03-01"))))).isEqualTo("rw-------");
		}
	}

}
