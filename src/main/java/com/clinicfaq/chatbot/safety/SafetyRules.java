package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The curated, reviewable safety rules, read from {@code intents/safety/urgent-rules.yaml}.
 *
 * @param rules patterns that make a message urgent
 * @param selfHarmMentions patterns that show a message mentions suicide or self-harm
 */
public record SafetyRules(List<Rule> rules, List<String> selfHarmMentions) {

	public SafetyRules {
		rules = List.copyOf(rules);
		selfHarmMentions = List.copyOf(selfHarmMentions == null ? List.of() : selfHarmMentions);
	}

	/**
	 * Reads and compiles the rules, naming the file and rule of any broken pattern.
	 */
	public static SafetyRules load(Path file) {
		try {
			SafetyRules rules = new ObjectMapper(new YAMLFactory()).readValue(Files.readAllBytes(file), SafetyRules.class);
			rules.rules().forEach((rule) -> rule.patterns().forEach((pattern) -> compile(file, rule.id(), pattern)));
			rules.selfHarmMentions().forEach((pattern) -> compile(file, "selfHarmMentions", pattern));
			return rules;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read safety rules " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static Pattern compile(Path file, String rule, String pattern) {
		try {
			return Pattern.compile(pattern);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException(file + ": rule '" + rule + "' has a broken pattern: " + ex.getMessage(), ex);
		}
	}

	/**
	 * One urgent rule: any of its patterns matching the normalized text makes the message urgent.
	 *
	 * @param id a stable name for review and transcripts
	 * @param urgency crisis or emergency
	 * @param patterns regular expressions over the normalized, lower-case text
	 */
	public record Rule(String id, Urgency urgency, List<String> patterns) {

		public Rule {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("A safety rule needs an id");
			}
			if (urgency == null || urgency == Urgency.NONE) {
				throw new IllegalArgumentException("Safety rule '" + id + "' must be crisis or emergency");
			}
			patterns = List.copyOf(patterns);
		}

	}

}
