package com.clinicfaq.chatbot.intents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends one training phrase to an intent file's {@code examples:} list, keeping every other line (comments, the
 * folded answer) exactly as it was.
 * <p>
 * The new line goes right after the list's last item, with the same indentation. The edited text is written to a
 * scratch copy, parsed again with {@link IntentFileParser} and checked to hold the old examples plus the new one, and
 * only then moved over the original in one atomic rename; on any failure the original is left untouched.
 */
public class IntentFileEditor {

	private static final Pattern EXAMPLES_KEY = Pattern.compile("^examples:\\s*(#.*)?$");

	private static final Pattern PLAIN_SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.?!'’()/&$%+-]*");

	private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n",
			"~");

	private final IntentFileParser parser = new IntentFileParser();

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * Appends the phrase and returns the intent as now stored in the file.
	 */
	public IntentDefinition appendExample(Path file, String example) {
		IntentDefinition before = this.parser.parse(file);
		String original = read(file);
		String lineBreak = original.contains("\r\n") ? "\r\n" : "\n";
		List<String> lines = new ArrayList<>(List.of(original.split("\r?\n", -1)));
		int insertAt = lineAfterLastExample(lines, file);
		String indent = itemIndent(lines, insertAt);
		List<String> candidates = plainSafe(example) ? List.of(example, quoted(example)) : List.of(quoted(example));
		IntentFileException failure = null;
		for (String scalar : candidates) {
			List<String> edited = new ArrayList<>(lines);
			edited.add(insertAt, indent + "- " + scalar);
			try {
				return replace(file, String.join(lineBreak, edited), before, example);
			}
			catch (IntentFileException ex) {
				failure = ex;
			}
		}
		throw failure;
	}

	private IntentDefinition replace(Path file, String content, IntentDefinition before, String example) {
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory(file.toAbsolutePath().getParent(), ".edit-");
			Path edited = scratch.resolve(file.getFileName());
			Files.writeString(edited, content, StandardCharsets.UTF_8);
			IntentDefinition after = this.parser.parse(edited);
			List<String> expected = new ArrayList<>(before.examples());
			expected.add(example);
			if (!after.examples().equals(expected) || !after.answer().equals(before.answer())
					|| after.route() != before.route() || !after.suggestions().equals(before.suggestions())
					|| !after.visitorExamples().equals(before.visitorExamples())) {
				throw new IntentFileException(file + ": the edited file would not read back as the same intent plus '"
						+ example + "'");
			}
			Files.move(edited, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return after;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		finally {
			deleteQuietly(scratch);
		}
	}

	/**
	 * The index just after the last line that belongs to the top-level {@code examples:} block list.
	 */
	private static int lineAfterLastExample(List<String> lines, Path file) {
		int key = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (EXAMPLES_KEY.matcher(lines.get(i)).matches()) {
				key = i;
				break;
			}
		}
		if (key < 0) {
			throw new IntentFileException(file + ": has no block list 'examples:' that can be appended to");
		}
		int last = key;
		for (int i = key + 1; i < lines.size(); i++) {
			String line = lines.get(i);
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			boolean topLevelKey = !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-");
			if (topLevelKey) {
				break;
			}
			last = i;
		}
		if (last == key) {
			throw new IntentFileException(file + ": the 'examples:' list is empty or not a block list");
		}
		return last + 1;
	}

	private static String itemIndent(List<String> lines, int after) {
		for (int i = after - 1; i >= 0; i--) {
			String line = lines.get(i);
			String trimmed = line.stripLeading();
			if (trimmed.startsWith("- ")) {
				return line.substring(0, line.length() - trimmed.length());
			}
		}
		return "  ";
	}

	private static boolean plainSafe(String example) {
		return PLAIN_SAFE.matcher(example).matches() && !example.contains(": ") && !example.contains(" #")
				&& !YAML_WORDS.contains(example.toLowerCase(Locale.ROOT)) && example.chars().anyMatch(Character::isLetter);
	}

	private String quoted(String example) {
		try {
			// a JSON string is a valid YAML double-quoted scalar
			return this.json.writeValueAsString(example);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static void deleteQuietly(Path scratch) {
		if (scratch == null) {
			return;
		}
		try (var files = Files.list(scratch)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(scratch);
		}
		catch (IOException ex) {
			// a leftover hidden scratch folder is harmless: sub-folders are not read as intent files
		}
	}

}
