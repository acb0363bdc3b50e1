package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SafetyRules}.
 */
class SafetyRulesTests {

	@Test
	void loadReadsEveryCategoryTheIssueNames() {
		SafetyRules rules = SafetyRules.load(Path.of("intents/safety"));
		assertThat(rules.urgent()).extracting(SafetyRules.Rule::category)
			.contains("suicidal-thoughts", "self-harm", "plan-or-means", "goodbye", "overdose", "child-ingestion",
					"chest-pain", "breathing", "unconscious", "seizure", "allergic-reaction", "harm-method-question");
		assertThat(rules.context().negations().terms()).isNotEmpty();
		assertThat(rules.context().idioms()).isNotEmpty();
		assertThat(rules.advice().adviceBoundary()).extracting(SafetyRules.PatternGroup::id)
			.contains("personal-dose", "stop-medication", "combine-medication", "personal-eligibility");
	}

	@Test
	void loadWhenGivenTheUrgentRulesFileReadsItsFolder() {
		SafetyRules rules = SafetyRules.load(Path.of("intents/safety/urgent-rules.yaml"));
		assertThat(rules.urgent()).isNotEmpty();
	}

	@Test
	void loadWhenPatternIsBrokenNamesFileAndRule(@TempDir Path directory) throws IOException {
		copyRules(directory);
		Files.writeString(directory.resolve("urgent-rules.yaml"), """
				rules:
				  - id: broken-one
				    urgency: crisis
				    patterns: ["(unclosed"]
				""");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> SafetyRules.load(directory))
			.withMessageContaining("urgent-rules.yaml")
			.withMessageContaining("broken-one");
	}

	@Test
	void loadWhenFileHasUnknownKeyFails(@TempDir Path directory) throws IOException {
		copyRules(directory);
		Files.writeString(directory.resolve("context.yaml"),
				Files.readString(directory.resolve("context.yaml")) + "\nnegatoins: []\n");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> SafetyRules.load(directory))
			.withMessageContaining("context.yaml");
	}

	@Test
	void ruleWithoutKindIsAStatement() {
		SafetyRules.Rule rule = new SafetyRules.Rule("r", null, Urgency.CRISIS, null, List.of("x"));
		assertThat(rule.kind()).isEqualTo(SafetyRules.Kind.STATEMENT);
		assertThat(rule.category()).isEqualTo("r");
	}

	private static void copyRules(Path directory) throws IOException {
		for (String name : List.of("urgent-rules.yaml", "screening.yaml", "context.yaml", "advice-boundary.yaml")) {
			Files.copy(Path.of("intents/safety", name), directory.resolve(name));
		}
	}

}
