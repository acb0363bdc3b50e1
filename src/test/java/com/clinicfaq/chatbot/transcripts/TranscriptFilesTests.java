package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.clinicfaq.chatbot.intents.Route;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TranscriptFiles} and {@link TranscriptReader}.
 */
class TranscriptFilesTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path directory;

	@Test
	void appendWritesOneJsonLinePerTurnToTheFileOfItsDay() throws IOException {
		try (TranscriptFiles files = new TranscriptFiles(this.directory, true, this.json)) {
			files.append(entry("m1", "2026-03-01T10:00:00Z"));
			files.append(entry("m2", "2026-03-01T23:59:59Z"));
			files.append(entry("m3", "2026-03-02T00:00:01Z"));
		}
		assertThat(Files.readAllLines(this.directory.resolve("2026-03-01.jsonl"))).hasSize(2)
			.allSatisfy((line) -> assertThat(line).startsWith("{").endsWith("}"));
		assertThat(Files.readAllLines(this.directory.resolve("2026-03-02.jsonl"))).hasSize(1);
	}

	@Test
	void readAllReturnsWhatWasAppendedInOrder() {
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json)) {
			files.append(entry("m1", "2026-03-01T10:00:00Z"));
			files.append(entry("m2", "2026-03-02T10:00:00Z"));
		}
		List<TranscriptEntry> entries = new TranscriptReader(this.json).readAll(this.directory);
		assertThat(entries).extracting(TranscriptEntry::messageId).containsExactly("m1", "m2");
		assertThat(entries.get(0)).isEqualTo(entry("m1", "2026-03-01T10:00:00Z"));
	}

	@Test
	void readSkipsATornLastLineAndKeepsEveryCompleteOne() throws IOException {
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json)) {
			files.append(entry("m1", "2026-03-01T10:00:00Z"));
			files.append(entry("m2", "2026-03-01T10:01:00Z"));
		}
		Path file = this.directory.resolve("2026-03-01.jsonl");
		Files.writeString(file, "{\"time\":\"2026-03-01T10:02:00Z\",\"conversationId\":\"c1\",\"mess",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		assertThat(new TranscriptReader(this.json).read(file)).extracting(TranscriptEntry::messageId)
			.containsExactly("m1", "m2");
	}

	@Test
	void appendAfterATornLineStartsOnItsOwnLine() throws IOException {
		Path file = this.directory.resolve("2026-03-01.jsonl");
		Files.writeString(file, "{\"time\":\"2026-03-01T10:02:00Z\",\"conv", StandardCharsets.UTF_8);
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json)) {
			files.append(entry("m3", "2026-03-01T11:00:00Z"));
		}
		assertThat(new TranscriptReader(this.json).read(file)).extracting(TranscriptEntry::messageId)
			.containsExactly("m3");
	}

	@Test
	void readAllOfAMissingFolderIsEmpty() {
		assertThat(new TranscriptReader(this.json).readAll(this.directory.resolve("none"))).isEmpty();
	}

	@Test
	void fileOfNamesTheDay() {
		TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json);
		assertThat(files.fileOf(LocalDate.of(2026, 11, 21))).hasFileName("2026-11-21.jsonl");
	}

	static TranscriptEntry entry(String messageId, String time) {
		return new TranscriptEntry(Instant.parse(time), "c1", messageId, "web", "what are the side effects",
				"side_effects", 0.93, Route.ANSWER, null, "side_effects#1234abcd", false);
	}

}
