package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RiskDetector#warmUp}, which the service's detector runs once loaded so that a visitor's first
 * sentence does not pay for the interpreted search: it must change nothing a visitor sees. The detectors here are
 * tiny ones trained in memory on a word-hashing embedding (as in {@link CurrentRiskDetectorTests}).
 */
class RiskDetectorWarmUpTests {

	private static final List<RiskExample> EXAMPLES = List.of(
			new RiskExample("i want to end my life tonight", Urgency.CRISIS, "test", true),
			new RiskExample("i have the pills counted out to end it", Urgency.CRISIS, "test", true),
			new RiskExample("my friend is not breathing", Urgency.EMERGENCY, "test", true),
			new RiskExample("he collapsed and his lips are blue", Urgency.EMERGENCY, "test", true),
			new RiskExample("what are your opening hours", Urgency.NONE, "test", true),
			new RiskExample("do you take insurance", Urgency.NONE, "test", true),
			new RiskExample("how long does a session last", Urgency.NONE, "test", true),
			new RiskExample("can i drive home after my infusion", Urgency.NONE, "test", true));

	private static final List<String> VISITOR = List.of("i want to end it tonight", "is my friend breathing",
			"how long is the session", "do you take my insurance");

	@Test
	void warmUpWhenLoadedScoresEverySentenceAsAColdDetectorDoesAndRemembersNone() {
		RiskDetector cold = train();
		RiskDetector warmed = train();

		warmed.warmUp(8);

		for (String sentence : VISITOR) {
			assertThat(warmed.remembers(sentence)).as(sentence).isFalse();
			assertThat(warmed.score(sentence)).as(sentence).isEqualTo(cold.score(sentence));
		}
	}

	@Test
	void warmUpWhenStillLoadingWaitsForTheDetector() throws Exception {
		CompletableFuture<RiskDetector> loading = new CompletableFuture<>();
		RiskDetector detector = RiskDetector.loading(loading);
		CompletableFuture<Void> warming = CompletableFuture.runAsync(() -> detector.warmUp(3));

		assertThat(warming).isNotDone();
		loading.complete(train());

		warming.get(30, TimeUnit.SECONDS);
		assertThat(detector.score(VISITOR.get(0))).isEqualTo(train().score(VISITOR.get(0)));
	}

	private static RiskDetector train() {
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(com.clinicfaq.chatbot.TestChatbot.safety().rules()));
		return RiskDetector.train(new ArrayList<>(EXAMPLES), rules::prepared, RiskDetectorWarmUpTests::embed,
				(texts) -> texts.stream().map(RiskDetectorWarmUpTests::embed).toList());
	}

	/** A unit vector of hashed words: enough for a detector to train on, not to generalize. */
	private static float[] embed(String text) {
		float[] vector = new float[32];
		for (String word : text.split("\\W+")) {
			vector[Math.floorMod(word.hashCode(), vector.length)] += 1;
		}
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) ((norm == 0) ? 0 : vector[i] / Math.sqrt(norm));
		}
		return vector;
	}

}
