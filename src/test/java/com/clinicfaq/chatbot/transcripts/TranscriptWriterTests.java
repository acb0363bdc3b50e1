package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TranscriptWriter}.
 */
class TranscriptWriterTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path directory;

	@Test
	void recordCompletesOnlyOnceTheLineIsInTheFile() {
		TranscriptFiles files = new TranscriptFiles(this.directory, true, this.json);
		TranscriptWriter writer = new TranscriptWriter(files, Schedulers.boundedElastic());
		Path file = this.directory.resolve("2026-03-01.jsonl");
		StepVerifier.create(writer.record(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z"))
			.then(Mono.fromCallable(() -> Files.readAllLines(file))))
			.assertNext((lines) -> assertThat(lines).hasSize(1).first().asString().contains("\"messageId\":\"m1\""))
			.verifyComplete();
	}

	@Test
	void recordRunsOffTheCallingThread() {
		String caller = Thread.currentThread().getName();
		TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json) {
			@Override
			public synchronized void append(TranscriptEntry entry) {
				assertThat(Thread.currentThread().getName()).isNotEqualTo(caller).startsWith("boundedElastic");
				super.append(entry);
			}
		};
		TranscriptWriter writer = new TranscriptWriter(files, Schedulers.boundedElastic());
		StepVerifier.create(writer.record(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z"))).verifyComplete();
	}

	@Test
	void recordSignalsAnErrorWhenTheFolderCannotBeWritten() throws IOException {
		Path notAFolder = Files.writeString(this.directory.resolve("file"), "x");
		TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(notAFolder, false, this.json),
				Schedulers.boundedElastic());
		StepVerifier.create(writer.record(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z")))
			.expectError(UncheckedIOException.class)
			.verify();
	}

	@Test
	void recordOfManyConcurrentTurnsKeepsEveryLineWhole() {
		TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json);
		TranscriptWriter writer = new TranscriptWriter(files, Schedulers.boundedElastic());
		StepVerifier.create(reactor.core.publisher.Flux.range(0, 200)
			.flatMap((i) -> writer.record(TranscriptFilesTests.entry("m" + i, "2026-03-01T10:00:00Z")), 16)
			.then()).verifyComplete();
		assertThat(new TranscriptReader(this.json).readAll(this.directory)).hasSize(200);
	}

}
