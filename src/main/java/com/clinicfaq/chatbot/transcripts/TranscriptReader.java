package com.clinicfaq.chatbot.transcripts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.clinicfaq.chatbot.JsonLines;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads transcript files back, skipping (with a warning) a line that cannot be parsed, such as the torn last line a
 * killed process may leave.
 */
public class TranscriptReader {

	private static final Logger logger = LoggerFactory.getLogger(TranscriptReader.class);

	private final ObjectMapper json;

	public TranscriptReader(ObjectMapper json) {
		this.json = json;
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
		return JsonLines.read(file, (line, number) -> {
			try {
				return this.json.readValue(line, TranscriptEntry.class);
			}
			catch (JsonProcessingException | IllegalArgumentException ex) {
				logger.warn("Skipping unreadable transcript line {}:{} ({})", file, number, ex.getMessage());
				return null;
			}
		});
	}

}
