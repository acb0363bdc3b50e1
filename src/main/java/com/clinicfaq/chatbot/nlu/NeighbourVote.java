package com.clinicfaq.chatbot.nlu;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vote of the training phrases nearest to a message in the sentence encoder's space: each of the {@code k} most
 * similar phrases (cosine similarity of unit vectors) votes for its intent with its similarity, and the votes are
 * scaled to sum to one; with a temperature {@code t} above 0 each votes with {@code exp((similarity - s) / t)}
 * instead, {@code s} the nearest phrase's similarity, so the nearest phrases count far more than the k-th (a softmax
 * over the k nearest). It complements the embedding model, a linear boundary per intent, on intents whose phrases
 * form several small clusters. Immutable and thread-safe.
 */
final class NeighbourVote {

	private final String[] intents;

	private final int[] outcomeOfPhrase;

	/** The phrases' unit vectors, one row after another. */
	private final float[] vectors;

	private final int dimension;

	private final int neighbours;

	private final double weight;

	/** The softmax temperature of the votes, or 0 to vote with the plain similarity. */
	private final double temperature;

	NeighbourVote(List<String> outcomes, List<float[]> vectors, int neighbours, double weight) {
		this(outcomes, vectors, neighbours, weight, 0);
	}

	NeighbourVote(List<String> outcomes, List<float[]> vectors, int neighbours, double weight, double temperature) {
		if (outcomes.size() != vectors.size() || outcomes.isEmpty()) {
			throw new IllegalArgumentException("Need one vector per phrase, was " + outcomes.size() + " phrases and "
					+ vectors.size() + " vectors");
		}
		Map<String, Integer> index = new LinkedHashMap<>();
		this.outcomeOfPhrase = new int[outcomes.size()];
		for (int i = 0; i < outcomes.size(); i++) {
			this.outcomeOfPhrase[i] = index.computeIfAbsent(outcomes.get(i), (intent) -> index.size());
		}
		this.intents = index.keySet().toArray(String[]::new);
		this.dimension = vectors.get(0).length;
		this.vectors = new float[vectors.size() * this.dimension];
		for (int i = 0; i < vectors.size(); i++) {
			System.arraycopy(vectors.get(i), 0, this.vectors, i * this.dimension, this.dimension);
		}
		this.neighbours = Math.min(neighbours, outcomes.size());
		this.weight = weight;
		this.temperature = temperature;
	}

	/** The vote's share of the embedding part of the confidence. */
	double weight() {
		return this.weight;
	}

	/** The intents in the order of {@link #vote(float[])}'s values. */
	String[] intents() {
		return this.intents.clone();
	}

	/** Each intent's share of the votes of the {@code k} phrases nearest to this unit vector. */
	double[] vote(float[] vector) {
		int phrases = this.outcomeOfPhrase.length;
		float[] similarity = new float[phrases];
		for (int p = 0, offset = 0; p < phrases; p++, offset += this.dimension) {
			float dot = 0;
			for (int i = 0; i < this.dimension; i++) {
				dot += this.vectors[offset + i] * vector[i];
			}
			similarity[p] = dot;
		}
		// the k-th largest similarity: a partial selection over a copy
		float[] sorted = similarity.clone();
		Arrays.sort(sorted);
		float cut = sorted[phrases - this.neighbours];
		float nearest = sorted[phrases - 1];
		int above = 0;
		for (float value : similarity) {
			if (value > cut) {
				above++;
			}
		}
		// every phrase above the cut votes, and as many as are left of those exactly at it (in phrase order)
		int ties = this.neighbours - above;
		double[] votes = new double[this.intents.length];
		double total = 0;
		for (int p = 0; p < phrases; p++) {
			if (similarity[p] > cut || (similarity[p] == cut && ties-- > 0)) {
				double vote = (this.temperature > 0) ? Math.exp((similarity[p] - nearest) / this.temperature)
						: Math.max(0, similarity[p]);
				votes[this.outcomeOfPhrase[p]] += vote;
				total += vote;
			}
		}
		if (total > 0) {
			for (int i = 0; i < votes.length; i++) {
				votes[i] /= total;
			}
		}
		return votes;
	}

}
