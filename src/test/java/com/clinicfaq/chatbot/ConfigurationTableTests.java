package com.clinicfaq.chatbot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration table of {@code docs/configuration.md} against the configuration metadata that spring-boot-configuration-processor
 * generates from the {@code @ConfigurationProperties} records, and against {@code application.yml}: one row per
 * {@code chatbot.*} property, the declared defaults, and the environment variables the service really reads.
 */
class ConfigurationTableTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+):([^}]*)}");

	@Test
	void tableListsEveryPropertyAndNoOther() throws IOException {
		assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(metadata().keySet());
	}

	@Test
	void tableDefaultsAreTheDeclaredDefaults() throws IOException {
		Map<String, Row> table = table();
		metadata().forEach((key, declared) -> {
			if (declared != null) {
				String documented = table.get(key).defaultValue();
				if (documented.endsWith("…")) {
					assertThat(declared).as(key).startsWith(documented.substring(0, documented.length() - 1));
				}
				else {
					assertThat(documented).as(key).isEqualTo(declared);
				}
			}
		});
	}

	@Test
	void tableVariablesAreTheOnesApplicationYmlReads() throws IOException {
		Map<String, String> variables = new TreeMap<>();
		Map<String, String> values = new TreeMap<>();
		try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
			flatten("", new YAMLMapper().readTree(in), values);
		}
		values.forEach((key, value) -> {
			Matcher matcher = VARIABLE.matcher(value);
			if (key.startsWith("chatbot.") && matcher.matches()) {
				variables.put(key, matcher.group(1));
			}
		});
		Map<String, String> documented = new TreeMap<>();
		table().forEach((key, row) -> {
			if (!row.variable().isEmpty()) {
				documented.put(key, row.variable());
			}
		});
		assertThat(documented).isEqualTo(variables);
	}

	private static Map<String, String> metadata() throws IOException {
		Map<String, String> properties = new TreeMap<>();
		try (InputStream in = ConfigurationTableTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("configuration metadata (spring-boot-configuration-processor)").isNotNull();
			for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
				String name = property.get("name").asText();
				if (name.startsWith("chatbot.")) {
					JsonNode value = property.get("defaultValue");
					properties.put(name, (value == null || value.isNull()) ? null : value.asText());
				}
			}
		}
		return properties;
	}

	private static Map<String, Row> table() throws IOException {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("docs", "configuration.md"))) {
			if (line.startsWith("| `chatbot.")) {
				List<String> cells = cells(line);
				String key = unquote(cells.get(0));
				assertThat(rows.put(key, new Row(unquote(cells.get(1)), unquote(cells.get(2))))).as("row of " + key)
					.isNull();
			}
		}
		return rows;
	}

	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/** A cell's value: the text between its first pair of backticks when it has one, else the cell. */
	private static String unquote(String cell) {
		int open = cell.indexOf('`');
		int close = cell.indexOf('`', open + 1);
		return (open >= 0 && close > open) ? cell.substring(open + 1, close) : cell;
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
		if (node.isObject()) {
			node.fields().forEachRemaining((field) -> flatten(prefix + field.getKey() + ".", field.getValue(), values));
		}
		else {
			values.put(prefix.substring(0, prefix.length() - 1), node.asText());
		}
	}

	private record Row(String defaultValue, String variable) {
	}

}
