package com.clinicfaq.chatbot.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JSON-lines files of {@code {"text": "...", "intent": "..."}}, naming the file and line of a bad record.
 */
public final class LabeledTextFiles {

	private static final ObjectMapper JSON = new ObjectMapper();

	private LabeledTextFiles() {
	}

	public static List<LabeledText> read(Path file) {
		List<LabeledText> examples = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				examples.add(parse(line, file, number));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return List.copyOf(examples);
	}

	private static LabeledText parse(String line, Path file, int number) {
		try {
			JsonNode node = JSON.readTree(line);
			JsonNode text = node.get("text");
			JsonNode intent = node.get("intent");
			if (text == null || !text.isTextual()) {
				throw new IllegalArgumentException(file + ":" + number + ": missing \"text\"");
			}
			String label = (intent == null || intent.isNull()) ? LabeledText.OUT_OF_SCOPE : intent.asText();
			return new LabeledText(text.asText(), label);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(file + ":" + number + ": not JSON: " + ex.getMessage(), ex);
		}
	}

}
