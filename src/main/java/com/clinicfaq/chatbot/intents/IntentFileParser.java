package com.clinicfaq.chatbot.intents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads one intent YAML file into an {@link IntentDefinition}, naming the file and line of any mistake.
 */
public class IntentFileParser {

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/**
	 * Parses the file; its base name must equal the intent's name.
	 */
	public IntentDefinition parse(Path file) {
		IntentDefinition definition = read(file);
		String expected = baseName(file);
		if (!definition.name().equals(expected)) {
			throw new IntentFileException(
					file + ": intent name '" + definition.name() + "' does not match the file name '" + expected + "'");
		}
		if (definition.examples().stream().anyMatch(IntentFileParser::blank)) {
			throw new IntentFileException(file + ": intent '" + definition.name() + "' has an empty example");
		}
		if (definition.visitorExamples().stream().anyMatch(IntentFileParser::blank)) {
			throw new IntentFileException(file + ": intent '" + definition.name() + "' has an empty visitor example");
		}
		return definition;
	}

	private static boolean blank(String example) {
		return example == null || example.isBlank();
	}

	private IntentDefinition read(Path file) {
		try {
			return this.yaml.readValue(Files.readAllBytes(file), IntentDefinition.class);
		}
		catch (ValueInstantiationException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new IntentFileException(file + lineOf(ex.getLocation()) + ": " + cause.getMessage(), ex);
		}
		catch (JsonProcessingException ex) {
			throw new IntentFileException(file + lineOf(ex.getLocation()) + ": " + ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			throw new IntentFileException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static String lineOf(JsonLocation location) {
		return (location != null && location.getLineNr() > 0) ? ":" + location.getLineNr() : "";
	}

	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
