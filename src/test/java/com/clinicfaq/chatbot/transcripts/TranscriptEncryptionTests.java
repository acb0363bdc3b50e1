package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Transcript lines encrypted at rest with {@link LineCipher}: unreadable on disk, read back with the key, keys
 * rotated, tampering detected, erasure still possible.
 */
class TranscriptEncryptionTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-01");

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path directory;

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	@Test
	void encryptedLinesHideTheTextAndAreReadBackWithTheKey() throws IOException {
		LineCipher cipher = new LineCipher(newKey(), List.of());
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json, cipher)) {
			files.append(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z"));
		}
		String stored = Files.readString(this.directory.resolve(DAY + ".jsonl"), StandardCharsets.UTF_8);

		// a quote or a space never appears in Base64, so neither can turn up in the ciphertext by chance
		assertThat(stored).startsWith("enc:v1:").doesNotContain("side effects").doesNotContain("\"messageId\"");
		assertThat(new TranscriptReader(this.json, cipher).readAll(this.directory))
			.extracting(TranscriptEntry::messageId).containsExactly("m1");
		TranscriptReader withoutKey = new TranscriptReader(this.json);
		assertThat(withoutKey.readAll(this.directory)).isEmpty();
		assertThat(withoutKey.damagedLines(this.directory.resolve(DAY + ".jsonl"))).isEqualTo(1);
	}

	@Test
	void afterARotationOldLinesAreReadWithThePreviousKeyAndPlainLinesStillRead() {
		String old = newKey();
		try (TranscriptFiles plain = new TranscriptFiles(this.directory, false, this.json)) {
			plain.append(TranscriptFilesTests.entry("plain", "2026-03-01T09:00:00Z"));
		}
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json, new LineCipher(old, List.of()))) {
			files.append(TranscriptFilesTests.entry("old", "2026-03-01T10:00:00Z"));
		}
		LineCipher rotated = new LineCipher(newKey(), List.of(old));
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json, rotated)) {
			files.append(TranscriptFilesTests.entry("new", "2026-03-01T11:00:00Z"));
		}

		assertThat(new TranscriptReader(this.json, rotated).readAll(this.directory))
			.extracting(TranscriptEntry::messageId).containsExactly("plain", "old", "new");
	}

	@Test
	void aTamperedLineIsSkippedAsDamaged() throws IOException {
		LineCipher cipher = new LineCipher(newKey(), List.of());
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json, cipher)) {
			files.append(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z"));
			files.append(TranscriptFilesTests.entry("m2", "2026-03-01T10:01:00Z"));
		}
		Path file = this.directory.resolve(DAY + ".jsonl");
		List<String> lines = Files.readAllLines(file);
		char[] first = lines.get(0).toCharArray();
		first[first.length - 5] = (first[first.length - 5] == 'A') ? 'B' : 'A';
		Files.write(file, List.of(new String(first), lines.get(1)));
		TranscriptReader reader = new TranscriptReader(this.json, cipher);

		assertThat(reader.read(file)).extracting(TranscriptEntry::messageId).containsExactly("m2");
		assertThat(reader.damagedLines(file)).isEqualTo(1);
	}

	@Test
	void conversationIsErasedFromAnEncryptedFile() {
		LineCipher cipher = new LineCipher(newKey(), List.of());
		try (TranscriptFiles files = new TranscriptFiles(this.directory, false, this.json, cipher)) {
			files.append(TranscriptFilesTests.entry("m1", "2026-03-01T10:00:00Z"));

			assertThat(files.removeConversation("c1")).isEqualTo(1);
		}
	}

	@Test
	void aKeyMustBe32BytesOfBase64() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LineCipher("c2hvcnQ=", List.of()))
			.withMessageContaining("32 bytes");
	}

}
