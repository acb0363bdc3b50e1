package com.clinicfaq.chatbot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON-lines file: one record per non-blank line, handed to a parser with its 1-based line number. The one
 * line reader of the project (transcripts, evaluation data); what to do with a bad line is the parser's choice.
 */
public final class JsonLines {

	private JsonLines() {
	}

	/**
	 * Parses every non-blank line, in order; a parser returns {@code null} to skip a line.
	 *
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public static <T> List<T> read(Path file, LineParser<T> parser) {
		List<T> records = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				T record = parser.parse(line, number);
				if (record != null) {
					records.add(record);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return records;
	}

	/**
	 * Turns one line into a record.
	 */
	@FunctionalInterface
	public interface LineParser<T> {

		T parse(String line, int number);

	}

}
