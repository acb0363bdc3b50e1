package com.clinicfaq.chatbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * An {@link IntentClassifier} backed by OpenNLP's maximum-entropy document categorizer, trained in memory from the
 * intent catalog (the model is never serialized, which avoids OpenNLP's feature-generator save/load traps).
 * <p>
 * Classification evaluates the trained {@link MaxentModel} directly on the features of our own generators, the same
 * features {@code DocumentCategorizerME} would build. That avoids {@code DocumentCategorizerME}, which re-creates the
 * feature generators from their class names (losing constructor arguments, and refusing our own generator class
 * outside OpenNLP's package allow-list). Thread safety: the feature generators are stateless and
 * {@code MaxentModel.eval} only reads the model's parameters, so one instance is shared by all threads.
 */
public class OpenNlpIntentClassifier implements IntentClassifier {

	private static final String[] EMPTY = { "<empty>" };

	private final MaxentModel model;

	private final FeatureGenerator[] featureGenerators;

	private final TextNormalizer normalizer;

	private OpenNlpIntentClassifier(MaxentModel model, FeatureGenerator[] featureGenerators, TextNormalizer normalizer) {
		this.model = model;
		this.featureGenerators = featureGenerators;
		this.normalizer = normalizer;
	}

	/**
	 * Trains a classifier on example phrases grouped by intent name; see {@link IntentModelTrainer}.
	 */
	static OpenNlpIntentClassifier train(Map<String, List<String>> examplesByIntent, TextNormalizer normalizer,
			NluProperties properties) {
		List<DocumentSample> samples = new ArrayList<>();
		examplesByIntent.forEach((intent, examples) -> {
			for (String example : examples) {
				samples.add(new DocumentSample(intent, tokens(normalizer, example)));
			}
		});
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ITERATIONS_PARAM, properties.iterations());
		parameters.put(TrainingParameters.CUTOFF_PARAM, properties.cutoff());
		parameters.put(TrainingParameters.THREADS_PARAM, 1);
		FeatureGenerator[] generators = featureGenerators();
		try {
			DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters,
					new DoccatFactory(generators));
			return new OpenNlpIntentClassifier(model.getMaxentModel(), generators, normalizer);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException("Cannot train the intent model", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FeatureGenerator[] featureGenerators() {
		try {
			return new FeatureGenerator[] { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2),
					new CharacterNGramFeatureGenerator(3, 5) };
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Prediction classify(String text) {
		String[] tokens = tokens(this.normalizer, text);
		List<String> features = new ArrayList<>();
		for (FeatureGenerator generator : this.featureGenerators) {
			features.addAll(generator.extractFeatures(tokens, Map.of()));
		}
		double[] outcomes = this.model.eval(features.toArray(String[]::new));
		List<ScoredIntent> ranking = new ArrayList<>(outcomes.length);
		for (int i = 0; i < outcomes.length; i++) {
			ranking.add(new ScoredIntent(this.model.getOutcome(i), Math.min(1.0, Math.max(0.0, outcomes[i]))));
		}
		return new Prediction(ranking);
	}

	private static String[] tokens(TextNormalizer normalizer, String text) {
		List<String> tokens = normalizer.tokens(text);
		return tokens.isEmpty() ? EMPTY : tokens.toArray(String[]::new);
	}

}
