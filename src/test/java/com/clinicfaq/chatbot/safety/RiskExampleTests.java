package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RiskExampleTests {

	@TempDir
	Path folder;

	@Test
	void readsFieldsInAnyOrderAndSkipsOthers() throws IOException {
		write("a.jsonl", """
				{"category": "plan", "label": "crisis", "text": "I have the pills counted out"}

				{"text": "my chest hurts and my arm is numb", "review": {"by": ["x", "y"], "ok": true}, "label": "Emergency"}
				{"text": "is it covered by insurance", "label": "none", "category": null}
				""");
		write("public-questions.jsonl", """
				{"text": "how do vaccines work", "label": "none"}
				""");

		assertThat(RiskExample.load(this.folder)).containsExactly(
				new RiskExample("I have the pills counted out", Urgency.CRISIS, "plan", true),
				new RiskExample("my chest hurts and my arm is numb", Urgency.EMERGENCY, "", true),
				new RiskExample("is it covered by insurance", Urgency.NONE, "", true),
				new RiskExample("how do vaccines work", Urgency.NONE, "", false));
	}

	@Test
	void aBrokenLineNamesItsFileAndLine() throws IOException {
		write("a.jsonl", """
				{"text": "one", "label": "crisis"}
				{"text": "two", "label": "emergency"}
				{"text": "three", "label": "none"}
				""");
		write("b.jsonl", """
				{"text": "fine", "label": "none"}
				{"text": "no closing brace", "label": "none"
				""");
		assertThatIllegalStateException().isThrownBy(() -> RiskExample.load(this.folder))
			.withMessageContaining("b.jsonl:2: not a risk example");
	}

	@Test
	void refusesWhatIsNotOneExampleObject() throws IOException {
		for (String line : List.of("[\"text\", \"crisis\"]", "{\"text\": \"x\", \"label\": \"crisis\"} {}",
				"{\"text\": {\"a\": 1}, \"label\": \"crisis\"}", "{\"text\": \"x\", \"label\": \"maybe\"}",
				"{\"label\": \"crisis\"}")) {
			write("a.jsonl", line + "\n");
			assertThatIllegalStateException().as(line)
				.isThrownBy(() -> RiskExample.load(this.folder))
				.withMessageContaining("a.jsonl:1: not a risk example");
		}
	}

	/** The repository's sentences read as a JSON tree of each line would read them, line for line. */
	@Test
	void readsTheRepositorysSentencesAsATreeWould() throws IOException {
		Path data = Path.of("intents/safety/detector");
		ObjectMapper json = new ObjectMapper();
		List<RiskExample> expected = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(data)) {
			files = listing.filter((path) -> path.toString().endsWith(".jsonl")).sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			boolean written = !name.startsWith("public-") && !name.startsWith("ordinary-");
			for (String line : Files.readAllLines(file)) {
				if (!line.isBlank()) {
					JsonNode node = json.readTree(line);
					expected.add(new RiskExample(node.path("text").asText(null),
							Urgency.of(node.path("label").asText("")), node.path("category").asText(null), written));
				}
			}
		}

		assertThat(expected).hasSizeGreaterThan(10_000);
		assertThat(RiskExample.load(data)).isEqualTo(expected);
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(this.folder.resolve(name), text);
	}

}
