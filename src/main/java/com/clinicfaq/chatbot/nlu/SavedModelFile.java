package com.clinicfaq.chatbot.nlu;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import opennlp.tools.ml.model.MaxentModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One trained maximum-entropy model kept on disk under a key (a digest of everything its training read), so that a
 * restart loads it instead of training it again. A missing file, another key or a damaged file means training; the
 * file is replaced atomically, and failing to write it only costs the next start-up time, so it is logged, not
 * thrown. The models are written with OpenNLP's own {@code GenericModelWriter}, as the intent model's artifact is.
 */
public final class SavedModelFile {

	private static final Logger logger = LoggerFactory.getLogger(SavedModelFile.class);

	private static final String MAGIC = "clinicfaq-saved-model";

	private final Path file;

	public SavedModelFile(Path file) {
		this.file = file;
	}

	/**
	 * The model saved under this key, else the one {@code training} returns, which is then saved under the key.
	 */
	public MaxentModel loadOrTrain(String key, Supplier<MaxentModel> training) {
		MaxentModel saved = load(key);
		if (saved != null) {
			return saved;
		}
		MaxentModel model = training.get();
		save(key, model);
		return model;
	}

	private MaxentModel load(String key) {
		if (!Files.isRegularFile(this.file)) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(Files.newInputStream(this.file))) {
			if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
				logger.info("The saved model {} was trained on other data or code; training", this.file);
				return null;
			}
			return IntentModelArtifact.readModel(in);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Ignoring the damaged model {} ({}); training", this.file, ex.toString());
			return null;
		}
	}

	private void save(String key, MaxentModel model) {
		try {
			Path parent = this.file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temporary = Files.createTempFile(parent, this.file.getFileName().toString(), ".tmp");
			try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temporary))) {
				out.writeUTF(MAGIC);
				out.writeUTF(key);
				IntentModelArtifact.writeModel(out, model);
			}
			Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Cannot save the model to {} ({}); the next start-up trains it again", this.file,
					ex.toString());
		}
	}

}
