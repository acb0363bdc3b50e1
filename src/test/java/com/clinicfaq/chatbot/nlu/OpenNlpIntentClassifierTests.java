package com.clinicfaq.chatbot.nlu;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link OpenNlpIntentClassifier}, trained on tiny in-memory samples.
 */
class OpenNlpIntentClassifierTests {

	private static final Map<String, List<String>> SAMPLES = Map.of("side_effects",
			List.of("what are the side effects", "does it make you nauseous", "side effects of ketamine",
					"will i feel dizzy after"),
			"insurance_cost",
			List.of("how much does it cost", "is it covered by insurance", "what is the price of a session",
					"does insurance pay for ketamine"),
			"greeting", List.of("hello", "hi there", "good morning", "hey"));

	private final IntentModelTrainer trainer = new IntentModelTrainer(new TextNormalizer(), properties(false));

	static NluProperties properties(boolean embeddings) {
		return properties(embeddings, 2);
	}

	static NluProperties properties(boolean embeddings, double cascadeConfidence) {
		return new NluProperties("MAXENT", 100, 0, 0.1, 3, 5, embeddings, 0.5, 100, cascadeConfidence, "", 100,
				Duration.ofMinutes(1), null, null, SentenceEmbedder.Encoder.MINILM, 0, 10,
				NluProperties.Combination.LOG_LINEAR, 1.0, 0, true);
	}

	@Test
	void classifyWhenTheWordModelIsSureAnswersWithoutTheEncoderAndOtherwiseBlendsBoth() {
		TextNormalizer normalizer = new TextNormalizer();
		OpenNlpIntentClassifier cascade = new IntentModelTrainer(normalizer, properties(true, 0.6)).train(SAMPLES);
		OpenNlpIntentClassifier wordsOnly = IntentModelTrainer.restore(cascade.wordModel(), null, SAMPLES,
				normalizer, properties(false), null);
		OpenNlpIntentClassifier always = IntentModelTrainer.restore(cascade.wordModel(), cascade.embeddingModel(),
				SAMPLES, normalizer, properties(true, 2), null);

		String sure = "what are the side effects of ketamine";
		assertThat(wordsOnly.classify(sure).best()).hasValueSatisfying((best) -> assertThat(best.confidence())
			.isGreaterThanOrEqualTo(0.6));
		assertThat(cascade.classify(sure).ranking()).isEqualTo(wordsOnly.classify(sure).ranking())
			.isNotEqualTo(always.classify(sure).ranking());

		String unsure = "my cousin said something";
		assertThat(wordsOnly.classify(unsure).best()).hasValueSatisfying((best) -> assertThat(best.confidence())
			.isLessThan(0.6));
		assertThat(cascade.classify(unsure).ranking()).isEqualTo(always.classify(unsure).ranking())
			.isNotEqualTo(wordsOnly.classify(unsure).ranking());
	}

	@Test
	void classifyWhenTheWordModelIsSureOfAnExcludedIntentStillRunsTheEncoder() {
		Map<String, List<String>> samples = new HashMap<>(SAMPLES);
		samples.put("out_of_scope", List.of("will it rain tomorrow", "who won the game last night",
				"how do i fix my laptop", "give me a pizza recipe", "what time does the bank open"));
		NluProperties excluding = new NluProperties("MAXENT", 100, 0, 0.1, 3, 5, true, 0.5, 100, 0.6,
				"out_of_scope", 100, Duration.ofMinutes(1), null, null, SentenceEmbedder.Encoder.MINILM, 0, 10,
				NluProperties.Combination.LOG_LINEAR, 1.0, 0, true);
		TextNormalizer normalizer = new TextNormalizer();
		OpenNlpIntentClassifier cascade = new IntentModelTrainer(normalizer, excluding).train(samples);
		OpenNlpIntentClassifier wordsOnly = IntentModelTrainer.restore(cascade.wordModel(), null, samples,
				normalizer, properties(false), null);
		OpenNlpIntentClassifier always = IntentModelTrainer.restore(cascade.wordModel(), cascade.embeddingModel(),
				samples, normalizer, properties(true, 2), null);

		String offTopic = "will it rain tomorrow in the city";
		assertThat(wordsOnly.classify(offTopic).best()).hasValueSatisfying((best) -> {
			assertThat(best.name()).isEqualTo("out_of_scope");
			assertThat(best.confidence()).isGreaterThanOrEqualTo(0.6);
		});
		assertThat(cascade.classify(offTopic).ranking()).isEqualTo(always.classify(offTopic).ranking())
			.isNotEqualTo(wordsOnly.classify(offTopic).ranking());
	}

	@Test
	void classifyWithTheNeighbourVoteAloneFollowsTheNearestPhrases() {
		NluProperties votesOnly = new NluProperties("MAXENT", 100, 0, 0.1, 3, 5, true, 1.0, 100, 2, "", 100,
				Duration.ofMinutes(1), null, null, SentenceEmbedder.Encoder.MINILM, 1.0, 3,
				NluProperties.Combination.LOG_LINEAR, 1.0, 0, true);
		OpenNlpIntentClassifier classifier = new IntentModelTrainer(new TextNormalizer(), votesOnly).train(SAMPLES);
		Prediction prediction = classifier.classify("what does one session cost");
		assertThat(prediction.best()).hasValueSatisfying((best) -> assertThat(best.name()).isEqualTo("insurance_cost"));
		double total = prediction.ranking().stream().mapToDouble(ScoredIntent::confidence).sum();
		assertThat(total).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
		// with weight 1 only the three nearest phrases count: at most two intents get any confidence
		assertThat(prediction.ranking().stream().filter((scored) -> scored.confidence() > 0)).hasSizeLessThan(3);
	}

	@Test
	void classifyWhenMessageMatchesTrainingRanksItsIntentFirst() {
		OpenNlpIntentClassifier classifier = this.trainer.train(SAMPLES);
		assertThat(classifier.classify("how much does a session cost").best())
			.hasValueSatisfying((best) -> assertThat(best.name()).isEqualTo("insurance_cost"));
		assertThat(classifier.classify("hi").best())
			.hasValueSatisfying((best) -> assertThat(best.name()).isEqualTo("greeting"));
	}

	@Test
	void classifyWhenWordMisspelledStillMatchesThroughCharacterNGrams() {
		OpenNlpIntentClassifier classifier = this.trainer.train(SAMPLES);
		assertThat(classifier.classify("side efects of ketamin").best())
			.hasValueSatisfying((best) -> assertThat(best.name()).isEqualTo("side_effects"));
	}

	@Test
	void classifyRanksEveryIntentWithConfidencesSummingToOne() {
		Prediction prediction = this.trainer.train(SAMPLES).classify("is it covered by my insurance");
		assertThat(prediction.ranking()).extracting(ScoredIntent::name)
			.containsExactlyInAnyOrder("side_effects", "insurance_cost", "greeting");
		assertThat(prediction.ranking().stream().mapToDouble(ScoredIntent::confidence).sum()).isCloseTo(1.0,
				org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void combineLinearlyGivesTheWeightedMeanOfTheTwoModels() {
		double[] words = { 0.9, 0.1, 0.0 };
		OpenNlpIntentClassifier.combine(words, new double[] { 0.2, 0.3, 0.5 }, 0.6, false, 1.0);
		assertThat(words).containsExactly(new double[] { 0.48, 0.22, 0.3 }, within(1e-12));
	}

	@Test
	void combineLogLinearlyLetsEitherModelVetoAnIntentItFindsUnlikely() {
		// the word model is sure of the first intent, which the embedding model all but rules out: the weighted mean
		// still ranks it first, the weighted geometric mean ranks the intent both models find plausible first
		double[] linear = { 0.90, 0.09, 0.01 };
		double[] logLinear = linear.clone();
		double[] embeddings = { 0.001, 0.60, 0.399 };
		OpenNlpIntentClassifier.combine(linear, embeddings, 0.5, false, 1.0);
		OpenNlpIntentClassifier.combine(logLinear, embeddings, 0.5, true, 1.0);
		assertThat(linear[0]).isGreaterThan(linear[1]);
		assertThat(logLinear[1]).isGreaterThan(logLinear[2]).isGreaterThan(logLinear[0]);
		double first = Math.sqrt(0.90 * 0.001);
		double second = Math.sqrt(0.09 * 0.60);
		double third = Math.sqrt(0.01 * 0.399);
		double sum = first + second + third;
		assertThat(logLinear).containsExactly(new double[] { first / sum, second / sum, third / sum }, within(1e-12));
	}

	@Test
	void combineLogLinearlyWithALowerTemperatureSharpensTheConfidencesWithoutReordering() {
		double[] words = { 0.5, 0.3, 0.2 };
		double[] embeddings = { 0.6, 0.3, 0.1 };
		double[] warm = words.clone();
		double[] cool = words.clone();
		OpenNlpIntentClassifier.combine(warm, embeddings, 0.65, true, 1.0);
		OpenNlpIntentClassifier.combine(cool, embeddings, 0.65, true, 0.5);
		assertThat(cool[0]).isGreaterThan(warm[0]);
		assertThat(cool[0]).isGreaterThan(cool[1]);
		assertThat(cool[1]).isGreaterThan(cool[2]);
		assertThat(cool[0] + cool[1] + cool[2]).isCloseTo(1.0, within(1e-12));
		// a temperature of 1/2 squares the geometric mean before renormalizing
		double top = Math.pow(0.5, 0.35) * Math.pow(0.6, 0.65);
		double[] squared = { top * top, Math.pow(Math.pow(0.3, 0.35) * Math.pow(0.3, 0.65), 2),
				Math.pow(Math.pow(0.2, 0.35) * Math.pow(0.1, 0.65), 2) };
		assertThat(cool[0]).isCloseTo(squared[0] / (squared[0] + squared[1] + squared[2]), within(1e-12));
	}

	@Test
	void combineLogLinearlyTreatsAZeroProbabilityAsTinyRatherThanFailing() {
		double[] words = { 0.7, 0.3 };
		OpenNlpIntentClassifier.combine(words, new double[] { 0.0, 1.0 }, 0.65, true, 0.9);
		assertThat(words[1]).isCloseTo(1.0, within(1e-6));
		assertThat(words[0]).isFinite().isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void classifyCombinesTheModelsAsConfigured() {
		OpenNlpIntentClassifier trained = new IntentModelTrainer(new TextNormalizer(), properties(true, 2))
			.train(SAMPLES);
		TextNormalizer normalizer = new TextNormalizer();
		OpenNlpIntentClassifier linear = IntentModelTrainer.restore(trained.wordModel(), trained.embeddingModel(),
				SAMPLES, normalizer, withCombination(NluProperties.Combination.LINEAR), null);
		OpenNlpIntentClassifier logLinear = IntentModelTrainer.restore(trained.wordModel(),
				trained.embeddingModel(), SAMPLES, normalizer, withCombination(NluProperties.Combination.LOG_LINEAR),
				null);
		String message = "my cousin said something about the price";
		assertThat(logLinear.classify(message).ranking()).isEqualTo(trained.classify(message).ranking())
			.isNotEqualTo(linear.classify(message).ranking());
		assertThat(linear.classify(message).ranking().stream().mapToDouble(ScoredIntent::confidence).sum())
			.isCloseTo(1.0, within(1e-6));
	}

	private static NluProperties withCombination(NluProperties.Combination combination) {
		return new NluProperties("MAXENT", 100, 0, 0.1, 3, 5, true, 0.5, 100, 2, "", 100, Duration.ofMinutes(1), null,
				null, SentenceEmbedder.Encoder.MINILM, 0, 10, combination, 1.0, 0, true);
	}

	@Test
	void classifyWhenMessageEmptyStillRanksIntents() {
		assertThat(this.trainer.train(SAMPLES).classify("  ?? ").ranking()).hasSize(3);
	}

	@Test
	void trainWhenNoExamplesFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.trainer.train(Map.of()));
	}

}
