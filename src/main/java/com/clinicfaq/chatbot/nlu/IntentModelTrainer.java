package com.clinicfaq.chatbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains intent classifiers: the one code path used at start-up, by hot retraining and by the evaluation command, so
 * that what is measured is what is served. As in OpenNLP's doccat, the trainer returns a model and the model
 * ({@link OpenNlpIntentClassifier}) only classifies: the word and embedding models, the embedding cache file and the
 * curated-phrase table are all built here.
 */
public class IntentModelTrainer {

	private static final Logger logger = LoggerFactory.getLogger(IntentModelTrainer.class);

	/**
	 * The catalog's intent for off-topic messages.
	 */
	public static final String OUT_OF_SCOPE = "out_of_scope";

	private static final String EXTRA_OUT_OF_SCOPE = "out-of-scope-extra.txt";

	private final TextNormalizer normalizer;

	private final NluProperties properties;

	private final EmbeddingCacheFile embeddingCache;

	private final IntentModelArtifact artifact;

	public IntentModelTrainer(TextNormalizer normalizer, NluProperties properties) {
		this.normalizer = normalizer;
		this.properties = properties;
		String cache = properties.embeddingCache();
		this.embeddingCache = (cache != null && !cache.isBlank() && properties.embeddings())
				? new EmbeddingCacheFile(Path.of(cache)) : null;
		String artifact = properties.modelArtifact();
		this.artifact = (artifact != null && !artifact.isBlank()) ? new IntentModelArtifact(Path.of(artifact)) : null;
	}

	/**
	 * A classifier for every example of every intent in the catalog (the catalog's {@value #OUT_OF_SCOPE} intent also
	 * learns {@link #extraOutOfScopeExamples()}): loaded from the saved model when one was trained on exactly these
	 * examples by this code with these properties, otherwise trained (and then saved).
	 */
	public OpenNlpIntentClassifier train(IntentCatalog catalog) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		for (IntentDefinition intent : catalog.all()) {
			examples.put(intent.name(), intent.trainingPhrases());
		}
		return loadOrTrain(withExtraOutOfScope(examples));
	}

	OpenNlpIntentClassifier loadOrTrain(Map<String, List<String>> examples) {
		if (this.artifact == null) {
			return ModelTraining.oneAtATime(() -> train(examples));
		}
		String key = IntentModelArtifact.key(examples, this.properties,
				this.properties.embeddings() ? SentenceEmbedder.load(this.properties.encoder()).fingerprint() : "none");
		OpenNlpIntentClassifier loaded = this.artifact.load(key, examples, this.normalizer, this.properties,
				this.embeddingCache);
		if (loaded != null) {
			logger.info("Loaded the intent model from {}", this.artifact.file());
			return loaded;
		}
		OpenNlpIntentClassifier trained = ModelTraining.oneAtATime(() -> train(examples));
		try {
			this.artifact.save(trained, key);
		}
		catch (UncheckedIOException ex) {
			// the model serves from memory; the next start-up trains again
			logger.warn("Cannot save the intent model: {}", ex.getMessage());
		}
		return trained;
	}

	/**
	 * A classifier over models trained earlier (read back from an {@link IntentModelArtifact}), with the examples
	 * and properties they were trained with.
	 */
	static OpenNlpIntentClassifier restore(MaxentModel words, MaxentModel embeddings,
			Map<String, List<String>> examplesByIntent, TextNormalizer normalizer, NluProperties properties,
			EmbeddingCacheFile cache) {
		FeatureExtractor extractor = featureExtractor(examplesByIntent, normalizer, properties);
		if (embeddings == null) {
			return new OpenNlpIntentClassifier(words, extractor, null, null, normalizer, 0, 2, Set.of(),
					curatedPhrases(examplesByIntent, normalizer), null,
					properties.combination(), properties.combinationTemperature());
		}
		SentenceEmbedder embedder = SentenceEmbedder.load(properties.encoder());
		return new OpenNlpIntentClassifier(words, extractor, embeddings, embedder, normalizer,
				properties.embeddingWeight(), properties.cascadeConfidence(), properties.cascadeExcludedIntents(),
				curatedPhrases(examplesByIntent, normalizer),
				neighbourVote(examplesByIntent, normalizer, properties, embedder, cache, null), properties.combination(),
				properties.combinationTemperature());
	}

	/**
	 * The nearest-neighbour vote over the training phrases' embeddings, or {@code null} when it is off.
	 * @param embedded the phrases' embeddings in the order of the examples, or {@code null} to embed them
	 */
	private static NeighbourVote neighbourVote(Map<String, List<String>> examplesByIntent, TextNormalizer normalizer,
			NluProperties properties, SentenceEmbedder embedder, EmbeddingCacheFile cache, List<float[]> embedded) {
		if (properties.neighbourWeight() <= 0) {
			return null;
		}
		LabelledPhrases labelled = LabelledPhrases.of(examplesByIntent, normalizer);
		List<String> outcomes = labelled.outcomes();
		List<String> phrases = labelled.phrases();
		List<float[]> vectors = (embedded != null) ? embedded : embedPhrases(embedder, phrases, cache);
		return new NeighbourVote(outcomes, vectors, properties.neighbours(), properties.neighbourWeight(),
				properties.neighbourTemperature());
	}

	/**
	 * The examples with {@link #extraOutOfScopeExamples()} added to their {@value #OUT_OF_SCOPE} intent; unchanged
	 * when they have no such intent.
	 */
	public static Map<String, List<String>> withExtraOutOfScope(Map<String, List<String>> examplesByIntent) {
		if (!examplesByIntent.containsKey(OUT_OF_SCOPE)) {
			return examplesByIntent;
		}
		Map<String, List<String>> examples = new LinkedHashMap<>(examplesByIntent);
		List<String> outOfScope = new ArrayList<>(examples.get(OUT_OF_SCOPE));
		outOfScope.addAll(extraOutOfScopeExamples());
		examples.put(OUT_OF_SCOPE, List.copyOf(outOfScope));
		return examples;
	}

	/**
	 * Off-topic messages learnt with the catalog's {@value #OUT_OF_SCOPE} intent but kept out of the catalog (they are
	 * not curated phrases, so staff never see them): a fixed sample of
	 * MedQuAD's consumer-health questions about other medicines and conditions and CLINC150's training out-of-scope
	 * queries, built by {@code scripts/out_of_scope_extra.py}.
	 */
	public static List<String> extraOutOfScopeExamples() {
		return ExtraOutOfScope.EXAMPLES;
	}

	private static final class ExtraOutOfScope {

		private static final List<String> EXAMPLES = load();

		private static List<String> load() {
			try (InputStream in = IntentModelTrainer.class.getResourceAsStream(EXTRA_OUT_OF_SCOPE)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + EXTRA_OUT_OF_SCOPE);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * Trains a classifier on example phrases grouped by intent name.
	 */
	public OpenNlpIntentClassifier train(Map<String, List<String>> examplesByIntent) {
		return train(examplesByIntent, this.normalizer, this.properties, this.embeddingCache);
	}

	public NluProperties properties() {
		return this.properties;
	}

	private static OpenNlpIntentClassifier train(Map<String, List<String>> examplesByIntent, TextNormalizer normalizer,
			NluProperties properties, EmbeddingCacheFile cache) {
		if (examplesByIntent.isEmpty()) {
			throw new IllegalArgumentException("Cannot train a classifier without examples");
		}
		FeatureExtractor extractor = featureExtractor(examplesByIntent, normalizer, properties);
		if (!properties.embeddings()) {
			return new OpenNlpIntentClassifier(trainWordModel(examplesByIntent, extractor, properties), extractor, null,
					null, normalizer, 0, 2, Set.of(), curatedPhrases(examplesByIntent, normalizer), null,
					properties.combination(), properties.combinationTemperature());
		}
		// the two models are independent: the word model trains on a second core while this one embeds the examples
		CompletableFuture<MaxentModel> wordModel = CompletableFuture
			.supplyAsync(() -> trainWordModel(examplesByIntent, extractor, properties));
		long start = System.nanoTime();
		SentenceEmbedder embedder = SentenceEmbedder.load(properties.encoder());
		LabelledPhrases labelled = LabelledPhrases.of(examplesByIntent, normalizer);
		List<String> outcomes = labelled.outcomes();
		List<String> phrases = labelled.phrases();
		List<float[]> vectors = embedPhrases(embedder, phrases, cache);
		// the dense rows (half of each is zeros) go once the trainer has its sparse copy
		List<float[]> rows = vectors.stream().map(IntentModelTrainer::embeddingRow)
			.collect(Collectors.toCollection(ArrayList::new));
		long embedded = System.nanoTime();
		MaxentModel embeddings = DenseMaxentTrainer.trainReleasingRows(outcomes, rows,
				OpenNlpIntentClassifier.embeddingFeatureNames(embedder.dimension()), properties.embeddingIterations(),
				properties.l2Cost());
		logger.debug("Embedded {} phrases in {} ms, trained the embedding model in {} ms", phrases.size(),
				millisBetween(start, embedded), millisBetween(embedded, System.nanoTime()));
		MaxentModel words = joined(wordModel);
		return new OpenNlpIntentClassifier(words, extractor, embeddings, embedder, normalizer,
				properties.embeddingWeight(), properties.cascadeConfidence(), properties.cascadeExcludedIntents(),
				curatedPhrases(examplesByIntent, normalizer),
				neighbourVote(examplesByIntent, normalizer, properties, embedder, cache, vectors), properties.combination(),
				properties.combinationTemperature());
	}

	/** The word model's features, with the training phrases' spelling when {@code chatbot.nlu.spelling} is on. */
	private static FeatureExtractor featureExtractor(Map<String, List<String>> examplesByIntent,
			TextNormalizer normalizer, NluProperties properties) {
		return new FeatureExtractor(normalizer, properties.charNGramMin(), properties.charNGramMax(),
				properties.spelling() ? Spelling.of(examplesByIntent, normalizer) : null);
	}

	private static List<float[]> embedPhrases(SentenceEmbedder embedder, List<String> phrases,
			EmbeddingCacheFile cache) {
		return (cache != null) ? cache.embed(embedder, phrases) : embedder.embedTrainingPhrases(phrases);
	}

	private static MaxentModel trainWordModel(Map<String, List<String>> examplesByIntent, FeatureExtractor extractor,
			NluProperties properties) {
		long start = System.nanoTime();
		MaxentModel model = trainModel(new EventStream(examplesByIntent, extractor), wordParameters(properties));
		logger.debug("Trained the word model in {} ms", millisBetween(start, System.nanoTime()));
		return model;
	}

	private static long millisBetween(long startNanos, long endNanos) {
		return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
	}

	private static TrainingParameters wordParameters(NluProperties properties) {
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, properties.algorithm());
		parameters.put(TrainingParameters.ITERATIONS_PARAM, properties.iterations());
		parameters.put(TrainingParameters.CUTOFF_PARAM, properties.cutoff());
		parameters.put(TrainingParameters.THREADS_PARAM, 1);
		parameters.put(QNTrainer.L2COST_PARAM, properties.l2Cost());
		parameters.put(QNTrainer.L1COST_PARAM, 0.0);
		return parameters;
	}

	private static MaxentModel joined(CompletableFuture<MaxentModel> model) {
		try {
			return model.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private static MaxentModel trainModel(ObjectStream<Event> events, TrainingParameters parameters) {
		try {
			EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
			return trainer.train(events);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An embedding as real-valued features: each dimension is split into a positive part (feature {@code p<i>}) and a
	 * negative part (feature {@code n<i>}), which lets the linear model weigh the two directions differently.
	 */
	private static float[] embeddingRow(float[] vector) {
		float[] row = new float[2 * vector.length];
		for (int i = 0; i < vector.length; i++) {
			row[OpenNlpIntentClassifier.embeddingFeature(vector, i)] = Math.abs(vector[i]);
		}
		return row;
	}

	/**
	 * Each curated training phrase, normalized, with its intent: the statistical models alone may still rank a single
	 * new phrase (one a staff member just taught) below its neighbours, so the classifier gives an exact match half the
	 * weight. Phrases that normalize alike across intents are left out.
	 */
	private static Map<String, String> curatedPhrases(Map<String, List<String>> examplesByIntent,
			TextNormalizer normalizer) {
		Map<String, String> phrases = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		examplesByIntent.forEach((intent, examples) -> {
			for (String example : examples) {
				String key = normalizer.normalize(example);
				String previous = phrases.putIfAbsent(key, intent);
				if (previous != null && !previous.equals(intent)) {
					ambiguous.add(key);
				}
			}
		});
		ambiguous.forEach(phrases::remove);
		return Map.copyOf(phrases);
	}


	/**
	 * The word model's training events, one per example in catalog order, each made when the trainer reads it: the
	 * trainer's indexer keeps only the features' indexes, so the feature strings of thousands of phrases (about a
	 * hundred character n-grams each) are never all in the heap at once.
	 */
	private static final class EventStream implements ObjectStream<Event> {

		private final List<Map.Entry<String, String>> examples = new ArrayList<>();

		private final FeatureExtractor extractor;

		private int next;

		EventStream(Map<String, List<String>> examplesByIntent, FeatureExtractor extractor) {
			examplesByIntent.forEach((intent, phrases) -> phrases.forEach((phrase) -> this.examples.add(Map.entry(intent, phrase))));
			this.extractor = extractor;
		}

		@Override
		public Event read() {
			if (this.next >= this.examples.size()) {
				return null;
			}
			Map.Entry<String, String> example = this.examples.get(this.next++);
			return new Event(example.getKey(), this.extractor.features(example.getValue()));
		}

		@Override
		public void reset() {
			this.next = 0;
		}

	}

	/**
	 * The catalog's examples as two parallel lists: each example's intent and the text the sentence encoder reads of it
	 * ({@link TextNormalizer#embeddingText(String)}, as for a visitor's message), in catalog order.
	 */
	private record LabelledPhrases(List<String> outcomes, List<String> phrases) {

		static LabelledPhrases of(Map<String, List<String>> examplesByIntent, TextNormalizer normalizer) {
			List<String> outcomes = new ArrayList<>();
			List<String> phrases = new ArrayList<>();
			examplesByIntent.forEach((intent, examples) -> {
				for (String example : examples) {
					outcomes.add(intent);
					phrases.add(normalizer.embeddingText(example));
				}
			});
			return new LabelledPhrases(outcomes, phrases);
		}

	}

}
