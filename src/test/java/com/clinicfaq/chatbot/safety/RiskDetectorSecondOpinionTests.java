package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link RiskDetector#withSecondOpinion}: a sentence the first detector reads as possibly dangerous is also
 * read by a second detector (another encoder) and gets the mean of both scores; a sentence it reads as plainly
 * ordinary is never shown to the second. Small detectors over made-up three-dimensional "embeddings" (one axis per
 * kind of sentence), so each encoder's reading is known.
 */
class RiskDetectorSecondOpinionTests {

	private static final List<RiskExample> EXAMPLES = examples();

	@Test
	void scoreWhenTheFirstDetectorReadsDangerIsTheMeanOfBothDetectors() {
		List<String> asked = new ArrayList<>();
		RiskDetector first = detector(RiskDetectorSecondOpinionTests::firstReading, new ArrayList<>());
		RiskDetector second = detector(RiskDetectorSecondOpinionTests::secondReading, asked);
		RiskDetector both = detector(RiskDetectorSecondOpinionTests::firstReading, new ArrayList<>())
			.withSecondOpinion(second, 0.1);
		// the first encoder reads this like the crisis sentences, the second like the ordinary ones
		String sentence = "i have written my letters and picked the day";

		RiskScore alone = first.score(sentence);
		RiskScore other = second.score(sentence);
		RiskScore combined = both.score(sentence);

		assertThat(alone.crisis()).isGreaterThan(0.5);
		assertThat(other.crisis()).isLessThan(0.2);
		assertThat(combined.crisis()).isCloseTo((alone.crisis() + other.crisis()) / 2, within(1e-9));
		assertThat(combined.emergency()).isCloseTo((alone.emergency() + other.emergency()) / 2, within(1e-9));
		assertThat(asked).contains(sentence);
	}

	@Test
	void scoreWhenTheFirstDetectorReadsNoDangerNeverAsksTheSecond() {
		List<String> asked = new ArrayList<>();
		RiskDetector second = detector(RiskDetectorSecondOpinionTests::secondReading, asked);
		RiskDetector first = detector(RiskDetectorSecondOpinionTests::firstReading, new ArrayList<>());
		RiskDetector both = detector(RiskDetectorSecondOpinionTests::firstReading, new ArrayList<>())
			.withSecondOpinion(second, 0.1);
		asked.clear();
		String sentence = "what time do you open on saturday";

		RiskScore combined = both.score(sentence);

		assertThat(combined.max()).isLessThan(0.1);
		assertThat(combined).isEqualTo(first.score(sentence));
		assertThat(asked).as("the second encoder never ran").isEmpty();
	}

	@Test
	void scoreWhenBothDetectorsReadDangerStaysUrgent() {
		RiskDetector second = detector(RiskDetectorSecondOpinionTests::secondReading, new ArrayList<>());
		RiskDetector both = detector(RiskDetectorSecondOpinionTests::firstReading, new ArrayList<>())
			.withSecondOpinion(second, 0.1);

		assertThat(both.score("i am going to end my life tonight").urgency(0.4)).isEqualTo(Urgency.CRISIS);
		assertThat(both.score("he is not breathing and will not wake up").urgency(0.4)).isEqualTo(Urgency.EMERGENCY);
	}

	private static RiskDetector detector(Function<String, float[]> reading, List<String> asked) {
		Function<String, float[]> embedder = (text) -> {
			asked.add(text);
			return reading.apply(text);
		};
		return RiskDetector.train(EXAMPLES, Function.identity(), embedder,
				(texts) -> texts.stream().map(reading).toList());
	}

	/** The first encoder: crisis words, emergency words, anything else; "letters" and "the day" read as a plan. */
	private static float[] firstReading(String text) {
		if (text.contains("end my life") || text.contains("letters") || text.contains("goodbye")
				|| text.contains("no reason to go on")) {
			return unit(1, 0, 0.1f, text);
		}
		return common(text);
	}

	/** The second encoder: the same, but "letters" read as an ordinary errand. */
	private static float[] secondReading(String text) {
		if (text.contains("end my life") || text.contains("goodbye") || text.contains("no reason to go on")) {
			return unit(1, 0, 0.1f, text);
		}
		return common(text);
	}

	private static float[] common(String text) {
		if (text.contains("breathing") || text.contains("swallowed") || text.contains("seizure")) {
			return unit(0, 1, 0.1f, text);
		}
		return unit(0.1f, 0.1f, 1, text);
	}

	/** A unit vector near the given direction, a little different for each text. */
	private static float[] unit(float a, float b, float c, String text) {
		float jitter = (Math.floorMod(text.hashCode(), 7) - 3) * 0.01f;
		float[] v = { a + jitter, b - jitter, c + jitter / 2 };
		double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		for (int i = 0; i < v.length; i++) {
			v[i] /= (float) norm;
		}
		return v;
	}

	private static List<RiskExample> examples() {
		List<RiskExample> examples = new ArrayList<>();
		for (String text : List.of("i want to end my life", "this is goodbye", "there is no reason to go on",
				"i will end my life this weekend", "goodbye everyone", "i see no reason to go on anymore",
				"tonight i end my life", "saying goodbye for good", "no reason to go on now", "ready to end my life",
				"my goodbye note is done", "there is truly no reason to go on")) {
			examples.add(new RiskExample(text, Urgency.CRISIS, "test", true));
		}
		for (String text : List.of("he swallowed all the pills", "she is not breathing", "he is having a seizure",
				"my son swallowed bleach", "trouble breathing after the dose", "a seizure that will not stop",
				"she swallowed a bottle", "his breathing is very slow", "another seizure just now",
				"the baby swallowed a battery", "breathing is shallow and blue lips", "seizure for five minutes")) {
			examples.add(new RiskExample(text, Urgency.EMERGENCY, "test", true));
		}
		for (String text : List.of("how much is a session", "where do i park", "do you take insurance",
				"what are your hours", "can my sister drive me home", "is there a waiting list", "how long is a session",
				"do you have evening slots", "what should i bring", "can i eat before", "is the clinic accessible",
				"do you offer payment plans", "how do i book", "can i reschedule", "is there wifi in the room",
				"how many sessions do people need", "who will be in the room", "can i listen to music")) {
			examples.add(new RiskExample(text, Urgency.NONE, "test", true));
		}
		return examples;
	}

}
