package com.clinicfaq.chatbot.eval;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link EvaluationReport}, on a tiny example computed by hand.
 */
class EvaluationReportTests {

	// threshold 0.5: predicted labels a, b, oos, b, b, oos, b
	private static final List<ClassifiedExample> RESULTS = List.of(new ClassifiedExample("a", "a", 0.9),
			new ClassifiedExample("a", "b", 0.8), new ClassifiedExample("a", "a", 0.3),
			new ClassifiedExample("b", "b", 0.7), new ClassifiedExample("oos", "b", 0.6),
			new ClassifiedExample("oos", "a", 0.2), new ClassifiedExample("b", "b", 0.95));

	private final EvaluationReport report = EvaluationReport.of(RESULTS, 0.5, 1.25, 2);

	@Test
	void ofWhenThresholdAppliedCountsLowConfidenceAsOutOfScope() {
		assertThat(this.report.inScopeAccuracy()).isCloseTo(3.0 / 5, within(1e-9));
		assertThat(this.report.oosRecall()).isCloseTo(1.0 / 2, within(1e-9));
		assertThat(this.report.oosPrecision()).isCloseTo(1.0 / 2, within(1e-9));
		assertThat(this.report.accuracy()).isCloseTo(4.0 / 7, within(1e-9));
		assertThat(this.report.examples()).isEqualTo(7);
		assertThat(this.report.inScopeExamples()).isEqualTo(5);
		assertThat(this.report.oosExamples()).isEqualTo(2);
		assertThat(this.report.threshold()).isEqualTo(0.5);
		assertThat(this.report.trainSeconds()).isEqualTo(1.25);
		assertThat(this.report.intents()).isEqualTo(2);
	}

	@Test
	void ofWhenLabelsConfusedComputesPerIntentScores() {
		// a: 1 right, 0 false alarms, 2 missed
		assertThat(this.report.perIntent().get("a")).satisfies((a) -> {
			assertThat(a.precision()).isCloseTo(1.0, within(1e-9));
			assertThat(a.recall()).isCloseTo(1.0 / 3, within(1e-9));
			assertThat(a.f1()).isCloseTo(0.5, within(1e-9));
			assertThat(a.support()).isEqualTo(3);
		});
		// b: 2 right, 2 false alarms, 0 missed
		assertThat(this.report.perIntent().get("b")).satisfies((b) -> {
			assertThat(b.precision()).isCloseTo(0.5, within(1e-9));
			assertThat(b.recall()).isCloseTo(1.0, within(1e-9));
			assertThat(b.f1()).isCloseTo(2.0 / 3, within(1e-9));
			assertThat(b.support()).isEqualTo(2);
		});
		assertThat(this.report.perIntent().get("oos").f1()).isCloseTo(0.5, within(1e-9));
		assertThat(this.report.macroF1()).isCloseTo((0.5 + 2.0 / 3 + 0.5) / 3, within(1e-9));
	}

	@Test
	void ofWhenLabelsConfusedListsMostFrequentPairsFirst() {
		List<ClassifiedExample> results = List.of(new ClassifiedExample("a", "b", 0.9),
				new ClassifiedExample("c", "b", 0.9), new ClassifiedExample("c", "b", 0.9),
				new ClassifiedExample("a", "a", 0.9));
		assertThat(EvaluationReport.of(results, 0.5, 0, 3).confusions()).containsExactly(new Confusion("c", "b", 2),
				new Confusion("a", "b", 1));
	}

	@Test
	void ofWhenNoOutOfScopeMessagesLeavesOutOfScopeFiguresEmpty() {
		EvaluationReport inScopeOnly = EvaluationReport.of(List.of(new ClassifiedExample("a", "a", 0.9)), 0.5, 0, 1);
		assertThat(inScopeOnly.oosRecall()).isNull();
		assertThat(inScopeOnly.oosPrecision()).isNull();
		assertThat(inScopeOnly.inScopeAccuracy()).isEqualTo(1.0);
	}

}
