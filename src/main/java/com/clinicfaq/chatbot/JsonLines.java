package com.clinicfaq.chatbot;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Reads a JSON-lines file: one record per non-blank line, handed to a parser with its 1-based line number. The one
 * line reader of the project (transcripts, evaluation data); what to do with a bad line is the parser's choice.
 * <p>
 * Lines are split on raw bytes and each is decoded on its own, so one line that is not valid UTF-8 (a disk that
 * filled mid-character) is skipped and reported without losing the rest of the file.
 */
public final class JsonLines {

	/** A longer line is damage, not a record (a transcript line is a few hundred bytes). */
	public static final int MAX_LINE_BYTES = 1 << 20;

	private JsonLines() {
	}

	/**
	 * Parses every non-blank line, in order; a parser returns {@code null} to skip a line. A line that is not valid
	 * UTF-8 is skipped.
	 *
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public static <T> List<T> read(Path file, LineParser<T> parser) {
		return read(file, parser, (number) -> {
		});
	}

	/**
	 * As {@link #read(Path, LineParser)}, telling {@code undecodable} the number of each line that is not valid
	 * UTF-8 (or is longer than {@link #MAX_LINE_BYTES}).
	 */
	public static <T> List<T> read(Path file, LineParser<T> parser, IntConsumer undecodable) {
		List<T> records = new ArrayList<>();
		int[] number = { 0 };
		try {
			rawLines(file, (raw) -> {
				number[0]++;
				String line = decode(raw);
				if (line == null) {
					undecodable.accept(number[0]);
					return;
				}
				if (line.isBlank()) {
					return;
				}
				T record = parser.parse(line, number[0]);
				if (record != null) {
					records.add(record);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return records;
	}

	/**
	 * Hands each line of the file, as raw bytes without its line break, to the consumer; a last line without a line
	 * break too. A line over {@link #MAX_LINE_BYTES} is cut there (and then fails to decode as a whole).
	 */
	public static void rawLines(Path file, Consumer<byte[]> consumer) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			ByteArrayOutputStream line = new ByteArrayOutputStream(512);
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					consumer.accept(line.toByteArray());
					line.reset();
				}
				else if (line.size() <= MAX_LINE_BYTES) {
					line.write(b);
				}
			}
			if (line.size() > 0) {
				consumer.accept(line.toByteArray());
			}
		}
	}

	/**
	 * The text of a line, or {@code null} when it is not valid UTF-8 or too long.
	 */
	public static String decode(byte[] line) {
		if (line.length > MAX_LINE_BYTES) {
			return null;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(line))
				.toString();
			return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Turns one line into a record.
	 */
	@FunctionalInterface
	public interface LineParser<T> {

		T parse(String line, int number);

	}

}
