package com.clinicfaq.chatbot.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.clinicfaq.chatbot.intents.CurrentCatalog;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.nlu.CachingIntentClassifier;
import com.clinicfaq.chatbot.nlu.RetrainableIntentClassifier;
import com.clinicfaq.chatbot.nlu.RetrainableIntentClassifier.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teaches the bot a phrase it missed: checks it, saves it to the intent's file, makes it part of the current catalog,
 * then retrains the model in the background and swaps it in.
 * <p>
 * Phrases are added one at a time ({@code synchronized}). Retraining runs on its own single thread so requests keep
 * using the previous model meanwhile; phrases added during a training are all picked up by one more training, which
 * always trains on the newest catalog. After each swap the classification cache is emptied, so a question that was
 * missed (and cached) before is classified again by the new model.
 */
class ExampleTeacher {

	private static final Logger logger = LoggerFactory.getLogger(ExampleTeacher.class);

	static final int MAX_LENGTH = 300;

	private final Path directory;

	private final CurrentCatalog catalog;

	private final RetrainableIntentClassifier classifier;

	private final CachingIntentClassifier cache;

	private final IntentFileEditor editor;

	private final Executor trainer;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicReference<String> lastError = new AtomicReference<>();

	ExampleTeacher(Path directory, CurrentCatalog catalog, RetrainableIntentClassifier classifier,
			CachingIntentClassifier cache, IntentFileEditor editor, Executor trainer) {
		this.directory = directory;
		this.catalog = catalog;
		this.classifier = classifier;
		this.cache = cache;
		this.editor = editor;
		this.trainer = trainer;
	}

	/**
	 * Adds the phrase to the intent and starts a retrain; blocking file I/O, so callers run it off the event loop.
	 */
	synchronized Taught teach(String intent, String text) {
		String example = clean(text);
		IntentCatalog current = this.catalog.get();
		IntentDefinition definition = current.find(intent)
			.orElseThrow(() -> new StaffRequestException(404, "There is no intent named '" + intent + "'."));
		Optional<String> owner = current.ownerOf(example);
		if (owner.isPresent()) {
			throw new StaffRequestException(409,
					owner.get().equals(intent) ? "'" + example + "' is already a phrase of intent '" + intent + "'."
							: "'" + example + "' is already a phrase of another intent, '" + owner.get() + "'.");
		}
		Path file = fileOf(definition);
		IntentDefinition saved = this.editor.appendExample(file, example);
		IntentCatalog next = current.withExample(intent, example);
		this.catalog.set(next);
		logger.info("Added the phrase '{}' to intent '{}' ({})", example, intent, file);
		requestRetrain();
		return new Taught(intent, example, file.toString(), saved.examples().size(), next.exampleCount(),
				this.classifier.model().version());
	}

	/**
	 * The model in use, and whether a newer one is being trained.
	 */
	ModelStatus status() {
		Model model = this.classifier.model();
		return new ModelStatus(model.version(), model.trainedAt(), model.trainingTime().toMillis(), model.intents(),
				model.examples(), this.catalog.get().exampleCount(), training(), this.lastError.get());
	}

	boolean training() {
		return this.queued.get() || this.running.get() > 0;
	}

	private void requestRetrain() {
		if (this.queued.compareAndSet(false, true)) {
			this.trainer.execute(this::retrain);
		}
	}

	private void retrain() {
		this.running.incrementAndGet();
		this.queued.set(false);
		try {
			IntentCatalog latest = this.catalog.get();
			Model model = this.classifier.retrain(latest);
			this.cache.invalidateAll();
			this.lastError.set(null);
			logger.info("Swapped in intent model version {} ({} examples of {} intents, trained in {} ms)",
					model.version(), model.examples(), model.intents(), model.trainingTime().toMillis());
		}
		catch (RuntimeException ex) {
			this.lastError.set(Instant.now() + ": " + ex.getMessage());
			logger.error("Retraining the intent model failed; the previous model stays in use", ex);
		}
		finally {
			this.running.decrementAndGet();
		}
	}

	private Path fileOf(IntentDefinition definition) {
		for (String extension : new String[] { ".yaml", ".yml" }) {
			Path file = this.directory.resolve(definition.name() + extension);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new StaffRequestException(409, "The file of intent '" + definition.name() + "' is missing in "
				+ this.directory + ".");
	}

	static String clean(String text) {
		if (text == null || text.isBlank()) {
			throw new StaffRequestException(400, "The field 'text' must not be empty.");
		}
		String example = text.strip().replaceAll("\\s+", " ");
		if (example.codePoints().anyMatch((c) -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
			throw new StaffRequestException(400, "The field 'text' must not contain control characters.");
		}
		int length = example.codePointCount(0, example.length());
		if (length > MAX_LENGTH) {
			throw new StaffRequestException(400,
					"The field 'text' is " + length + " characters long; the limit is " + MAX_LENGTH + ".");
		}
		return example;
	}

	/**
	 * What was added.
	 *
	 * @param intent the intent
	 * @param text the phrase as saved
	 * @param file the intent file it was saved to
	 * @param intentExamples how many phrases the intent has now
	 * @param catalogExamples how many phrases all intents have now; the new model is in use once the model's
	 * {@code examples} reaches this
	 * @param modelVersion the version of the model still in use while the new one trains
	 */
	record Taught(String intent, String text, String file, int intentExamples, int catalogExamples,
			long modelVersion) {
	}

	/**
	 * The body of {@code GET /api/v1/model}.
	 *
	 * @param version 1 at start-up, one more per retrain
	 * @param trainedAt when the model in use was trained
	 * @param trainingMillis how long that took
	 * @param intents how many intents the model knows
	 * @param examples how many phrases it was trained on
	 * @param catalogExamples how many phrases the intent files hold now
	 * @param training whether a newer model is being trained
	 * @param lastError why the last retrain failed, or {@code null}
	 */
	record ModelStatus(long version, Instant trainedAt, long trainingMillis, int intents, int examples,
			int catalogExamples, boolean training, String lastError) {
	}

}
