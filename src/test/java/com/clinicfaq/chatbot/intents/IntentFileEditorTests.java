package com.clinicfaq.chatbot.intents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link IntentFileEditor}.
 */
class IntentFileEditorTests {

	private static final String FILE = """
			# how long the effects last
			name: duration
			route: answer
			examples:   # phrasings visitors used
			  - how long does it last
			  # a comment between examples
			  - how long do the effects last

			answer: >-
			  The effects of a session fade within a couple of hours,
			  while the benefits can last longer.
			suggestions:
			  - What are the side effects?
			""";

	@TempDir
	Path directory;

	private final IntentFileEditor editor = new IntentFileEditor();

	@Test
	void appendExampleAddsOneLineAfterTheLastExampleAndKeepsTheRest() throws Exception {
		Path file = write("duration.yaml", FILE);
		IntentDefinition saved = this.editor.appendExample(file, "when does it wear off");
		assertThat(Files.readString(file)).isEqualTo(FILE.replace("  - how long do the effects last\n",
				"  - how long do the effects last\n  - when does it wear off\n"));
		assertThat(saved.examples()).containsExactly("how long does it last", "how long do the effects last",
				"when does it wear off");
		assertThat(saved.answer()).startsWith("The effects of a session fade");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void appendExampleWhenTheFileHasVisitorExamplesAddsToTheExamplesOnly() throws Exception {
		String withVisitors = FILE + """
				# written by people who never saw this file
				visitorExamples:
				  - how long does the high last
				""";
		Path file = write("duration.yaml", withVisitors);
		IntentDefinition saved = this.editor.appendExample(file, "when does it wear off");
		assertThat(saved.examples()).last().isEqualTo("when does it wear off");
		assertThat(saved.visitorExamples()).containsExactly("how long does the high last");
		assertThat(Files.readString(file)).endsWith("visitorExamples:\n  - how long does the high last\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "what's this: a question? # not a comment", "\"quoted\" and \\ backslash", "yes",
			"- starts like a list item", "[brackets] and {braces}", "ça dure combien de temps ?", "123", "null",
			"<script>alert(1)</script>", "key: value" })
	void appendExampleWhenPhraseNeedsQuotingReadsBackExactly(String phrase) throws Exception {
		Path file = write("duration.yaml", FILE);
		IntentDefinition saved = this.editor.appendExample(file, phrase);
		assertThat(saved.examples()).last().isEqualTo(phrase);
		assertThat(new IntentFileParser().parse(file).examples()).last().isEqualTo(phrase);
		assertThat(Files.readString(file)).contains("answer: >-\n  The effects of a session fade");
	}

	@Test
	void appendExampleWhenExamplesAreLastInTheFileAppendsAtTheEnd() throws Exception {
		Path file = write("greeting.yaml", "name: greeting\nroute: answer\nanswer: Hello!\nexamples:\n- hi\n- hello\n");
		this.editor.appendExample(file, "good morning");
		assertThat(Files.readString(file)).isEqualTo("name: greeting\nroute: answer\nanswer: Hello!\nexamples:\n- hi\n"
				+ "- hello\n- good morning\n");
	}

	@Test
	void appendExampleWhenExamplesAreAFlowListLeavesTheFileUntouched() throws Exception {
		String content = "name: greeting\nroute: answer\nexamples: [hi, hello]\nanswer: Hello!\n";
		Path file = write("greeting.yaml", content);
		assertThatExceptionOfType(IntentFileException.class)
			.isThrownBy(() -> this.editor.appendExample(file, "good morning"))
			.withMessageContaining("examples:");
		assertThat(Files.readString(file)).isEqualTo(content);
		assertThat(leftovers()).isEmpty();
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(this.directory.resolve(name), content);
	}

	private Stream<Path> leftovers() throws Exception {
		return Files.list(this.directory).filter((path) -> path.getFileName().toString().startsWith("."));
	}

}
