package com.clinicfaq.chatbot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of one evaluation. A message counts as out of scope when its best confidence is below the threshold;
 * an in-scope message is correct only when its best intent is right and at or above the threshold. Rates are between
 * 0 and 1; the out-of-scope figures are {@code null} when the test set has no out-of-scope message.
 *
 * @param inScopeAccuracy share of in-scope messages whose best intent is right and above the threshold
 * @param oosRecall share of out-of-scope messages that fall below the threshold (handed off)
 * @param oosPrecision share of messages below the threshold that really are out of scope
 * @param macroF1 the mean F1 over the labels present in the test set, out of scope included as one label
 * @param accuracy share of all messages labelled right, out-of-scope ones included
 * @param threshold the confidence below which a message is out of scope
 * @param trainSeconds wall-clock training time (summed over folds for cross-validation)
 * @param examples number of test messages
 * @param inScopeExamples number of in-scope test messages
 * @param oosExamples number of out-of-scope test messages
 * @param intents number of intents the classifier was trained on
 * @param perIntent precision, recall, F1 and support of each label
 * @param confusions the most frequent (expected, predicted) pairs that differ
 * @param curve in-scope accuracy and out-of-scope recall at thresholds from 0.05 to 0.95, to choose a service threshold
 */
public record EvaluationReport(Double inScopeAccuracy, Double oosRecall, Double oosPrecision, double macroF1,
		double accuracy, double threshold, double trainSeconds, int examples, int inScopeExamples, int oosExamples,
		int intents, Map<String, IntentScore> perIntent, List<Confusion> confusions, List<CurvePoint> curve) {

	static final int CONFUSIONS = 25;

	public EvaluationReport {
		perIntent = new TreeMap<>(perIntent);
		confusions = List.copyOf(confusions);
		curve = List.copyOf(curve);
	}

	/**
	 * Computes the figures of classified test messages at the given threshold.
	 */
	public static EvaluationReport of(List<ClassifiedExample> results, double threshold, double trainSeconds,
			int intents) {
		Map<String, int[]> counts = new HashMap<>();
		Map<List<String>, Integer> pairs = new HashMap<>();
		ScopeCounts scope = ScopeCounts.at(results, threshold);
		int predictedOos = 0;
		for (ClassifiedExample result : results) {
			String expected = result.expected();
			String predicted = result.predicted(threshold);
			predictedOos += LabeledText.OUT_OF_SCOPE.equals(predicted) ? 1 : 0;
			if (result.correctAt(threshold)) {
				counts.computeIfAbsent(expected, (key) -> new int[3])[0]++;
			}
			else {
				counts.computeIfAbsent(predicted, (key) -> new int[3])[1]++;
				counts.computeIfAbsent(expected, (key) -> new int[3])[2]++;
				pairs.merge(List.of(expected, predicted), 1, Integer::sum);
			}
		}
		Map<String, IntentScore> perIntent = new TreeMap<>();
		counts.forEach((label, tpFpFn) -> perIntent.put(label, IntentScore.of(tpFpFn[0], tpFpFn[1], tpFpFn[2])));
		double macroF1 = perIntent.values()
			.stream()
			.filter((score) -> score.support() > 0)
			.mapToDouble(IntentScore::f1)
			.average()
			.orElse(0);
		int oos = scope.outOfScope();
		return new EvaluationReport(scope.inScopeAccuracy(), scope.outOfScopeRecall(),
				(oos == 0) ? null : ((predictedOos == 0) ? 0.0 : (double) scope.outOfScopeCaught() / predictedOos),
				macroF1, results.isEmpty() ? 0 : scope.accuracy(), threshold, trainSeconds, results.size(),
				scope.inScope(), oos, intents, perIntent, topConfusions(pairs), curve(results));
	}

	private static List<CurvePoint> curve(List<ClassifiedExample> results) {
		List<CurvePoint> curve = new ArrayList<>();
		for (int step = 1; step <= 19; step++) {
			curve.add(CurvePoint.at(results, step * 0.05));
		}
		return curve;
	}

	private static List<Confusion> topConfusions(Map<List<String>, Integer> pairs) {
		List<Confusion> confusions = new ArrayList<>();
		pairs.forEach((pair, count) -> confusions.add(new Confusion(pair.get(0), pair.get(1), count)));
		confusions.sort(Comparator.comparingInt(Confusion::count)
			.reversed()
			.thenComparing(Confusion::expected)
			.thenComparing(Confusion::predicted));
		return confusions.subList(0, Math.min(CONFUSIONS, confusions.size()));
	}

	/**
	 * Every label that occurs as expected or predicted, sorted.
	 */
	public List<String> labels() {
		return List.copyOf(new TreeSet<>(this.perIntent.keySet()));
	}

}
