package com.clinicfaq.chatbot.nlu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the catalog and the intent model in use, and of how they are replaced. Requests classify with the
 * current model and read the current catalog; {@link #replaceCatalog} makes a new catalog current at once and queues a
 * retrain on its own executor, and the trained model is swapped in with one atomic reference set, so no request ever
 * sees a half-trained model.
 * <p>
 * A model comes with its own classification cache (a new model, a new cache), so a message that was misclassified and
 * cached before is classified again by the new model. Catalogs replaced while a training runs are all picked up by one
 * more training, which always trains on the newest catalog.
 */
public class CurrentModel implements IntentClassifier, Supplier<IntentCatalog> {

	private static final Logger logger = LoggerFactory.getLogger(CurrentModel.class);

	private final Function<IntentCatalog, IntentClassifier> trainer;

	private final UnaryOperator<IntentClassifier> cache;

	private final Executor retrainer;

	private final Clock clock;

	private final AtomicReference<IntentCatalog> catalog;

	private final AtomicReference<Model> model = new AtomicReference<>();

	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicReference<String> lastError = new AtomicReference<>();

	/**
	 * Trains the first model on the caller's thread.
	 * @param catalog the catalog loaded at start-up
	 * @param trainer trains a classifier on a catalog
	 * @param cache wraps a freshly trained classifier in its own cache
	 * @param retrainer runs the background retrains, one at a time
	 * @param clock tells when a model was trained
	 */
	public CurrentModel(IntentCatalog catalog, Function<IntentCatalog, IntentClassifier> trainer,
			UnaryOperator<IntentClassifier> cache, Executor retrainer, Clock clock) {
		this.trainer = trainer;
		this.cache = cache;
		this.retrainer = retrainer;
		this.clock = clock;
		this.catalog = new AtomicReference<>(catalog);
		this.model.set(train(catalog, 1));
	}

	@Override
	public Prediction classify(String text) {
		return this.model.get().classifier().classify(text);
	}

	/**
	 * The catalog in use right now: the one loaded at start-up, then the latest one given to {@link #replaceCatalog}.
	 */
	@Override
	public IntentCatalog get() {
		return this.catalog.get();
	}

	/**
	 * The model that answers requests right now.
	 */
	public Model model() {
		return this.model.get();
	}

	/**
	 * Makes the catalog current at once and queues a retrain on it in the background.
	 */
	public void replaceCatalog(IntentCatalog next) {
		this.catalog.set(next);
		if (this.queued.compareAndSet(false, true)) {
			this.retrainer.execute(this::retrainLatest);
		}
	}

	/**
	 * Trains a model on the catalog on the caller's thread and swaps it in; synchronized so that two retrains never
	 * interleave and versions increase in the order the models were swapped in.
	 */
	public synchronized Model retrain(IntentCatalog catalog) {
		Model trained = train(catalog, this.model.get().version() + 1);
		this.model.set(trained);
		return trained;
	}

	/**
	 * Whether a newer model is queued or being trained.
	 */
	public boolean training() {
		return this.queued.get() || this.running.get() > 0;
	}

	/**
	 * Why the last background retrain failed, or {@code null} when it did not.
	 */
	public String lastError() {
		return this.lastError.get();
	}

	private void retrainLatest() {
		this.running.incrementAndGet();
		this.queued.set(false);
		try {
			Model model = retrain(this.catalog.get());
			this.lastError.set(null);
			logger.info("Swapped in intent model version {} ({} examples of {} intents, trained in {} ms)",
					model.version(), model.examples(), model.intents(), model.trainingTime().toMillis());
		}
		catch (RuntimeException ex) {
			this.lastError.set(this.clock.instant() + ": " + ex.getMessage());
			logger.error("Retraining the intent model failed; the previous model stays in use", ex);
		}
		finally {
			this.running.decrementAndGet();
		}
	}

	private Model train(IntentCatalog catalog, long version) {
		long started = System.nanoTime();
		IntentClassifier classifier = this.cache.apply(this.trainer.apply(catalog));
		Duration trainingTime = Duration.ofNanos(System.nanoTime() - started);
		return new Model(classifier, version, this.clock.instant(), trainingTime, catalog.size(),
				catalog.exampleCount());
	}

	/**
	 * One trained model and what it was trained on.
	 *
	 * @param classifier the trained classifier, with its own cache
	 * @param version 1 for the model trained at start-up, then one more per retrain
	 * @param trainedAt when its training finished
	 * @param trainingTime how long the training took
	 * @param intents how many intents it knows
	 * @param examples how many training phrases it was trained on
	 */
	public record Model(IntentClassifier classifier, long version, Instant trainedAt, Duration trainingTime,
			int intents, int examples) {
	}

}
