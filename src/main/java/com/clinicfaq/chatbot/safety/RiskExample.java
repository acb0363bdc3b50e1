package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * One training sentence of the {@link RiskDetector}: {@code {"text", "label": crisis|emergency|none, "category"}}, one
 * per line of the {@code *.jsonl} files in {@code intents/safety/detector/}.
 *
 * @param text the sentence
 * @param urgency what it reports: a crisis, an emergency, or nothing urgent
 * @param category what kind of sentence it is (for review: "indirect-method", "idiom-hyperbole", ...)
 * @param written whether it is a reviewed detector sentence (counted {@link RiskDetector#WRITTEN_NEGATIVE_WEIGHT}
 * times when not urgent, and cross-validated) rather than an ordinary sentence that counts once and is always in
 * training: files named {@code public-*.jsonl} (everyday and consumer-health questions from public data sets) and
 * {@code ordinary-*.jsonl} (the sentences of long non-urgent messages, each read out of its message: most are plain
 * statements, "she's on zoloft", and a few mean "not urgent" only in their message)
 */
public record RiskExample(String text, Urgency urgency, String category, boolean written) {

	public RiskExample {
		if (text == null || text.isBlank() || urgency == null) {
			throw new IllegalArgumentException("A risk example needs a text and a label");
		}
		category = (category != null) ? category : "";
	}

	/**
	 * Reads every {@code *.jsonl} file of a folder, in name order; a broken line stops the service naming file and
	 * line. Each line is read with Jackson's streaming parser, fields in any order, other fields skipped: building a
	 * tree of every line cost a restart about twice the CPU for sixteen thousand lines.
	 */
	public static List<RiskExample> load(Path folder) {
		JsonFactory json = new JsonFactory();
		List<RiskExample> examples = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter((path) -> path.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the risk detector's data in " + folder, ex);
		}
		for (Path file : files) {
			List<String> lines;
			try {
				lines = Files.readAllLines(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
			String name = file.getFileName().toString();
			boolean written = !name.startsWith("public-") && !name.startsWith("ordinary-");
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).isBlank()) {
					continue;
				}
				try {
					examples.add(parse(json, lines.get(i), written));
				}
				catch (IOException | IllegalArgumentException ex) {
					throw new IllegalStateException(file + ":" + (i + 1) + ": not a risk example (" + ex.getMessage()
							+ ")", ex);
				}
			}
		}
		if (examples.stream().map(RiskExample::urgency).distinct().count() < 3) {
			throw new IllegalStateException("The risk detector needs crisis, emergency and none examples in " + folder);
		}
		return List.copyOf(examples);
	}


	/** One line: a JSON object with {@code text}, {@code label} and optionally {@code category}, nothing after it. */
	private static RiskExample parse(JsonFactory json, String line, boolean written) throws IOException {
		String text = null;
		String label = "";
		String category = null;
		try (JsonParser parser = json.createParser(line)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("not a JSON object");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (field) {
					case "text" -> text = scalar(parser, value);
					case "label" -> label = (value == JsonToken.VALUE_NULL) ? "" : scalar(parser, value);
					case "category" -> category = scalar(parser, value);
					default -> parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw new IllegalArgumentException("more after the object");
			}
		}
		return new RiskExample(text, Urgency.of(label), category, written);
	}

	/** A field's text, {@code null} for JSON null; an object or array is not a sentence, label or category. */
	private static String scalar(JsonParser parser, JsonToken value) throws IOException {
		if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
			throw new IllegalArgumentException(parser.currentName() + " is not a string");
		}
		return (value == JsonToken.VALUE_NULL) ? null : parser.getText();
	}

}
