package com.clinicfaq.chatbot.intents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An immutable snapshot of all curated intents, keyed by name.
 */
public final class IntentCatalog {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Map<String, IntentDefinition> intents;

	private final Map<String, String> exampleOwners;

	private IntentCatalog(Map<String, IntentDefinition> intents) {
		this.intents = intents;
		this.exampleOwners = indexExamples(intents.values());
	}

	/**
	 * Creates a catalog, rejecting duplicate names and phrases that appear twice.
	 */
	public static IntentCatalog of(Collection<IntentDefinition> definitions) {
		Map<String, IntentDefinition> byName = new LinkedHashMap<>();
		for (IntentDefinition definition : definitions) {
			if (byName.put(definition.name(), definition) != null) {
				throw new IntentFileException("Intent '" + definition.name() + "' is defined twice");
			}
		}
		if (byName.isEmpty()) {
			throw new IntentFileException("The intent catalog is empty");
		}
		return new IntentCatalog(Map.copyOf(byName));
	}

	/**
	 * Loads every {@code *.yaml} and {@code *.yml} file directly inside the folder (sub-folders hold other data).
	 */
	public static IntentCatalog load(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IntentFileException("Intent folder '" + directory.toAbsolutePath() + "' does not exist");
		}
		IntentFileParser parser = new IntentFileParser();
		try (Stream<Path> files = Files.list(directory)) {
			List<IntentDefinition> definitions = files.filter(IntentCatalog::isIntentFile)
				.sorted()
				.map(parser::parse)
				.toList();
			return of(definitions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list intent folder " + directory, ex);
		}
	}

	static boolean isIntentFile(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

	public Optional<IntentDefinition> find(String name) {
		return Optional.ofNullable(this.intents.get(name));
	}

	public IntentDefinition get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown intent '" + name + "'"));
	}

	/**
	 * All intents, sorted by name so that training is repeatable.
	 */
	public List<IntentDefinition> all() {
		return this.intents.values().stream().sorted(java.util.Comparator.comparing(IntentDefinition::name)).toList();
	}

	public int size() {
		return this.intents.size();
	}

	/**
	 * How many phrases the classifier learns: every intent's examples and visitor examples.
	 */
	public int exampleCount() {
		return this.exampleOwners.size();
	}

	/**
	 * The intent that already has this phrase as an example or a visitor example, compared without case and extra
	 * spaces.
	 */
	public Optional<String> ownerOf(String example) {
		return Optional.ofNullable(this.exampleOwners.get(key(example)));
	}

	/**
	 * Returns a new catalog in which the named intent has one more example.
	 */
	public IntentCatalog withExample(String intent, String example) {
		Map<String, IntentDefinition> copy = new LinkedHashMap<>(this.intents);
		copy.put(intent, get(intent).withExample(example));
		return new IntentCatalog(Map.copyOf(copy));
	}

	private static Map<String, String> indexExamples(Collection<IntentDefinition> definitions) {
		Map<String, String> owners = new HashMap<>();
		for (IntentDefinition definition : definitions) {
			for (String example : definition.trainingPhrases()) {
				String previous = owners.put(key(example), definition.name());
				if (previous != null) {
					throw new IntentFileException("The example '" + example + "' appears twice (in '" + previous
							+ "' and '" + definition.name() + "')");
				}
			}
		}
		return Map.copyOf(owners);
	}

	static String key(String example) {
		return SPACES.matcher(example.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

}
