package com.clinicfaq.chatbot.transcripts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TranscriptRetention}.
 */
class TranscriptRetentionTests {

	private static final Clock MARCH_10 = Clock.fixed(Instant.parse("2025-03-10T03:15:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	@Test
	void purgeKeepsTodayAndThePreviousDaysOfThePeriod() throws Exception {
		for (String day : new String[] { "2025-03-07", "2025-03-08", "2025-03-09", "2025-03-10" }) {
			Files.writeString(this.directory.resolve(day + ".jsonl"), "");
		}
		TranscriptFiles files = new TranscriptFiles(this.directory, false, new ObjectMapper());
		assertThat(new TranscriptRetention(files, 3, MARCH_10).purge()).extracting((p) -> p.getFileName().toString())
			.containsExactly("2025-03-07.jsonl");
		assertThat(Files.list(this.directory)).hasSize(3);
	}

	@Test
	void purgeWhenRetentionIsZeroKeepsEverything() throws Exception {
		Files.writeString(this.directory.resolve("2000-01-01.jsonl"), "");
		TranscriptFiles files = new TranscriptFiles(this.directory, false, new ObjectMapper());
		assertThat(new TranscriptRetention(files, 0, MARCH_10).purge()).isEmpty();
		assertThat(Files.exists(this.directory.resolve("2000-01-01.jsonl"))).isTrue();
	}

}
