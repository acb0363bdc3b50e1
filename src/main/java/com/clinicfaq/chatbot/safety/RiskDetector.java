package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.clinicfaq.chatbot.nlu.DenseMaxentTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;

/**
 * A learned detector of suicide risk and medical emergencies in one sentence: the sentence's embedding (MiniLM, see
 * {@link com.clinicfaq.chatbot.nlu.SentenceEmbedder}) scored by a maximum-entropy model over three outcomes (crisis,
 * emergency, none), trained at start-up on the sentences in {@code intents/safety/detector/}. It catches phrasings
 * nobody wrote a rule for ("i tested whether the belt would hold my weight"); the curated rules stay the reviewed
 * first line.
 * <p>
 * Urgent examples are counted {@link #URGENT_WEIGHT} times in training, since missing a crisis costs far more than a
 * false alarm and the urgent sentences are outnumbered by the ordinary ones. Thread-safe after construction: scoring
 * only reads the model.
 */
public final class RiskDetector {

	/** How many times each urgent example counts in training. */
	static final int URGENT_WEIGHT = 3;

	private static final double L2_COST = 0.1;

	private static final int ITERATIONS = 300;

	private final Function<String, float[]> embedder;

	private final QNModel model;

	private final String[] context;

	private final int crisis;

	private final int emergency;

	private final int examples;

	private RiskDetector(Function<String, float[]> embedder, QNModel model, String[] context, int examples) {
		this.embedder = embedder;
		this.model = model;
		this.context = context;
		this.crisis = model.getIndex(Urgency.CRISIS.name());
		this.emergency = model.getIndex(Urgency.EMERGENCY.name());
		this.examples = examples;
	}

	/**
	 * Trains a detector.
	 * @param examples the labelled sentences
	 * @param prepare what the screen does to a sentence before scoring it (normalizing, masking negations), applied to
	 * the training sentences too
	 * @param embedder embeds one prepared sentence
	 * @param embedAll embeds many prepared sentences at once (training)
	 */
	public static RiskDetector train(List<RiskExample> examples, Function<String, String> prepare,
			Function<String, float[]> embedder, Function<List<String>, List<float[]>> embedAll) {
		List<String> texts = examples.stream().map((example) -> prepare.apply(example.text())).toList();
		List<float[]> vectors = embedAll.apply(texts);
		int dimension = vectors.get(0).length;
		String[] context = IntStream.rangeClosed(0, dimension)
			.mapToObj((i) -> (i == dimension) ? "bias" : "e" + i)
			.toArray(String[]::new);
		List<String> outcomes = new ArrayList<>();
		List<float[]> rows = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			Urgency urgency = examples.get(i).urgency();
			float[] row = withBias(vectors.get(i));
			for (int copy = 0; copy < ((urgency == Urgency.NONE) ? 1 : URGENT_WEIGHT); copy++) {
				outcomes.add(urgency.name());
				rows.add(row);
			}
		}
		QNModel model = DenseMaxentTrainer.train(outcomes, rows, context, ITERATIONS, L2_COST);
		return new RiskDetector(embedder, model, context, examples.size());
	}

	/**
	 * Scores one prepared sentence.
	 */
	public RiskScore score(String sentence) {
		double[] probabilities = this.model.eval(this.context, withBias(this.embedder.apply(sentence)));
		return new RiskScore(probabilities[this.crisis], probabilities[this.emergency]);
	}

	/**
	 * How many sentences it was trained on.
	 */
	public int examples() {
		return this.examples;
	}

	private static float[] withBias(float[] vector) {
		float[] row = new float[vector.length + 1];
		System.arraycopy(vector, 0, row, 0, vector.length);
		row[vector.length] = 1;
		return row;
	}

}
