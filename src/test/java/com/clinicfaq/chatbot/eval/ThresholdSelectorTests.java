package com.clinicfaq.chatbot.eval;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link ThresholdSelector}.
 */
class ThresholdSelectorTests {

	@Test
	void selectWhenOutOfScopeConfidencesAreLowPicksThresholdAboveThem() {
		// accuracy over all five: t=0 -> 3/5, t>0.3 -> 4/5, t>0.4 -> 3/5, t>0.5 -> 4/5 (tie: lower wins), t>0.8 -> 3/5
		List<ClassifiedExample> validation = List.of(new ClassifiedExample("a", "a", 0.9),
				new ClassifiedExample("a", "a", 0.4), new ClassifiedExample("b", "b", 0.8),
				new ClassifiedExample("oos", "a", 0.3), new ClassifiedExample("oos", "b", 0.5));
		double threshold = ThresholdSelector.select(validation);
		assertThat(threshold).isCloseTo(0.3, within(1e-6)).isGreaterThan(0.3);
	}

	@Test
	void selectWhenNoOutOfScopeMessagesFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ThresholdSelector.select(List.of(new ClassifiedExample("a", "a", 0.9))));
	}

}
