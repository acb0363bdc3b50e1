package com.clinicfaq.chatbot.transcripts;

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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads transcript files back line by line, tolerating damage: a line that is not valid UTF-8 (a disk that filled
 * mid-character), not valid JSON (a torn last line, a corrupt byte) or not a valid entry is skipped and counted, and
 * one warning per file says how many; the rest of the file is read. The count of the last read of each file is kept
 * for staff ({@link #damagedLines(Path)}).
 */
public class TranscriptReader {

	private static final Logger logger = LoggerFactory.getLogger(TranscriptReader.class);

	/** A longer line is damage, not an entry (an entry is a few hundred bytes). */
	static final int MAX_LINE_BYTES = 1 << 20;

	private final ObjectMapper json;

	private final Map<Path, Integer> damaged = new ConcurrentHashMap<>();

	public TranscriptReader(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * Every entry of every daily file in the folder, oldest file first.
	 */
	public List<TranscriptEntry> readAll(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<TranscriptEntry> entries = new ArrayList<>();
			files.filter((file) -> file.getFileName().toString().endsWith(".jsonl"))
				.sorted()
				.forEach((file) -> entries.addAll(read(file)));
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list transcripts in " + directory, ex);
		}
	}

	public List<TranscriptEntry> read(Path file) {
		List<TranscriptEntry> entries = new ArrayList<>();
		int[] skipped = { 0 };
		try {
			lines(file, (line) -> {
				String text = decode(line);
				if (text == null) {
					skipped[0]++;
					return;
				}
				if (text.isBlank()) {
					return;
				}
				try {
					entries.add(this.json.readValue(text, TranscriptEntry.class));
				}
				catch (JsonProcessingException | IllegalArgumentException ex) {
					skipped[0]++;
				}
			});
		}
		catch (NoSuchFileException ex) {
			// removed meanwhile (retention): nothing to read
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read transcript " + file, ex);
		}
		this.damaged.put(file.toAbsolutePath(), skipped[0]);
		if (skipped[0] > 0) {
			logger.warn("Skipped {} damaged line(s) in transcript {}", skipped[0], file);
		}
		return entries;
	}

	/**
	 * How many lines the last read of the file skipped as damaged.
	 */
	public int damagedLines(Path file) {
		return this.damaged.getOrDefault(file.toAbsolutePath(), 0);
	}

	/**
	 * The text of a line, or {@code null} when it is not valid UTF-8 or too long.
	 */
	static String decode(byte[] line) {
		if (line.length > MAX_LINE_BYTES) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(line))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Hands each line of the file, as raw bytes without its line break, to the consumer; a last line without a line
	 * break too.
	 */
	static void lines(Path file, Consumer<byte[]> consumer) throws IOException {
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

}
