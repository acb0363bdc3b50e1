package com.clinicfaq.chatbot.transcripts;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.clinicfaq.chatbot.JsonLines;
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

	private final ObjectMapper json;

	private final Map<Path, Integer> damaged = new ConcurrentHashMap<>();

	private final LineCipher cipher;

	public TranscriptReader(ObjectMapper json) {
		this(json, null);
	}

	/**
	 * @param cipher decrypts lines encrypted at rest, or {@code null} when encryption is off (an encrypted line is
	 * then counted as damaged)
	 */
	public TranscriptReader(ObjectMapper json, LineCipher cipher) {
		this.json = json;
		this.cipher = cipher;
	}

	/**
	 * Every entry of every daily file in the folder, oldest file first.
	 */
	public List<TranscriptEntry> readAll(Path directory) {
		List<TranscriptEntry> entries = new ArrayList<>();
		TranscriptFiles.dayFiles(directory, null, null).forEach((file) -> entries.addAll(read(file)));
		return entries;
	}

	public List<TranscriptEntry> read(Path file) {
		int[] skipped = { 0 };
		List<TranscriptEntry> entries;
		try {
			entries = JsonLines.read(file, (stored, number) -> {
				String line = (this.cipher != null) ? this.cipher.decrypt(stored) : stored;
				if (line == null) {
					skipped[0]++;
					return null;
				}
				try {
					return this.json.readValue(line, TranscriptEntry.class);
				}
				catch (JsonProcessingException | IllegalArgumentException ex) {
					skipped[0]++;
					return null;
				}
			}, (number) -> skipped[0]++);
		}
		catch (UncheckedIOException ex) {
			if (!(ex.getCause() instanceof NoSuchFileException)) {
				throw ex;
			}
			// removed meanwhile (retention): nothing to read
			entries = List.of();
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

}
