package com.clinicfaq.chatbot.safety;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.nlu.EmbeddingCacheFile;
import com.clinicfaq.chatbot.nlu.SentenceEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the screen the service uses: the curated rules and, when enabled, the risk detector trained on the data
 * folder with the MiniLM sentence embeddings.
 */
public final class RiskDetectors {

	private static final Logger logger = LoggerFactory.getLogger(RiskDetectors.class);

	/** The detectors trained in this process without saved files, by key ({@link #sharedOrTrained}). */
	private static final Map<String, WeakReference<RiskDetector>> TRAINED = new HashMap<>();

	/**
	 * Searches the service's detector runs on its own sentences once loaded ({@link RiskDetector#warmUp}): enough for
	 * the JIT to compile the search (a cold JVM compiles it during the first; the next few are at full speed).
	 */
	static final int WARM_UP_RUNS = 8;

	private RiskDetectors() {
	}

	/**
	 * The screen of the rules in {@code properties.rules()} with the detector configured in
	 * {@code properties.detector()}, trained on its data folder and on the catalog's examples: the phrases of the
	 * {@code crisis} and {@code emergency} intents as urgent, every other intent's phrases as ordinary visitor
	 * messages of this clinic (so "do you mail lozenges for home use" is not read as a plan).
	 */
	public static SafetyScreen screen(SafetyProperties properties, IntentCatalog catalog) {
		return screen(properties, catalog, null);
	}

	/**
	 * As {@link #screen(SafetyProperties, IntentCatalog)}, keeping the training sentences' embeddings and the trained
	 * model in {@code cacheFolder} (when not {@code null}) so that a restart neither embeds nor trains them again.
	 */
	public static SafetyScreen screen(SafetyProperties properties, IntentCatalog catalog, Path cacheFolder) {
		SafetyScreen rules = withSpanish(new SafetyScreen(SafetyRules.load(properties.rules())), properties,
				cacheFolder);
		if (!properties.detector().enabled()) {
			return rules;
		}
		List<RiskExample> examples = new ArrayList<>(RiskExample.load(properties.detector().data()));
		examples.addAll(examplesOf(catalog));
		return rules.withDetector(train(rules, examples, cacheFolder, properties.detector()),
				properties.detector().thresholds());
	}

	/**
	 * The catalog's phrases as detector examples: {@code crisis} and {@code emergency} phrases urgent (they count as
	 * urgent examples do), every other intent's phrases as ordinary messages of this clinic that count once in the
	 * linear model's training, as the public everyday questions do, not three times as the hard negatives the team
	 * wrote for the detector (idioms, history, risk questions). The catalog is the classifier's training data and grows
	 * with it (staff teach phrases, a session adds sixty for a confused intent); at triple weight its two thousand
	 * plain questions were the largest share of the detector's negatives, and adding phrases about preparation or
	 * eligibility moved the boundary for idioms the team reviewed (docs/safety.md). Every phrase still votes, with its
	 * label, among a message's nearest sentences, so "do you mail lozenges for home use" keeps its ordinary
	 * neighbours.
	 * <p>
	 * Only the curated {@link IntentDefinition#examples() examples}: an intent's
	 * {@link IntentDefinition#visitorExamples() visitor examples} (hundreds of phrasings from people who never saw the
	 * catalog, there to widen the classifier) are not the detector's sentences; with them the boundary for idioms and
	 * urgent messages moved (docs/nlu.md).
	 */
	static List<RiskExample> examplesOf(IntentCatalog catalog) {
		List<RiskExample> examples = new ArrayList<>();
		for (IntentDefinition intent : catalog.all()) {
			Urgency urgency = switch (intent.name()) {
				case "crisis" -> Urgency.CRISIS;
				case "emergency" -> Urgency.EMERGENCY;
				default -> intent.urgent() ? null : Urgency.NONE;
			};
			if (urgency == null) {
				continue;
			}
			boolean counted = urgency != Urgency.NONE;
			for (String example : intent.examples()) {
				examples.add(new RiskExample(example, urgency, "intent:" + intent.name(), counted));
			}
		}
		return examples;
	}

	/**
	 * Trains a detector on examples, preparing each sentence as the screen prepares visitors' sentences, with the
	 * default settings ({@link SafetyProperties.Detector#DEFAULT}).
	 */
	public static RiskDetector train(SafetyScreen screen, List<RiskExample> examples) {
		return train(screen, examples, null, SafetyProperties.Detector.DEFAULT);
	}

	/**
	 * Trains a detector as {@code settings} say: over MiniLM embeddings and, with a second opinion, a second one over
	 * bge-small embeddings of the same prepared sentences that scores what the first scores from
	 * {@link SafetyProperties.Detector#secondOpinionFrom()} on; each linear model trained to its optimum when
	 * {@link SafetyProperties.Detector#trainedToOptimum()}. Each keeps its own files in {@code cacheFolder}.
	 */
	public static RiskDetector train(SafetyScreen screen, List<RiskExample> examples, Path cacheFolder,
			SafetyProperties.Detector settings) {
		boolean toOptimum = settings.trainedToOptimum();
		int hiddenUnits = settings.hiddenUnits();
		RiskDetector first = train(screen, examples, cacheFolder, SentenceEmbedder.Encoder.MINILM, toOptimum,
				hiddenUnits);
		if (!settings.secondOpinion()) {
			return first;
		}
		RiskDetector second = train(screen, examples, cacheFolder, SentenceEmbedder.Encoder.BGE_SMALL, toOptimum,
				hiddenUnits);
		return first.withSecondOpinion(second, settings.secondOpinionFrom());
	}

	/**
	 * As {@link #train(SafetyScreen, List, Path, SentenceEmbedder.Encoder, boolean, int)} with a linear model.
	 */
	static RiskDetector train(SafetyScreen screen, List<RiskExample> examples, Path cacheFolder,
			SentenceEmbedder.Encoder encoder, boolean toOptimum) {
		return train(screen, examples, cacheFolder, encoder, toOptimum, 0);
	}

	/**
	 * One detector over one encoder's embeddings, its files in {@code cacheFolder} (when not {@code null}); its model
	 * has a hidden layer of {@code hiddenUnits} units when that is above zero.
	 */
	static RiskDetector train(SafetyScreen screen, List<RiskExample> examples, Path cacheFolder,
			SentenceEmbedder.Encoder encoder, boolean toOptimum, int hiddenUnits) {
		SentenceEmbedder embedder = SentenceEmbedder.load(encoder);
		if (cacheFolder == null) {
			String key = SavedDetector.key(embedder.fingerprint(), screen.preparation(), examples,
					RiskDetector.settings(toOptimum, hiddenUnits));
			return sharedOrTrained(key, () -> RiskDetector.train(examples, screen::prepared, embedder::embed,
					embedder::embedTrainingPhrases, toOptimum, hiddenUnits, null));
		}
		// MiniLM's files keep the names they had before the second opinion, so a saved detector stays valid
		String suffix = (encoder == SentenceEmbedder.Encoder.MINILM) ? "" : "-" + encoder.name().toLowerCase();
		EmbeddingCacheFile embeddings = new EmbeddingCacheFile(
				cacheFolder.resolve("risk-phrase-embeddings" + suffix + ".bin"));
		return RiskDetector.train(examples, screen::prepared, embedder::embed, (sentences) -> {
			List<float[]> vectors = embeddings.embed(embedder, sentences);
			// the detector keeps its own copy; they are not training phrases a retrain of the classifier needs
			embedder.forgetTrainingPhrases(sentences);
			return vectors;
		}, toOptimum, hiddenUnits, new SavedDetector(cacheFolder, "risk-detector" + suffix, embedder.fingerprint(),
				screen.preparation()));
	}

	/**
	 * The detector trained in this process under this key if one is still in use, else a new one trained and
	 * remembered (weakly: one nobody uses any more is let go). A detector is a pure function of its key (its
	 * sentences as written, how the screen prepares them, the encoder and the training settings: the key its saved
	 * files carry), so a second screen built on the same data, such as each application context of the test suite
	 * and its shared test chatbot, shares the first one's instead of training again for one to four minutes. One at
	 * a time, so that two screens built at once train once; a detector trains one model at a time anyway
	 * ({@link com.clinicfaq.chatbot.nlu.ModelTraining}).
	 */
	static RiskDetector sharedOrTrained(String key, Supplier<RiskDetector> training) {
		synchronized (TRAINED) {
			WeakReference<RiskDetector> known = TRAINED.get(key);
			RiskDetector detector = (known != null) ? known.get() : null;
			if (detector != null) {
				logger.info("Sharing the risk detector already trained in this process on the same {} sentences",
						detector.examples());
				return detector;
			}
			detector = training.get();
			TRAINED.values().removeIf((reference) -> reference.get() == null);
			TRAINED.put(key, new WeakReference<>(detector));
			return detector;
		}
	}

	/**
	 * As {@link #screen(SafetyProperties, IntentCatalog, Path)}, reading the rules now (a broken rule throws here) but
	 * reading the detector's sentences and the catalog and loading or training the detector on {@code executor}: the
	 * returned screen's detector waits for it when it is first used ({@link RiskDetector#awaitLoaded()}), and a broken
	 * sentence line or intent file fails that wait with the file and line.
	 */
	public static SafetyScreen screenLoadingInBackground(SafetyProperties properties, Supplier<IntentCatalog> catalog,
			Path cacheFolder, Executor executor) {
		return withSpanish(screenLoadingInBackground(SafetyRules.load(properties.rules()), properties, catalog,
				cacheFolder, executor), properties, cacheFolder);
	}

	/**
	 * As {@link #screenLoadingInBackground(SafetyProperties, Supplier, Path, Executor)}, with rules already read from
	 * {@code properties.rules()} (the service reads them once for its screen and its detector), and without the
	 * Spanish detector: the service takes only the risk detector from this screen and adds the Spanish one to its own
	 * ({@link #withSpanish}), so it is trained once.
	 */
	public static SafetyScreen screenLoadingInBackground(SafetyRules read, SafetyProperties properties,
			Supplier<IntentCatalog> catalog, Path cacheFolder, Executor executor) {
		SafetyScreen rules = new SafetyScreen(read);
		if (!properties.detector().enabled()) {
			return rules;
		}
		CompletableFuture<RiskDetector> loading = CompletableFuture.supplyAsync(() -> {
			List<RiskExample> examples = new ArrayList<>(RiskExample.load(properties.detector().data()));
			examples.addAll(examplesOf(catalog.get()));
			RiskDetector detector = train(rules, examples, cacheFolder, properties.detector());
			// compiled before the server takes its first message, on this thread while Spring still starts
			detector.warmUp(WARM_UP_RUNS);
			return detector;
		}, executor);
		return rules.withDetector(RiskDetector.loading(loading), properties.detector().thresholds());
	}

	/**
	 * The screen with the Spanish risk detector when it is enabled, loaded from {@code cacheFolder} or trained now on
	 * its data folder (a second or two; a broken line stops the service naming file and line) and saved there.
	 */
	static SafetyScreen withSpanish(SafetyScreen rules, SafetyProperties properties, Path cacheFolder) {
		SafetyProperties.SpanishDetector settings = properties.spanishDetector();
		if (!settings.enabled()) {
			return rules;
		}
		SpanishRiskDetector spanish = SpanishRiskDetector.loadOrTrain(RiskExample.load(settings.data()), rules::prepared,
				rules.preparation(), cacheFolder);
		return rules.withSpanishDetector(spanish, settings.threshold());
	}

}
