package com.clinicfaq.chatbot.nlu;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extra off-topic training messages: other medicines and conditions, never ketamine, never one of our phrases.
 */
class ExtraOutOfScopeExamplesTests {

	@Test
	void holdsTheSampledQuestionsAndNoneIsAboutKetamine() {
		List<String> extra = IntentModelTrainer.extraOutOfScopeExamples();
		assertThat(extra).hasSizeGreaterThanOrEqualTo(300)
			.noneMatch((text) -> text.toLowerCase(Locale.ROOT).matches(".*(ketamin|spravato).*"))
			.noneMatch((text) -> text.startsWith("#"));
	}

	@Test
	void noneRepeatsOrResemblesAnAnswerIntentsFrame() {
		TextNormalizer normalizer = new TextNormalizer();
		IntentCatalog catalog = IntentCatalog.load(Path.of("intents"));
		Set<String> curated = catalog.all()
			.stream()
			.flatMap((intent) -> intent.trainingPhrases().stream())
			.map(normalizer::normalize)
			.collect(Collectors.toSet());
		assertThat(IntentModelTrainer.extraOutOfScopeExamples()).map(normalizer::normalize)
			.noneMatch(curated::contains)
			.noneMatch((text) -> text.contains("side effect"));
		assertThat(catalog.find(IntentModelTrainer.OUT_OF_SCOPE)).map(IntentDefinition::name)
			.contains(IntentModelTrainer.OUT_OF_SCOPE);
	}

	@Test
	void areAddedToTheOutOfScopeIntentOnly() {
		Map<String, List<String>> examples = Map.of("out_of_scope", List.of("weather tomorrow"), "dosing",
				List.of("how much ketamine do i get"));
		Map<String, List<String>> trained = IntentModelTrainer.withExtraOutOfScope(examples);
		assertThat(trained.get("dosing")).containsExactly("how much ketamine do i get");
		assertThat(trained.get("out_of_scope")).startsWith("weather tomorrow")
			.hasSize(1 + IntentModelTrainer.extraOutOfScopeExamples().size());
		Map<String, List<String>> withoutOutOfScope = Map.of("dosing", List.of("how much ketamine do i get"));
		assertThat(IntentModelTrainer.withExtraOutOfScope(withoutOutOfScope)).isEqualTo(withoutOutOfScope);
	}

}
