package com.clinicfaq.chatbot.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.IntentModelTrainer;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;

/**
 * Trains with the service's {@link IntentModelTrainer} and measures the classifier on labelled messages, on a held-out
 * test set or by k-fold cross-validation.
 */
public class Evaluator {

	private final IntentModelTrainer trainer;

	private final boolean trainOutOfScope;

	private final boolean catalog;

	/**
	 * @param trainer the service's trainer
	 * @param trainOutOfScope whether out-of-scope training messages are learnt as one more intent (named
	 * {@value IntentModelTrainer#OUT_OF_SCOPE}, as the service names it, and reported as {@value LabeledText#OUT_OF_SCOPE})
	 * rather than dropped
	 */
	public Evaluator(IntentModelTrainer trainer, boolean trainOutOfScope) {
		this(trainer, trainOutOfScope, false);
	}

	/**
	 * @param trainer the service's trainer
	 * @param trainOutOfScope whether out-of-scope training messages are learnt as one more intent
	 * @param catalog whether the training messages are the catalog's, so that, as in the service, its out-of-scope
	 * intent also learns {@link IntentModelTrainer#extraOutOfScopeExamples()} (never measured on)
	 */
	public Evaluator(IntentModelTrainer trainer, boolean trainOutOfScope, boolean catalog) {
		this.trainer = trainer;
		this.trainOutOfScope = trainOutOfScope;
		this.catalog = catalog;
	}

	/**
	 * Trains on {@code train} and measures on {@code test}; the threshold is chosen on {@code validation} when it is
	 * not empty, else {@code defaultThreshold} is used.
	 */
	public EvaluationReport evaluate(List<LabeledText> train, List<LabeledText> test, List<LabeledText> validation,
			double defaultThreshold) {
		Map<String, List<String>> examples = examplesByIntent(train);
		long start = System.nanoTime();
		IntentClassifier classifier = this.trainer.train(examples);
		double trainSeconds = (System.nanoTime() - start) / 1e9;
		double threshold = validation.isEmpty() ? defaultThreshold
				: ThresholdSelector.select(classify(classifier, validation));
		return EvaluationReport.of(classify(classifier, test), threshold, trainSeconds, examples.size());
	}

	/**
	 * Cross-validates: every message is classified by a model trained on the other folds (split per intent, in a
	 * repeatable shuffled order), and the figures are computed over all of them at the given threshold.
	 */
	public EvaluationReport crossValidate(List<LabeledText> examples, int folds, double threshold, long seed) {
		return crossValidate(examples, folds, threshold, seed, (example, prediction) -> {
		});
	}

	/**
	 * As {@link #crossValidate(List, int, double, long)}, handing {@code rankings} every message with the ranking of the
	 * model that did not see it (for choosing routing thresholds on out-of-fold rankings rather than on test messages).
	 */
	public EvaluationReport crossValidate(List<LabeledText> examples, int folds, double threshold, long seed,
			BiConsumer<LabeledText, Prediction> rankings) {
		if (folds < 2) {
			throw new IllegalArgumentException("Cross-validation needs at least 2 folds, was " + folds);
		}
		List<List<LabeledText>> parts = split(examples, folds, seed);
		List<ClassifiedExample> results = new ArrayList<>();
		double trainSeconds = 0;
		int intents = 0;
		for (int fold = 0; fold < folds; fold++) {
			List<LabeledText> train = new ArrayList<>();
			for (int other = 0; other < folds; other++) {
				if (other != fold) {
					train.addAll(parts.get(other));
				}
			}
			Map<String, List<String>> byIntent = examplesByIntent(train);
			intents = Math.max(intents, byIntent.size());
			long start = System.nanoTime();
			IntentClassifier classifier = this.trainer.train(byIntent);
			trainSeconds += (System.nanoTime() - start) / 1e9;
			for (LabeledText example : parts.get(fold)) {
				Prediction prediction = classifier.classify(example.text());
				rankings.accept(example, prediction);
				results.add(classified(example, prediction));
			}
		}
		return EvaluationReport.of(results, threshold, trainSeconds, intents);
	}

	static List<List<LabeledText>> split(List<LabeledText> examples, int folds, long seed) {
		Map<String, List<LabeledText>> byIntent = new TreeMap<>();
		for (LabeledText example : examples) {
			byIntent.computeIfAbsent(example.intent(), (key) -> new ArrayList<>()).add(example);
		}
		List<List<LabeledText>> parts = new ArrayList<>();
		for (int fold = 0; fold < folds; fold++) {
			parts.add(new ArrayList<>());
		}
		Random random = new Random(seed);
		int next = 0;
		for (List<LabeledText> group : byIntent.values()) {
			List<LabeledText> shuffled = new ArrayList<>(group);
			Collections.shuffle(shuffled, random);
			for (LabeledText example : shuffled) {
				parts.get(next).add(example);
				next = (next + 1) % folds;
			}
		}
		return parts;
	}

	/**
	 * Classifies each message, keeping its best intent and confidence.
	 */
	public static List<ClassifiedExample> classify(IntentClassifier classifier, List<LabeledText> examples) {
		List<ClassifiedExample> results = new ArrayList<>(examples.size());
		for (LabeledText example : examples) {
			results.add(classified(example, classifier.classify(example.text())));
		}
		return results;
	}

	private static ClassifiedExample classified(LabeledText example, Prediction prediction) {
		ScoredIntent best = prediction.best().orElse(new ScoredIntent(LabeledText.OUT_OF_SCOPE, 0));
		String predicted = IntentModelTrainer.OUT_OF_SCOPE.equals(best.name()) ? LabeledText.OUT_OF_SCOPE : best.name();
		return new ClassifiedExample(example.intent(), predicted, best.confidence());
	}

	Map<String, List<String>> examplesByIntent(List<LabeledText> examples) {
		Map<String, List<String>> byIntent = new LinkedHashMap<>();
		for (LabeledText example : examples) {
			if (example.outOfScope() && !this.trainOutOfScope) {
				continue;
			}
			// learnt under the service's name for the class, so settings that name it (cascade-excluded) apply alike
			String intent = example.outOfScope() ? IntentModelTrainer.OUT_OF_SCOPE : example.intent();
			byIntent.computeIfAbsent(intent, (key) -> new ArrayList<>()).add(example.text());
		}
		if (this.catalog && byIntent.containsKey(IntentModelTrainer.OUT_OF_SCOPE)) {
			byIntent.get(IntentModelTrainer.OUT_OF_SCOPE).addAll(IntentModelTrainer.extraOutOfScopeExamples());
		}
		return byIntent;
	}

}
