package com.clinicfaq.chatbot.nlu;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link NeighbourVote}.
 */
class NeighbourVoteTests {

	private static final List<String> OUTCOMES = List.of("cost", "cost", "cost", "duration", "duration");

	private static final List<float[]> VECTORS = List.of(unit(1, 0, 0), unit(0.9f, 0.1f, 0), unit(0.2f, 0, 1),
			unit(0, 1, 0), unit(0.1f, 0.9f, 0));

	@Test
	void voteGivesTheNearestPhrasesIntentMostOfTheVotes() {
		NeighbourVote vote = new NeighbourVote(OUTCOMES, VECTORS, 2, 0.5);
		double[] votes = vote.vote(unit(0.05f, 1, 0));
		assertThat(vote.intents()).containsExactly("cost", "duration");
		assertThat(votes[1]).isCloseTo(1.0, within(1e-9));
		assertThat(votes[0]).isZero();
	}

	@Test
	void voteWeighsTheNeighboursBySimilarityAndSumsToOne() {
		NeighbourVote vote = new NeighbourVote(OUTCOMES, VECTORS, 3, 0.5);
		double[] votes = vote.vote(unit(0.3f, 1, 0));
		// the three nearest: both duration phrases (similarity 0.96 and 0.98), then the second cost phrase (0.39)
		assertThat(votes[1]).isCloseTo((0.958 + 0.983) / (0.958 + 0.983 + 0.391), within(0.01));
		assertThat(votes[0] + votes[1]).isCloseTo(1.0, within(1e-6));
	}

	@Test
	void voteWithATemperatureLetsTheNearestPhrasesOutweighTheKth() {
		NeighbourVote plain = new NeighbourVote(OUTCOMES, VECTORS, 3, 0.5);
		NeighbourVote sharp = new NeighbourVote(OUTCOMES, VECTORS, 3, 0.5, 0.05);
		float[] query = unit(0.3f, 1, 0);
		double[] votes = sharp.vote(query);
		// the same three nearest (similarity 0.983, 0.958 and 0.391), each weighed exp((s - 0.983) / 0.05)
		double first = 1;
		double second = Math.exp((0.958 - 0.983) / 0.05);
		double third = Math.exp((0.391 - 0.983) / 0.05);
		assertThat(votes[1]).isCloseTo((first + second) / (first + second + third), within(0.001));
		assertThat(votes[0] + votes[1]).isCloseTo(1.0, within(1e-6));
		assertThat(votes[0]).isLessThan(plain.vote(query)[0] / 100);
	}

	@Test
	void voteWhenAskedForMoreNeighboursThanPhrasesUsesThemAll() {
		NeighbourVote vote = new NeighbourVote(OUTCOMES, VECTORS, 50, 0.5);
		double[] votes = vote.vote(unit(1, 0, 0));
		assertThat(votes[0]).isGreaterThan(0.5);
		assertThat(votes[0] + votes[1]).isCloseTo(1.0, within(1e-6));
	}

	@Test
	void newWhenVectorsAndOutcomesDifferInNumberFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NeighbourVote(OUTCOMES, VECTORS.subList(0, 2), 3, 1));
	}

	private static float[] unit(float... values) {
		double norm = 0;
		for (float value : values) {
			norm += value * value;
		}
		float[] vector = values.clone();
		for (int i = 0; i < vector.length; i++) {
			vector[i] /= (float) Math.sqrt(norm);
		}
		return vector;
	}

}
