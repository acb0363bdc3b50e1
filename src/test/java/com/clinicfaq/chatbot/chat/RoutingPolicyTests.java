package com.clinicfaq.chatbot.chat;

import java.time.Duration;
import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.RiskScore;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RoutingPolicy}.
 */
class RoutingPolicyTests {

	private final RoutingPolicy policy = new RoutingPolicy(
			new RoutingProperties(0.5, 0.2, 0.1, 0.7, Duration.ofMinutes(30), 100, 0.35));

	private final IntentCatalog catalog = IntentCatalog.of(List.of(answer("side_effects"), answer("long_term_effects"),
			answer("dosing"), handoff("human_agent", HandoffReason.REQUESTED),
			handoff("crisis", HandoffReason.URGENT), handoff("emergency", HandoffReason.URGENT)));

	@Test
	void decideWhenConfidentAnswers() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("side_effects", 0.9), score("dosing", 0.05));
		assertThat(decision).isEqualTo(RoutingDecision.answer("side_effects"));
	}

	@Test
	void decideWhenTopTwoAreCloseClarifiesWithBoth() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("side_effects", 0.46),
				score("long_term_effects", 0.40));
		assertThat(decision.route()).isEqualTo(Route.CLARIFY);
		assertThat(decision.options()).containsExactly("side_effects", "long_term_effects");
	}

	@Test
	void decideWhenBetweenThresholdsClarifiesWithTheBestOnly() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("side_effects", 0.35), score("dosing", 0.1));
		assertThat(decision.route()).isEqualTo(Route.CLARIFY);
		assertThat(decision.options()).containsExactly("side_effects");
	}

	@Test
	void decideWhenBelowFallbackHandsOffUnmatched() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("side_effects", 0.15), score("dosing", 0.12));
		assertThat(decision).isEqualTo(RoutingDecision.handoff(HandoffReason.UNMATCHED, null));
	}

	@Test
	void decideWhenPersonRequestedHandsOffRequested() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("human_agent", 0.8), score("dosing", 0.1));
		assertThat(decision).isEqualTo(RoutingDecision.handoff(HandoffReason.REQUESTED, "human_agent"));
	}

	@Test
	void decideWhenClassifierSaysCrisisAtLowConfidenceWithDangerSignalStillHandsOffUrgent() {
		SafetyVerdict signal = new SafetyVerdict(Urgency.NONE, false, List.of(), false, false, false,
				new RiskScore(0.25, 0), List.of(), true, false);
		RoutingDecision decision = decide(signal, score("crisis", 0.1), score("dosing", 0.09));
		assertThat(decision).isEqualTo(RoutingDecision.urgent("crisis", List.of(RoutingDecision.CLASSIFIER_WITH_DETECTOR)));
	}

	@Test
	void decideWhenClassifierSaysCrisisAtLowConfidenceWithoutDangerSignalIsNotUrgent() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("crisis", 0.1), score("dosing", 0.09));
		assertThat(decision.reason()).isNotEqualTo(HandoffReason.URGENT);
	}

	@Test
	void decideWhenSafetyScreenFiresIgnoresAConfidentAnswer() {
		SafetyVerdict emergency = new SafetyVerdict(Urgency.EMERGENCY, false, List.of("overdose"));
		RoutingDecision decision = decide(emergency, score("dosing", 0.99), score("side_effects", 0.01));
		assertThat(decision).isEqualTo(RoutingDecision.urgent("emergency", List.of(SafetyVerdict.RULES)));
	}

	@Test
	void decideWhenRunnerUpIsUrgentDoesNotOfferItAsAnOption() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("side_effects", 0.45), score("crisis", 0.42));
		assertThat(decision.options()).doesNotContain("crisis");
	}

	@Test
	void decideWhenTopIntentIsUnknownHandsOffUnmatched() {
		RoutingDecision decision = decide(SafetyVerdict.SAFE, score("weather", 0.9));
		assertThat(decision.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	private RoutingDecision decide(SafetyVerdict verdict, ScoredIntent... ranking) {
		return this.policy.decide(verdict, Prediction.of(ranking), this.catalog);
	}

	private static ScoredIntent score(String name, double confidence) {
		return new ScoredIntent(name, confidence);
	}

	private static IntentDefinition answer(String name) {
		return new IntentDefinition(name, Route.ANSWER, null, List.of("a phrase about " + name),
				"The answer about " + name + ".", List.of(), null);
	}

	private static IntentDefinition handoff(String name, HandoffReason reason) {
		return new IntentDefinition(name, Route.HANDOFF, reason, List.of("a phrase about " + name), null, List.of(),
				null);
	}

}
