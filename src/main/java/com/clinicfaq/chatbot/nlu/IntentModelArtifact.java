package com.clinicfaq.chatbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trained classifier kept in one file, so that a restart loads it instead of training again. The file is keyed
 * by a hash of everything training depends on: {@link #MODEL_VERSION} (raise it whenever code changes what
 * training produces: features, normalization, the models' shape), the training properties, the sentence encoder's
 * fingerprint and every intent's name and examples in order. A file with another key, or a damaged one, is ignored
 * (and replaced after training).
 * <p>
 * Only the two bare {@link MaxentModel}s are stored (OpenNLP's own binary model format, parameters as doubles):
 * feature extraction is rebuilt from our code and properties, never from class names saved in the file, so
 * OpenNLP's {@code DoccatFactory} traps (generator arguments lost on reload, class allow-lists) do not apply.
 */
final class IntentModelArtifact {

	/** Raise when code changes what training produces for the same catalog and properties. */
	static final int MODEL_VERSION = 2;

	private static final String MAGIC = "clinicfaq-intent-model";

	private static final Logger logger = LoggerFactory.getLogger(IntentModelArtifact.class);

	private final Path file;

	IntentModelArtifact(Path file) {
		this.file = file;
	}

	Path file() {
		return this.file;
	}

	/**
	 * The key of a model trained on these examples with these properties.
	 */
	static String key(Map<String, List<String>> examplesByIntent, NluProperties properties, String encoder) {
		MessageDigest digest = sha256();
		update(digest, "model-version=" + MODEL_VERSION);
		update(digest, "algorithm=" + properties.algorithm() + ";iterations=" + properties.iterations() + ";cutoff="
				+ properties.cutoff() + ";l2=" + properties.l2Cost() + ";chars=" + properties.charNGramMin() + "-"
				+ properties.charNGramMax() + ";embeddings=" + properties.embeddings() + ";weight="
				+ properties.embeddingWeight() + ";embeddingIterations=" + properties.embeddingIterations());
		update(digest, "encoder=" + encoder);
		examplesByIntent.forEach((intent, examples) -> {
			update(digest, "intent=" + intent);
			examples.forEach((example) -> update(digest, "example=" + example));
		});
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Each part is length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently. */
	private static void update(MessageDigest digest, String part) {
		byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
		int n = bytes.length;
		digest.update(new byte[] { (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n });
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes the classifier's models under the key, through a temporary file and an atomic move, so that a crash
	 * never leaves half a model where the next start-up looks.
	 */
	void save(OpenNlpIntentClassifier classifier, String key) {
		try {
			Path parent = this.file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temporary = Files.createTempFile(parent, this.file.getFileName().toString(), ".tmp");
			try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temporary))) {
				out.writeUTF(MAGIC);
				out.writeUTF(key);
				writeModel(out, classifier.wordModel());
				out.writeBoolean(classifier.embeddingModel() != null);
				if (classifier.embeddingModel() != null) {
					writeModel(out, classifier.embeddingModel());
				}
			}
			Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot save the intent model to " + this.file, ex);
		}
	}

	static void writeModel(DataOutputStream out, MaxentModel model) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// the writer closes its stream when done, so each model is written to memory first
		new GenericModelWriter((AbstractModel) model, new DataOutputStream(bytes)).persist();
		out.writeInt(bytes.size());
		bytes.writeTo(out);
	}

	/**
	 * The classifier saved under this key, or {@code null} when there is no file, another key, or a damaged file.
	 */
	OpenNlpIntentClassifier load(String key, Map<String, List<String>> examplesByIntent, TextNormalizer normalizer,
			NluProperties properties) {
		return load(key, examplesByIntent, normalizer, properties, null);
	}

	/**
	 * The classifier saved under this key (a neighbour vote, when on, takes the phrases' embeddings from
	 * {@code cache} when it has them), or {@code null} when there is no file, another key, or a damaged file.
	 */
	OpenNlpIntentClassifier load(String key, Map<String, List<String>> examplesByIntent, TextNormalizer normalizer,
			NluProperties properties, EmbeddingCacheFile cache) {
		if (!Files.isRegularFile(this.file)) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(Files.newInputStream(this.file))) {
			if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
				logger.info("The saved intent model {} is for another catalog or code version; training", this.file);
				return null;
			}
			MaxentModel words = readModel(in);
			MaxentModel embeddings = in.readBoolean() ? readModel(in) : null;
			if ((embeddings != null) != properties.embeddings()) {
				return null;
			}
			return IntentModelTrainer.restore(words, embeddings, examplesByIntent, normalizer, properties, cache);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Ignoring the damaged intent model {} ({}); training", this.file, ex.toString());
			return null;
		}
	}

	static MaxentModel readModel(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length <= 0 || length > 512 * 1024 * 1024) {
			throw new IOException("Implausible model length " + length);
		}
		byte[] bytes = in.readNBytes(length);
		if (bytes.length != length) {
			throw new IOException("The model file ends early");
		}
		InputStream model = new ByteArrayInputStream(bytes);
		return new GenericModelReader(new BinaryFileDataReader(model)).getModel();
	}

}
