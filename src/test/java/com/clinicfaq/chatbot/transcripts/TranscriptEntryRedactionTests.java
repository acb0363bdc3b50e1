package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code redactions} field of {@link TranscriptEntry} as written and read back.
 */
class TranscriptEntryRedactionTests {

	private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@Test
	void appendWhenRedactedWritesMarkersAndTypes(@TempDir Path directory) throws IOException {
		Instant time = Instant.parse("2025-01-02T03:04:05Z");
		try (TranscriptFiles files = new TranscriptFiles(directory, false, this.json)) {
			files.append(new TranscriptEntry(time, "c1", "m1", "web", "call me at [PHONE]", null, null, Route.HANDOFF,
					HandoffReason.URGENT, "handoff.urgent", true, List.of("phone")));
		}
		String line = Files.readString(directory.resolve("2025-01-02.jsonl"));
		assertThat(line).contains("\"text\":\"call me at [PHONE]\"")
			.contains("\"urgent\":true")
			.contains("\"redactions\":[\"phone\"]");
		List<TranscriptEntry> read = new TranscriptReader(this.json).readAll(directory);
		assertThat(read).singleElement().satisfies((entry) -> {
			assertThat(entry.redactions()).containsExactly("phone");
			assertThat(entry.urgent()).isTrue();
		});
	}

	@Test
	void readWhenLineHasNoRedactionsFieldReadsItAsEmpty(@TempDir Path directory) throws IOException {
		String old = "{\"time\":\"2025-01-02T03:04:05Z\",\"conversationId\":\"c1\",\"messageId\":\"m1\",\"channel\":\"web\","
				+ "\"text\":\"hello\",\"intent\":\"greeting\",\"confidence\":0.9,\"route\":\"answer\",\"handoffReason\":null,"
				+ "\"answerId\":\"greeting#1\",\"urgent\":false}\n";
		Files.writeString(directory.resolve("2025-01-02.jsonl"), old, StandardCharsets.UTF_8);
		List<TranscriptEntry> read = new TranscriptReader(this.json).readAll(directory);
		assertThat(read).singleElement().satisfies((entry) -> {
			assertThat(entry.text()).isEqualTo("hello");
			assertThat(entry.redactions()).isEmpty();
		});
	}

}
