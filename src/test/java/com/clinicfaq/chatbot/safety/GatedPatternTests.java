package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GatedPattern}: the literal parts it reads off an expression, and that the gate never turns away a
 * text the expression matches, for every curated pattern of {@code intents/safety} over thousands of real sentences.
 */
class GatedPatternTests {

	private static final Path RULES = Path.of("intents/safety");

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiterString = " => ", textBlock = """
			\\bsuicid(e|al)\\b => [suicid]
			\\bcommit(ting)? suicide\\b => [commit], [ suicide]
			\\b(kill|killing) (myself|himself)\\b => [kill, killing], [myself, himself]
			\\b(i am |really )?done\\b => [done]
			\\btook (an? )?overdose => [took ], [overdose]
			\\b(end|ending) (it|it all)( tonight| now)?\\b(?! (with|at)) => [end, ending], [it, it all]
			pills?\\b => [pill]
			\\d+ pills => [ pills]
			no+ way => [no], [ way]
			(?:can not|cannot) breathe => [can not, cannot], [ breathe]
			[a-z]+ myself => [ myself]
			blue lips\\. => [blue lips.]
			(?<name>over|under)dose => [over, under], [dose]
			ab{2,3}c => [ab]
			x{0,2}yz => [yz]
			""")
	void readsTheLiteralPartsEveryMatchContains(String regex, String expected) {
		assertThat(describe(GatedPattern.compile(regex.strip()).requiredParts())).isEqualTo(expected.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "(?i)kill myself", "i want to die|kill myself", "\\Qkill\\E myself", "(a|b) (c|d)" })
	void hasNoGateWhenTheExpressionIsNotReadOrHasNoLongLiteral(String regex) {
		assertThat(GatedPattern.compile(regex.strip()).requiredParts()).isEmpty();
	}

	@Test
	void answersAsTheExpressionDoes() {
		GatedPattern pattern = GatedPattern.compile("\\b(kill|killing) (myself|himself)\\b");
		assertThat(pattern.find("i want to kill myself")).isTrue();
		assertThat(pattern.find("what is the fee")).isFalse();
		assertThat(pattern.find("the kill switch himself")).isFalse();
		assertThat(pattern.replaceAll("i will kill myself now", "~")).isEqualTo("i will ~ now");
		assertThat(pattern.replaceAll("what is the fee", "~")).isEqualTo("what is the fee");
	}

	@Test
	void neverTurnsAwayATextTheCuratedPatternsMatch() throws IOException {
		List<GatedPattern> patterns = curatedPatterns();
		List<String> texts = sentences();
		long gated = patterns.stream().filter((pattern) -> !pattern.requiredParts().isEmpty()).count();
		long matched = 0;
		long turnedAway = 0;
		for (String text : texts) {
			for (GatedPattern pattern : patterns) {
				boolean found = pattern.pattern().matcher(text).find();
				boolean may = pattern.mayMatch(text);
				assertThat(!found || may).as("%s turned away %s", pattern, text).isTrue();
				assertThat(pattern.find(text)).isEqualTo(found);
				matched += found ? 1 : 0;
				turnedAway += may ? 0 : 1;
			}
		}
		// the comparison means something: the texts match many patterns, and most patterns have a gate that turns
		// most texts away
		assertThat(matched).isGreaterThan(1_000);
		assertThat(gated).isGreaterThan(patterns.size() * 3 / 4);
		assertThat(turnedAway).isGreaterThan((long) texts.size() * patterns.size() / 2);
	}

	/** Every curated pattern the screen compiles: rules, self-harm mentions, rewrites, masks, cues, advice. */
	private static List<GatedPattern> curatedPatterns() {
		SafetyRules rules = SafetyRules.load(RULES);
		List<String> regexes = new ArrayList<>();
		rules.urgent().forEach((rule) -> regexes.addAll(rule.patterns()));
		regexes.addAll(rules.selfHarmMentions());
		rules.screening().rewrites().forEach((rewrite) -> regexes.add(rewrite.from()));
		SafetyRules.Context context = rules.context();
		regexes.add(context.negations().pattern());
		Stream.of(context.idioms(), context.informationQuestions(), context.personalCues(), context.riskTopics(),
				context.reported(), context.present(), context.continued(), context.ended(), context.recovered(),
				context.animals(), context.people())
			.forEach(regexes::addAll);
		rules.advice().adviceBoundary().forEach((group) -> regexes.addAll(group.patterns()));
		rules.advice().illicitRequests().forEach((group) -> regexes.addAll(group.patterns()));
		return GatedPattern.compileAll(regexes);
	}

	/**
	 * Sentences as the rules see them (and as typed): a sample of the risk detector's urgent and ordinary sentences
	 * and every phrase of the intent catalog's development set, each in its screening variants.
	 */
	private static List<String> sentences() throws IOException {
		ScreeningNormalizer normalizer = new ScreeningNormalizer(SafetyRules.load(RULES).screening());
		ObjectMapper json = new ObjectMapper();
		List<String> raw = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listed = Files.list(RULES.resolve("detector"))) {
			files = listed.filter((file) -> file.toString().endsWith(".jsonl")).sorted().toList();
		}
		Random random = new Random(29);
		for (Path file : files) {
			for (String line : Files.readAllLines(file)) {
				if (!line.isBlank() && random.nextInt(6) == 0) {
					raw.add(json.readTree(line).path("text").asText());
				}
			}
		}
		for (String line : Files.readAllLines(Path.of("src/test/resources/eval/safety-dev.jsonl"))) {
			if (!line.isBlank()) {
				raw.add(json.readTree(line).path("text").asText());
			}
		}
		Set<String> texts = new LinkedHashSet<>();
		for (String text : raw) {
			texts.add(text.toLowerCase(Locale.ROOT));
			texts.addAll(normalizer.variants(text));
		}
		return List.copyOf(texts);
	}

	private static String describe(List<List<String>> parts) {
		return String.join(", ", parts.stream().map(Object::toString).toList());
	}

}
