package com.clinicfaq.chatbot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

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
 * Tests for how {@link RoutingPolicy} combines the safety verdict with the classifier's urgent intents.
 */
class RoutingPolicySafetyTests {

	private static final IntentCatalog catalog = IntentCatalog.of(List.of(
			new IntentDefinition("crisis", Route.HANDOFF, HandoffReason.URGENT, List.of("i want to die"), "", null, null),
			new IntentDefinition("emergency", Route.HANDOFF, HandoffReason.URGENT, List.of("i can not breathe"), "", null,
					null),
			new IntentDefinition("session_length", Route.ANSWER, null, List.of("how long is a session"), "An hour.",
					null, null)));

	private final RoutingPolicy policy = new RoutingPolicy(
			new RoutingProperties(0.45, 0.2, 0.1, 0.7, Duration.ofMinutes(30), 100, 0.35));

	private static final SafetyVerdict benign = new SafetyVerdict(Urgency.NONE, true, List.of(), true, false, false);

	@Test
	void decideWhenScreenJudgedWordsHarmlessSetsAsideClassifierCrisisBelowCeiling() {
		RoutingDecision decision = this.policy.decide(benign,
				Prediction.of(new ScoredIntent("crisis", 0.85), new ScoredIntent("session_length", 0.12)), catalog);
		assertThat(decision.route()).isEqualTo(Route.ANSWER);
		assertThat(decision.intent()).isEqualTo("session_length");
	}

	/** No urgent finding, but the detector scored a sentence above the supporting level. */
	private static final SafetyVerdict supporting = new SafetyVerdict(Urgency.NONE, false, List.of(), false, false,
			false, new RiskScore(0.3, 0.01), List.of(), true, false);

	@Test
	void decideWhenClassifierIsVerySureOfCrisisWithDangerSignalHandsOffEvenIfScreenJudgedWordsHarmless() {
		SafetyVerdict benignWithSignal = new SafetyVerdict(Urgency.NONE, true, List.of(), true, false, false,
				new RiskScore(0.3, 0.01), List.of(), true, false);
		RoutingDecision decision = this.policy.decide(benignWithSignal,
				Prediction.of(new ScoredIntent("crisis", 0.95), new ScoredIntent("session_length", 0.05)), catalog);
		assertThat(decision.reason()).isEqualTo(HandoffReason.URGENT);
	}

	@Test
	void decideWhenClassifierCrisisHasDangerSignalHandsOffAtAnyConfidenceAndRecordsBoth() {
		RoutingDecision decision = this.policy.decide(supporting,
				Prediction.of(new ScoredIntent("crisis", 0.3), new ScoredIntent("session_length", 0.25)), catalog);
		assertThat(decision.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(decision.signals()).containsExactly(RoutingDecision.CLASSIFIER_WITH_DETECTOR);
	}

	/**
	 * Session 56: "i got a tiny bruise around my iv site. no pain." scored a little crisis (0.21) and no emergency; the
	 * classifier's emergency call stood on that crisis score.
	 */
	@Test
	void decideWhenClassifierCallsOneKindOfDangerNeedsEvidenceOfThatKind() {
		SafetyVerdict crisisEvidence = new SafetyVerdict(Urgency.NONE, false, List.of(), false, false, false,
				new RiskScore(0.21, 0.07), List.of(), true, false, Set.of(Urgency.CRISIS));
		RoutingDecision emergency = this.policy.decide(crisisEvidence,
				Prediction.of(new ScoredIntent("emergency", 0.6), new ScoredIntent("session_length", 0.3)), catalog);
		assertThat(emergency.reason()).isNotEqualTo(HandoffReason.URGENT);
		assertThat(emergency.intent()).isEqualTo("session_length");
		RoutingDecision crisis = this.policy.decide(crisisEvidence,
				Prediction.of(new ScoredIntent("crisis", 0.6), new ScoredIntent("session_length", 0.3)), catalog);
		assertThat(crisis.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(crisis.intent()).isEqualTo("crisis");
	}

	@Test
	void decideWhenClassifierAloneSaysCrisisWithoutEvidenceIsNotUrgent() {
		for (double confidence : new double[] { 0.17, 0.6, 0.99 }) {
			RoutingDecision decision = this.policy.decide(SafetyVerdict.SAFE, Prediction.of(
					new ScoredIntent("crisis", confidence), new ScoredIntent("session_length", (1 - confidence) / 2)),
					catalog);
			assertThat(decision.reason()).as("crisis at %s", confidence).isNotEqualTo(HandoffReason.URGENT);
		}
	}

	@Test
	void decideWhenScreenIsUrgentHandsOffWhateverTheClassifierSays() {
		SafetyVerdict urgent = new SafetyVerdict(Urgency.CRISIS, true, List.of("suicidal-intent"));
		RoutingDecision decision = this.policy.decide(urgent, Prediction.of(new ScoredIntent("session_length", 0.99)),
				catalog);
		assertThat(decision.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(decision.intent()).isEqualTo("crisis");
		assertThat(decision.signals()).containsExactly(SafetyVerdict.RULES);
	}

	@Test
	void decideWhenIllicitRequestHandsOffUnmatched() {
		SafetyVerdict illicit = new SafetyVerdict(Urgency.NONE, false, List.of(), false, false, true);
		RoutingDecision decision = this.policy.decide(illicit, Prediction.of(new ScoredIntent("session_length", 0.9)),
				catalog);
		assertThat(decision.route()).isEqualTo(Route.HANDOFF);
		assertThat(decision.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

}
