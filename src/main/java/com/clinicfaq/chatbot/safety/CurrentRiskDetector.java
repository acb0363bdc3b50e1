package com.clinicfaq.chatbot.safety;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The risk detector in use, and how it follows the catalog: the detector trains on the catalog's phrases too (crisis
 * and emergency phrases as urgent, the rest as ordinary), so when staff teach a phrase, {@link #catalogChanged} queues
 * a retrain on its own executor and the new detector is swapped in with one atomic set. Messages screened meanwhile
 * use the previous detector; the rules never wait for it. Catalogs given while a training runs are all picked up by
 * one more training on the newest catalog; a failed training keeps the previous detector.
 */
public class CurrentRiskDetector implements Supplier<RiskDetector> {

	private static final Logger logger = LoggerFactory.getLogger(CurrentRiskDetector.class);

	private final Function<IntentCatalog, RiskDetector> trainer;

	private final Executor retrainer;

	private final AtomicReference<RiskDetector> detector;

	private final AtomicReference<IntentCatalog> latest = new AtomicReference<>();

	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicInteger swaps = new AtomicInteger();

	/**
	 * @param initial the detector trained at start-up
	 * @param trainer trains a detector on the detector data and a catalog's phrases
	 * @param retrainer runs the background retrains, one at a time
	 */
	public CurrentRiskDetector(RiskDetector initial, Function<IntentCatalog, RiskDetector> trainer, Executor retrainer) {
		this.detector = new AtomicReference<>(initial);
		this.trainer = trainer;
		this.retrainer = retrainer;
	}

	@Override
	public RiskDetector get() {
		return this.detector.get();
	}

	/**
	 * Queues a retrain on this catalog (or a newer one given before the training starts).
	 */
	public void catalogChanged(IntentCatalog catalog) {
		this.latest.set(catalog);
		if (this.queued.compareAndSet(false, true)) {
			this.retrainer.execute(this::retrainLatest);
		}
	}

	/**
	 * How many retrained detectors were swapped in since start-up.
	 */
	public int swaps() {
		return this.swaps.get();
	}

	private void retrainLatest() {
		this.queued.set(false);
		IntentCatalog catalog = this.latest.get();
		long started = System.nanoTime();
		try {
			RiskDetector trained = this.trainer.apply(catalog);
			this.detector.set(trained);
			this.swaps.incrementAndGet();
			logger.info("Swapped in a risk detector retrained on {} sentences with the catalog's new phrases ({} ms)",
					trained.examples(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			logger.error("Retraining the risk detector failed; the previous detector stays in use", ex);
		}
	}

}
