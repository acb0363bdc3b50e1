package com.clinicfaq.chatbot.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import com.clinicfaq.chatbot.intents.IntentCatalog;

/**
 * K-fold cross-validation of the {@link RiskDetector} on the sentences the team wrote: each written sentence falls in
 * one fold by a hash of its text; each fold is scored by a detector trained on the other folds, every public sentence
 * and the catalog's phrases, exactly as the service trains it. A held-out sentence counts as urgent when its score
 * reaches the urgent threshold. Figures are kept per category, so a kind of sentence the detector does not generalize
 * to shows up.
 */
public final class RiskDetectorCrossValidator {

	private final SafetyScreen rules;

	private final DetectorThresholds thresholds;

	private final SafetyProperties.Detector settings;

	public RiskDetectorCrossValidator(SafetyProperties properties) {
		this.rules = new SafetyScreen(SafetyRules.load(properties.rules()));
		this.thresholds = properties.detector().thresholds();
		this.settings = properties.detector();
	}

	/**
	 * Cross-validates on the written sentences of {@code examples}, with the catalog's phrases always in training.
	 */
	public Result crossValidate(List<RiskExample> examples, IntentCatalog catalog, int folds) {
		Result result = new Result();
		List<RiskExample> always = new ArrayList<>(RiskDetectors.examplesOf(catalog));
		examples.stream().filter((example) -> !example.written()).forEach(always::add);
		for (int fold = 0; fold < folds; fold++) {
			List<RiskExample> training = new ArrayList<>(always);
			List<RiskExample> held = new ArrayList<>();
			for (RiskExample example : examples) {
				if (!example.written()) {
					continue;
				}
				(foldOf(example, folds) == fold ? held : training).add(example);
			}
			RiskDetector detector = RiskDetectors.train(this.rules, training, null, this.settings);
			for (RiskExample example : held) {
				RiskScore score = detector.score(this.rules.prepared(example.text()));
				result.add(example, score.urgency(this.thresholds.urgent()) != Urgency.NONE);
			}
		}
		return result;
	}

	/**
	 * Cross-validates the {@link SpanishRiskDetector} on {@code examples} (every sentence of its folder): each fold is
	 * scored by a detector trained on the other folds. Returns each held-out sentence's score, for a table of
	 * thresholds.
	 */
	public List<Scored> crossValidateSpanish(List<RiskExample> examples, int folds) {
		List<Scored> scored = new ArrayList<>();
		for (int fold = 0; fold < folds; fold++) {
			List<RiskExample> training = new ArrayList<>();
			List<RiskExample> held = new ArrayList<>();
			for (RiskExample example : examples) {
				(foldOf(example, folds) == fold ? held : training).add(example);
			}
			SpanishRiskDetector detector = SpanishRiskDetector.train(training, this.rules::prepared);
			for (RiskExample example : held) {
				scored.add(new Scored(example, detector.scoreRaw(example.text())));
			}
		}
		return scored;
	}

	/**
	 * As {@link #crossValidateSpanish}, but each held-out message goes through the whole screen as the service reads
	 * Spanish: the curated rules and the fold's Spanish detector at {@code threshold}, with sentence splitting,
	 * negations, idioms and history masked (no English detector). A held-out message counts as urgent when the
	 * screen says so.
	 */
	public Result crossValidateSpanishScreen(List<RiskExample> examples, int folds, double threshold) {
		Result result = new Result();
		for (int fold = 0; fold < folds; fold++) {
			List<RiskExample> training = new ArrayList<>();
			List<RiskExample> held = new ArrayList<>();
			for (RiskExample example : examples) {
				(foldOf(example, folds) == fold ? held : training).add(example);
			}
			SafetyScreen screen = this.rules
				.withSpanishDetector(SpanishRiskDetector.train(training, this.rules::prepared), threshold);
			for (RiskExample example : held) {
				result.add(example, screen.screen(example.text()).urgency() != Urgency.NONE);
			}
		}
		return result;
	}

	/**
	 * The held-out figures of {@link #crossValidateSpanish} at one threshold.
	 */
	public static Result atThreshold(List<Scored> scored, double threshold) {
		Result result = new Result();
		scored.forEach((one) -> result.add(one.example(), one.score().urgency(threshold) != Urgency.NONE));
		return result;
	}

	/** A held-out sentence and its score. */
	public record Scored(RiskExample example, RiskScore score) {
	}

	private static int foldOf(RiskExample example, int folds) {
		CRC32 crc = new CRC32();
		crc.update(example.text().getBytes(StandardCharsets.UTF_8));
		return (int) (crc.getValue() % folds);
	}

	/**
	 * Held-out counts: per category, how many sentences and how many were read as urgent.
	 */
	public static final class Result {

		private final Map<String, int[]> urgent = new TreeMap<>();

		private final Map<String, int[]> ordinary = new TreeMap<>();

		void add(RiskExample example, boolean readUrgent) {
			Map<String, int[]> side = (example.urgency() != Urgency.NONE) ? this.urgent : this.ordinary;
			int[] counts = side.computeIfAbsent(example.urgency().name().toLowerCase() + "/" + example.category(),
					(key) -> new int[2]);
			counts[0]++;
			counts[1] += readUrgent ? 1 : 0;
		}

		/** Per category of urgent sentences: {sentences, read as urgent}. */
		public Map<String, int[]> urgent() {
			return this.urgent;
		}

		/** Per category of non-urgent sentences: {sentences, read as urgent}. */
		public Map<String, int[]> ordinary() {
			return this.ordinary;
		}

	}

}
