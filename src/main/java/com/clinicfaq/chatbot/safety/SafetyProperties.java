package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the safety rules live, how the risk detector is trained and used, and which crisis lines urgent replies give
 * (US defaults; clinics elsewhere set theirs).
 *
 * @param rules the folder of curated safety rule files ({@code urgent-rules.yaml}, {@code screening.yaml},
 * {@code context.yaml}, {@code advice-boundary.yaml})
 * @param crisisLines the crisis resources, in the order they are shown
 * @param detector the learned risk detector
 * @param spanishDetector the learned risk detector of messages written in Spanish
 */
@ConfigurationProperties("chatbot.safety")
public record SafetyProperties(@DefaultValue("intents/safety") Path rules, List<CrisisLine> crisisLines,
		Detector detector, SpanishDetector spanishDetector) {

	@ConstructorBinding
	public SafetyProperties {
		crisisLines = (crisisLines == null || crisisLines.isEmpty()) ? usDefaults() : List.copyOf(crisisLines);
		detector = (detector != null) ? detector : Detector.DEFAULT;
		if (detector.data() == null) {
			// the detector's sentences travel with the rules: moving the rules folder moves them too
			detector = new Detector(detector.enabled(), rules.resolve("detector"), detector.threshold(),
					detector.supporting(), detector.clauseThreshold(), detector.trainedToOptimum(),
					detector.secondOpinion(), detector.secondOpinionFrom(), detector.hiddenUnits());
		}
		spanishDetector = (spanishDetector != null) ? spanishDetector : SpanishDetector.DEFAULT;
		if (spanishDetector.data() == null) {
			spanishDetector = new SpanishDetector(spanishDetector.enabled(), rules.resolve("detector-es"),
					spanishDetector.threshold());
		}
	}

	public SafetyProperties(Path rules, List<CrisisLine> crisisLines, Detector detector) {
		this(rules, crisisLines, detector, null);
	}

	public SafetyProperties(Path rules, List<CrisisLine> crisisLines) {
		this(rules, crisisLines, null, null);
	}

	private static List<CrisisLine> usDefaults() {
		return List.of(
				new CrisisLine("988 Suicide & Crisis Lifeline", "Call or text 988",
						"If you are thinking about suicide or hurting yourself"),
				new CrisisLine("Emergency services", "Call 911", "For a medical emergency or immediate danger"),
				new CrisisLine("Poison Control", "Call 1-800-222-1222", "If someone took too much of a medicine or drug"));
	}

	/**
	 * The learned risk detector.
	 *
	 * @param enabled whether it runs (the curated rules always do)
	 * @param data the folder of its training sentences ({@code *.jsonl}); none: {@code detector/} in the rules folder
	 * @param threshold from this probability on, one sentence makes a message urgent
	 * @param supporting from this probability on, a sentence is evidence enough for the classifier's urgent intent
	 * @param clauseThreshold from this probability on, one clause of a run-on sentence makes a message urgent
	 * @param trainedToOptimum whether its linear model is trained to the optimum of its objective instead of where
	 * OpenNLP's minimizer stops (on by default since session 15: docs/safety.md, thirteenth pass)
	 * @param secondOpinion whether a sentence the MiniLM detector scores from {@code secondOpinionFrom} on is also
	 * scored by a second detector over the bge-small encoder's embeddings, and given the mean of the two scores (off
	 * by default: measured, not adopted; it costs encoder runs, memory and training time: docs/safety.md)
	 * @param secondOpinionFrom from this MiniLM score on, the second detector is asked
	 * @param hiddenUnits above zero, the detector's model has a hidden layer of this many units instead of being
	 * linear ({@link HiddenLayerModel})
	 */
	public record Detector(boolean enabled, Path data, double threshold, double supporting, double clauseThreshold,
			boolean trainedToOptimum, boolean secondOpinion, double secondOpinionFrom, int hiddenUnits) {

		/** Enabled, with its sentences in the rules folder's {@code detector/}. */
		public static final Detector DEFAULT = new Detector(true, null, DetectorThresholds.DEFAULT.urgent(),
				DetectorThresholds.DEFAULT.supporting(), DetectorThresholds.DEFAULT.clause(), true, false,
				RiskDetector.SECOND_OPINION_FROM, 0);

		@ConstructorBinding
		public Detector(@DefaultValue("true") boolean enabled, Path data, @DefaultValue("0.45") double threshold,
				@DefaultValue("0.15") double supporting, @DefaultValue("0.4") double clauseThreshold,
				@DefaultValue("true") boolean trainedToOptimum, @DefaultValue("false") boolean secondOpinion,
				@DefaultValue("0.1") double secondOpinionFrom, @DefaultValue("0") int hiddenUnits) {
			this.enabled = enabled;
			this.data = data;
			this.threshold = threshold;
			this.supporting = supporting;
			this.clauseThreshold = clauseThreshold;
			this.trainedToOptimum = trainedToOptimum;
			this.secondOpinion = secondOpinion;
			this.secondOpinionFrom = secondOpinionFrom;
			this.hiddenUnits = hiddenUnits;
			if (hiddenUnits < 0) {
				throw new IllegalArgumentException("hidden-units must be 0 (a linear model) or more, was " + hiddenUnits);
			}
		}

		/** One threshold for every unit, trained as OpenNLP's minimizer stops, without a second opinion. */
		public Detector(boolean enabled, Path data, double threshold, double supporting) {
			this(enabled, data, threshold, supporting, threshold, false, false, RiskDetector.SECOND_OPINION_FROM, 0);
		}

		public DetectorThresholds thresholds() {
			return new DetectorThresholds(this.threshold, this.supporting, this.clauseThreshold);
		}

	}

	/**
	 * The learned risk detector of messages written in Spanish ({@link SpanishRiskDetector}).
	 *
	 * @param enabled whether it reads Spanish messages (the curated Spanish rules always do)
	 * @param data the folder of its training sentences ({@code *.jsonl}); none: {@code detector-es/} in the rules
	 * folder
	 * @param threshold from this probability on, one Spanish sentence or clause makes a message urgent
	 */
	public record SpanishDetector(boolean enabled, Path data, double threshold) {

		/** Enabled, with its sentences in the rules folder's {@code detector-es/}. */
		public static final SpanishDetector DEFAULT = new SpanishDetector(true, null, SpanishDetector.THRESHOLD);

		/** The default threshold, chosen by cross-validation on its sentences (docs/safety.md, session 32). */
		static final double THRESHOLD = 0.5;

		@ConstructorBinding
		public SpanishDetector(@DefaultValue("true") boolean enabled, Path data,
				@DefaultValue("0.5") double threshold) {
			this.enabled = enabled;
			this.data = data;
			this.threshold = threshold;
			if (!(threshold > 0 && threshold <= 1)) {
				throw new IllegalArgumentException("spanish-detector.threshold must be in (0, 1], was " + threshold);
			}
		}

	}

}
