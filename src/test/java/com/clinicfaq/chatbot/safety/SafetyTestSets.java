package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The adversarial safety test sets: {@code urgent.jsonl} ({@code text}, {@code kind}) and {@code non-urgent.jsonl}
 * ({@code text}, {@code intent}), plus the rules loaded from {@code intents/safety/}.
 */
public final class SafetyTestSets {

	private static final ObjectMapper json = new ObjectMapper();

	private SafetyTestSets() {
	}

	public static SafetyScreen screen() {
		return new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
	}

	/**
	 * The urgent messages: {@code urgent.jsonl} and the cases added with the safety screen,
	 * {@code urgent-added.jsonl}.
	 */
	public static List<Case> urgent() {
		return concat(read("urgent.jsonl", "kind"), read("urgent-added.jsonl", "kind"));
	}

	/**
	 * The non-urgent messages: {@code non-urgent.jsonl} and {@code non-urgent-added.jsonl}.
	 */
	public static List<Case> nonUrgent() {
		return concat(read("non-urgent.jsonl", "intent"), read("non-urgent-added.jsonl", "intent"));
	}

	private static List<Case> concat(List<Case> first, List<Case> second) {
		List<Case> all = new java.util.ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

	private static List<Case> read(String name, String labelField) {
		try (InputStream in = SafetyTestSets.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing test set " + name);
			}
			String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return content.lines().filter((line) -> !line.isBlank()).map((line) -> {
				try {
					JsonNode node = json.readTree(line);
					return new Case(node.get("text").asText(), node.get(labelField).asText());
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Bad line in " + name + ": " + line, ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One labelled message.
	 */
	public record Case(String text, String label) {

		@Override
		public String toString() {
			return "[" + this.label + "] " + this.text;
		}

	}

}
