package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
	 * line.
	 */
	public static List<RiskExample> load(Path folder) {
		ObjectMapper json = new ObjectMapper();
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
					JsonNode node = json.readTree(lines.get(i));
					examples.add(new RiskExample(node.path("text").asText(null),
							Urgency.of(node.path("label").asText("")), node.path("category").asText(null),
							written));
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

}
