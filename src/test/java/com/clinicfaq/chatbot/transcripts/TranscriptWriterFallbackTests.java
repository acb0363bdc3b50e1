package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An urgent turn is never lost when the transcript cannot be written; other turns fail so the visitor can retry.
 */
class TranscriptWriterFallbackTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path directory;

	private static TranscriptEntry urgent(String messageId) {
		return new TranscriptEntry(Instant.parse("2026-03-01T10:00:00Z"), "c1", messageId, "web", "[crisis]",
				"self_harm", 1.0, Route.HANDOFF, HandoffReason.URGENT, "self_harm#1", true);
	}

	/** A "folder" that is a file: every append fails, as on a full or read-only disk. */
	private Path unwritable() throws IOException {
		return Files.writeString(this.directory.resolve("blocked"), "x");
	}

	@Test
	void urgentTurnGoesToTheFallbackFolderAndTheStoreReportsItselfDown() throws IOException {
		Path fallbackFolder = this.directory.resolve("fallback");
		try (TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(unwritable(), false, this.json),
				new TranscriptFiles(fallbackFolder, false, this.json), Schedulers.boundedElastic(),
				Duration.ofHours(1))) {

			StepVerifier.create(writer.record(urgent("u1"))).verifyComplete();

			assertThat(new TranscriptReader(this.json).readAll(fallbackFolder)).extracting(TranscriptEntry::messageId)
				.containsExactly("u1");
			assertThat(writer.status().writable()).isFalse();
			assertThat(writer.status().urgentInFallback()).isEqualTo(1);
		}
	}

	@Test
	void ordinaryTurnStillFailsSoTheVisitorGetsA503() throws IOException {
		try (TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(unwritable(), false, this.json),
				new TranscriptFiles(this.directory.resolve("fallback"), false, this.json),
				Schedulers.boundedElastic(), Duration.ofHours(1))) {
			StepVerifier.create(writer.record(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z")))
				.expectError(UncheckedIOException.class)
				.verify();
		}
	}

	@Test
	void urgentTurnWithNoFallbackIsHeldInMemoryAndWrittenOnceTheDiskRecovers() throws IOException {
		Path blocked = unwritable();
		try (TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(blocked, false, this.json), null,
				Schedulers.boundedElastic(), Duration.ofHours(1))) {
			StepVerifier.create(writer.record(urgent("u1"))).verifyComplete();
			StepVerifier.create(writer.record(urgent("u2"))).verifyComplete();
			assertThat(writer.status().urgentHeldInMemory()).isEqualTo(2);
			assertThat(writer.status().writable()).isFalse();

			Files.delete(blocked);
			writer.retryPending();

			assertThat(new TranscriptReader(this.json).readAll(blocked)).extracting(TranscriptEntry::messageId)
				.containsExactly("u1", "u2");
			assertThat(writer.status().writable()).isTrue();
		}
	}

	@Test
	void heldTurnsAreWrittenBeforeTheNextTurnOnceTheDiskRecovers() throws IOException {
		Path blocked = unwritable();
		try (TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(blocked, false, this.json), null,
				Schedulers.boundedElastic(), Duration.ofHours(1))) {
			StepVerifier.create(writer.record(urgent("u1"))).verifyComplete();
			Files.delete(blocked);

			StepVerifier.create(writer.record(TranscriptFilesTests.entry("m2", "2026-03-01T10:00:00Z")))
				.verifyComplete();

			assertThat(new TranscriptReader(this.json).readAll(blocked)).extracting(TranscriptEntry::messageId)
				.containsExactlyInAnyOrder("u1", "m2");
			assertThat(writer.status().writable()).isTrue();
		}
	}

}
