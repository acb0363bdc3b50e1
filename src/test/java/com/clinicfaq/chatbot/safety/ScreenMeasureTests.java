package com.clinicfaq.chatbot.safety;

import org.junit.jupiter.api.Test;

class ScreenMeasureTests {

	@Test
	void measure() {
		SafetyScreen screen = SafetyTestSets.screen();
		int miss = 0;
		for (SafetyTestSets.Case c : SafetyTestSets.urgent()) {
			SafetyVerdict v = screen.screen(c.text());
			if (!v.urgent() || !v.urgency().intent().equals(c.label())) {
				miss++;
				System.out.println("MISS " + v.urgency() + " " + c + "  => " + screen.normalized(c.text()));
			}
		}
		int fa = 0;
		for (SafetyTestSets.Case c : SafetyTestSets.nonUrgent()) {
			SafetyVerdict v = screen.screen(c.text());
			if (v.urgent()) {
				fa++;
				System.out.println("FALSE " + v.matchedRules() + " " + c + "  => " + screen.normalized(c.text()));
			}
		}
		System.out.println("misses=" + miss + " false=" + fa);
	}

}
