package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.clinicfaq.chatbot.nlu.SavedModelFile;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A learned detector of suicide risk and medical emergencies in one Spanish sentence. The {@link RiskDetector} reads
 * English only (its encoder, MiniLM, was trained on English), so a Spanish message was urgent only when a curated
 * Spanish rule ({@code *-es} in {@code urgent-rules.yaml}) matched it, and about one urgent message in six from a new
 * Spanish writer matched none (docs/safety.md, sessions 22-27). This one is a maximum-entropy model over the
 * sentence's words, word pairs, word beginnings and letter groups (so "matarme", "me mato" and "matarse" share
 * evidence, and typos keep most of theirs), trained at start-up in well under a second on the sentences in
 * {@code intents/safety/detector-es/}: urgent sentences and hard ordinary ones (risk questions, past history, idioms,
 * jokes, sadness without danger, ordinary questions) written for it in many Spanish voices. Each sentence counts
 * once: with about as many ordinary sentences as urgent ones, counting urgent ones twice moved the cross-validated
 * trade-off along the same curve and no further (docs/safety.md, session 32).
 * <p>
 * Training costs about a second and a half of CPU on a busy two-core machine, on the start-up's critical path, so
 * the service keeps the trained model in its cache folder ({@code spanish-risk-detector.bin}, keyed by the sentences
 * as written, how the screen prepares them and this class's code) and a restart loads it in milliseconds
 * ({@link #loadOrTrain}).
 * <p>
 * The screen asks it only about messages that read as Spanish ({@link SpanishText#isSpanish}); it adds urgent
 * messages, never removes one. Thread-safe: scoring only reads the model.
 */
public final class SpanishRiskDetector {

	private static final Logger logger = LoggerFactory.getLogger(SpanishRiskDetector.class);

	private static final double L2_COST = 1.0;

	private static final int ITERATIONS = 300;

	/** Letter groups of this length are features (with the word's boundaries as "_"). */
	private static final int GRAM = 4;

	/** Word beginnings of this length are features, for words longer than it ("suicid", "pastil"). */
	private static final int STEM = 5;

	/** The saved file's name in the cache folder. */
	static final String FILE = "spanish-risk-detector.bin";

	private final MaxentModel model;

	private final UnaryOperator<String> preparation;

	private final int examples;

	private final int crisis;

	private final int emergency;

	private SpanishRiskDetector(MaxentModel model, UnaryOperator<String> preparation, int examples) {
		this.model = model;
		this.preparation = preparation;
		this.examples = examples;
		this.crisis = model.getIndex(Urgency.CRISIS.name());
		this.emergency = model.getIndex(Urgency.EMERGENCY.name());
	}

	/**
	 * Trains on labelled sentences, each read as the screen reads a visitor's sentence ({@code preparation}: rewritten,
	 * negations and idioms masked).
	 */
	public static SpanishRiskDetector train(List<RiskExample> examples, UnaryOperator<String> preparation) {
		long start = System.nanoTime();
		List<Event> events = new ArrayList<>();
		for (RiskExample example : examples) {
			String[] features = features(preparation.apply(example.text()));
			events.add(new Event(example.urgency().name(), features));
		}
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
		parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
		parameters.put(TrainingParameters.THREADS_PARAM, 1);
		parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
		parameters.put(QNTrainer.L1COST_PARAM, 0.0);
		parameters.put("PrintMessages", false);
		MaxentModel model;
		try {
			EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
			model = trainer.train(ObjectStreamUtils.createObjectStream(events));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("Spanish risk detector trained on {} sentences in {} ms", examples.size(),
				(System.nanoTime() - start) / 1_000_000);
		return new SpanishRiskDetector(model, preparation, examples.size());
	}

	/**
	 * The detector saved in {@code cacheFolder} when it was trained on the same sentences, prepared the same way
	 * ({@code preparationKey}, for the screen {@link SafetyScreen#preparation()}) by the same code; otherwise one
	 * trained now and saved there for the next start. A missing, stale or damaged file only costs a training; a
	 * folder that cannot be written is logged and the service goes on. No folder ({@code null}): trained, not saved.
	 */
	public static SpanishRiskDetector loadOrTrain(List<RiskExample> examples, UnaryOperator<String> preparation,
			String preparationKey, Path cacheFolder) {
		if (cacheFolder == null) {
			return train(examples, preparation);
		}
		MaxentModel model = new SavedModelFile(cacheFolder.resolve(FILE))
			.loadOrTrain(key(examples, preparationKey), () -> train(examples, preparation).model);
		return new SpanishRiskDetector(model, preparation, examples.size());
	}

	/**
	 * What a saved model must have been trained on: the sentences and labels as written, the screen's preparation,
	 * the training settings and the bytecode of the code that turns a sentence into features.
	 */
	static String key(List<RiskExample> examples, String preparationKey) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("l2=" + L2_COST + ";iterations=" + ITERATIONS + ";gram=" + GRAM + ";stem=" + STEM
					+ ";preparation=" + preparationKey + ";rows=" + examples.size()).getBytes(StandardCharsets.UTF_8));
			SafetyScreen.digestBytecode(digest, SpanishRiskDetector.class, SpanishText.class);
			for (RiskExample example : examples) {
				digest.update(("\n" + example.urgency().name() + "\t" + example.text())
					.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The probabilities that a sentence, as the screen already prepared it, reports a crisis or an emergency now.
	 */
	public RiskScore score(String prepared) {
		double[] outcomes = this.model.eval(features(prepared));
		return new RiskScore(outcomes[this.crisis], outcomes[this.emergency]);
	}

	/**
	 * The probabilities for a sentence as a visitor wrote it (prepared first, as in training).
	 */
	public RiskScore scoreRaw(String sentence) {
		return score(this.preparation.apply(sentence));
	}

	/** How many sentences it was trained on. */
	public int examples() {
		return this.examples;
	}

	/**
	 * The sentence's features: each word, each two adjacent words, each word's beginning, each word's letter groups,
	 * whether it asks a question; "no" is joined to the word after it ("no_quiero"), since "no quiero morir" and
	 * "quiero morir" differ in little else.
	 */
	static String[] features(String sentence) {
		List<String> words = SpanishText.words(sentence);
		Set<String> features = new LinkedHashSet<>();
		features.add("bias");
		String previous = "<s>";
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			features.add("w=" + word);
			features.add("b=" + previous + "_" + word);
			if (previous.equals("no") || previous.equals("ni") || previous.equals("nunca")) {
				features.add("neg=" + word);
			}
			if (word.length() > STEM) {
				features.add("p=" + word.substring(0, STEM));
			}
			String padded = "_" + word + "_";
			for (int j = 0; j + GRAM <= padded.length(); j++) {
				features.add("g=" + padded.substring(j, j + GRAM));
			}
			previous = word;
		}
		features.add("b=" + previous + "_</s>");
		if (sentence.indexOf('?') >= 0 || sentence.indexOf('¿') >= 0) {
			features.add("question");
		}
		return features.toArray(String[]::new);
	}

}
