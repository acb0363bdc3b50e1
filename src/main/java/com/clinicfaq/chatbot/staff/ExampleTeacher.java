package com.clinicfaq.chatbot.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.IntentFileEditor;
import com.clinicfaq.chatbot.nlu.CurrentModel;
import com.clinicfaq.chatbot.nlu.CurrentModel.Model;
import com.clinicfaq.chatbot.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

/**
 * Teaches the bot a phrase it missed: checks it, saves it to the intent's file, makes it part of the current catalog,
 * and lets {@link CurrentModel} retrain the model (and the listener, the risk detector) in the background and swap it
 * in.
 * <p>
 * Phrases are added one at a time ({@code synchronized}), so each one is checked against the catalog that includes
 * the phrase added before it.
 * <p>
 * A taught phrase goes to the intent's curated {@code examples}, not to its {@code visitorExamples}: staff read it in
 * a transcript and chose its intent, and the risk detector learns it too, so a visitor's ordinary question that once
 * raised a false alarm stops raising it. It must not already be an example or a visitor example of any intent.
 */
class ExampleTeacher {

	private static final Logger logger = LoggerFactory.getLogger(ExampleTeacher.class);

	static final int MAX_LENGTH = 300;

	private final Path directory;

	private final CurrentModel model;

	private final IntentFileEditor editor;

	private final Consumer<IntentCatalog> catalogListener;

	ExampleTeacher(Path directory, CurrentModel model, IntentFileEditor editor) {
		this(directory, model, editor, (catalog) -> {
		});
	}

	/**
	 * @param catalogListener told of every new catalog after the intent model's retrain is queued (the risk detector
	 * learns the taught phrases too); it must return at once
	 */
	ExampleTeacher(Path directory, CurrentModel model, IntentFileEditor editor,
			Consumer<IntentCatalog> catalogListener) {
		this.directory = directory;
		this.model = model;
		this.editor = editor;
		this.catalogListener = catalogListener;
	}

	/**
	 * Adds the phrase to the intent and starts a retrain; blocking file I/O, so callers run it off the event loop.
	 */
	synchronized Taught teach(String intent, String text) {
		String example = clean(text);
		IntentCatalog current = this.model.get();
		IntentDefinition definition = current.find(intent)
			.orElseThrow(() -> new InvalidRequestException(HttpStatus.NOT_FOUND, "There is no intent named '" + intent + "'."));
		Optional<String> owner = current.ownerOf(example);
		if (owner.isPresent()) {
			throw new InvalidRequestException(HttpStatus.CONFLICT,
					owner.get().equals(intent) ? "'" + example + "' is already a phrase of intent '" + intent + "'."
							: "'" + example + "' is already a phrase of another intent, '" + owner.get() + "'.");
		}
		Path file = fileOf(definition);
		IntentDefinition saved = this.editor.appendExample(file, example);
		IntentCatalog next = current.withExample(intent, example);
		this.model.replaceCatalog(next);
		this.catalogListener.accept(next);
		logger.info("Added the phrase '{}' to intent '{}' ({})", example, intent, file);
		return new Taught(intent, example, file.toString(), saved.examples().size(), next.exampleCount(),
				this.model.model().version());
	}

	/**
	 * The model in use, and whether a newer one is being trained.
	 */
	ModelStatus status() {
		Model model = this.model.model();
		return new ModelStatus(model.version(), model.trainedAt(), model.trainingTime().toMillis(), model.intents(),
				model.examples(), this.model.get().exampleCount(), this.model.training(), this.model.lastError());
	}

	private Path fileOf(IntentDefinition definition) {
		for (String extension : new String[] { ".yaml", ".yml" }) {
			Path file = this.directory.resolve(definition.name() + extension);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new InvalidRequestException(HttpStatus.CONFLICT, "The file of intent '" + definition.name() + "' is missing in "
				+ this.directory + ".");
	}

	static String clean(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The field 'text' must not be empty.");
		}
		String example = text.strip().replaceAll("\\s+", " ");
		if (example.codePoints().anyMatch((c) -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The field 'text' must not contain control characters.");
		}
		int length = example.codePointCount(0, example.length());
		if (length > MAX_LENGTH) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
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
