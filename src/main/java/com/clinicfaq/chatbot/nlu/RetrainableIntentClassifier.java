package com.clinicfaq.chatbot.nlu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.clinicfaq.chatbot.intents.IntentCatalog;

/**
 * An {@link IntentClassifier} whose model can be replaced while the service runs: a new model is trained on the
 * caller's thread while every request keeps using the current one, then swapped in with one atomic reference set, so
 * no request ever sees a half-trained model.
 */
public class RetrainableIntentClassifier implements IntentClassifier {

	private final Function<IntentCatalog, IntentClassifier> trainer;

	private final Clock clock;

	private final AtomicReference<Model> current = new AtomicReference<>();

	public RetrainableIntentClassifier(IntentCatalog catalog, Function<IntentCatalog, IntentClassifier> trainer,
			Clock clock) {
		this.trainer = trainer;
		this.clock = clock;
		this.current.set(train(catalog, 1));
	}

	@Override
	public Prediction classify(String text) {
		return this.current.get().classifier().classify(text);
	}

	/**
	 * Trains a model on the catalog and swaps it in; synchronized so that two retrains never interleave and versions
	 * increase in the order the models were swapped in.
	 */
	public synchronized Model retrain(IntentCatalog catalog) {
		Model trained = train(catalog, this.current.get().version() + 1);
		this.current.set(trained);
		return trained;
	}

	/**
	 * The model that answers requests right now.
	 */
	public Model model() {
		return this.current.get();
	}

	private Model train(IntentCatalog catalog, long version) {
		long started = System.nanoTime();
		IntentClassifier classifier = this.trainer.apply(catalog);
		Duration trainingTime = Duration.ofNanos(System.nanoTime() - started);
		return new Model(classifier, version, this.clock.instant(), trainingTime, catalog.size(),
				catalog.exampleCount());
	}

	/**
	 * One trained model and what it was trained on.
	 *
	 * @param classifier the trained classifier
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
