package com.clinicfaq.chatbot.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads blind conversation sets: JSON lines of {@code {"id", "persona", "kind", "turns": [{"text", "expect": {...}}]}}
 * from a file or from every {@code *.jsonl} file of a folder, naming the file and line of a bad record.
 */
public final class ChatCaseFiles {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ChatCaseFiles() {
	}

	public static List<ChatCase> read(Path location) {
		List<ChatCase> cases = new ArrayList<>();
		for (Path file : files(location)) {
			cases.addAll(readFile(file));
		}
		return List.copyOf(cases);
	}

	private static List<Path> files(Path location) {
		if (!Files.isDirectory(location)) {
			return List.of(location);
		}
		try (Stream<Path> listing = Files.list(location)) {
			return listing.filter((file) -> file.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + location, ex);
		}
	}

	private static List<ChatCase> readFile(Path file) {
		List<ChatCase> cases = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank()) {
					cases.add(parse(line, file + ":" + number));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return cases;
	}

	static ChatCase parse(String line, String where) {
		JsonNode node;
		try {
			node = JSON.readTree(line);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(where + ": not JSON: " + ex.getMessage(), ex);
		}
		JsonNode turns = node.path("turns");
		if (!turns.isArray() || turns.isEmpty()) {
			throw new IllegalArgumentException(where + ": missing \"turns\"");
		}
		List<ChatCase.Turn> parsed = new ArrayList<>();
		String kind = node.path("kind").asText("info");
		for (JsonNode turn : turns) {
			parsed.add(turn(turn, where, "followup".equals(kind) && parsed.isEmpty()));
		}
		return new ChatCase(node.path("id").asText(where), node.path("persona").asText(""), kind, parsed);
	}

	private static ChatCase.Turn turn(JsonNode turn, String where, boolean firstOfFollowUp) {
		JsonNode text = turn.get("text");
		JsonNode expect = turn.get("expect");
		if (text == null || !text.isTextual() || expect == null || !expect.isObject()) {
			throw new IllegalArgumentException(where + ": every turn needs \"text\" and \"expect\"");
		}
		List<String> intents = new ArrayList<>();
		if (expect.hasNonNull("intent")) {
			intents.add(expect.get("intent").asText());
		}
		expect.path("intents").forEach((intent) -> intents.add(intent.asText()));
		String reason = expect.hasNonNull("reason") ? expect.get("reason").asText() : null;
		String route = expect.path("route").asText("answer");
		boolean ambiguous = firstOfFollowUp && "answer".equals(route) && intents.size() > 1;
		return new ChatCase.Turn(text.asText(), route, intents, reason, ambiguous);
	}

}
