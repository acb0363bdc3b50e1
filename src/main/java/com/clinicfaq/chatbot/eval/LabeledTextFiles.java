package com.clinicfaq.chatbot.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.clinicfaq.chatbot.JsonLines;
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
		return List.copyOf(JsonLines.read(file, (line, number) -> parse(line, file, number)));
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
