package com.clinicfaq.chatbot;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JsonLines}.
 */
class JsonLinesTests {

	@TempDir
	Path directory;

	@Test
	void readSkipsBlankLinesAndCountsThemInLineNumbers() throws Exception {
		Path file = Files.writeString(this.directory.resolve("a.jsonl"), "{\"a\":1}\n\n  \n{\"b\":2}\n{\"skip\":3}\n");
		assertThat(JsonLines.read(file, (line, number) -> line.contains("skip") ? null : number + ":" + line))
			.containsExactly("1:{\"a\":1}", "4:{\"b\":2}");
	}

	@Test
	void readWhenFileIsMissingNamesIt() {
		Path missing = this.directory.resolve("missing.jsonl");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> JsonLines.read(missing, (l, n) -> l))
			.withMessageContaining("missing.jsonl");
	}

}
