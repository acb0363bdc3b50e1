package com.clinicfaq.chatbot.nlu;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence embeddings of the catalog's training phrases, kept on disk between runs so that a restart trains
 * without running the embedding model over every phrase again (that is most of the first start-up's training time).
 * <p>
 * An embedding depends only on the model and the (normalized) phrase, so the file is keyed by phrase and stamped with
 * the model's fingerprint: a file written for another model, a damaged file or an unreadable one is ignored and
 * rewritten, never trusted. The file holds exactly the phrases of the last catalog trained; it is replaced atomically
 * (written beside it, then moved), so a crash leaves the old file or the new one. Failing to write it only costs the
 * next start-up time, so it is logged, not thrown.
 */
public final class EmbeddingCacheFile {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddingCacheFile.class);

	private static final int MAGIC = 0x4B514545;

	private static final int VERSION = 1;

	private static final int MAX_PHRASE_BYTES = 1 << 16;

	private final Path file;

	/** The phrases the file holds, as last read or written; {@code null} before the first read. */
	private Set<String> stored;

	public EmbeddingCacheFile(Path file) {
		this.file = file;
	}

	Path file() {
		return this.file;
	}

	synchronized boolean isUnread() {
		return this.stored == null;
	}

	/**
	 * The phrases' embeddings: from the embedder's memory, else from this file (read once), else computed; the file
	 * is then brought up to date with exactly these phrases. The intent model and the risk detector each keep their
	 * own file.
	 */
	public List<float[]> embed(SentenceEmbedder embedder, List<String> phrases) {
		if (isUnread()) {
			embedder.rememberTrainingPhrases(read(embedder.fingerprint(), embedder.dimension()));
		}
		List<float[]> vectors = embedder.embedTrainingPhrases(phrases);
		Map<String, float[]> byPhrase = new HashMap<>();
		for (int i = 0; i < phrases.size(); i++) {
			byPhrase.put(phrases.get(i), vectors.get(i));
		}
		write(embedder.fingerprint(), embedder.dimension(), byPhrase);
		return vectors;
	}

	/**
	 * The embeddings in the file, or none when it is missing, damaged or written for another model.
	 */
	synchronized Map<String, float[]> read(String fingerprint, int dimension) {
		Map<String, float[]> embeddings = new HashMap<>();
		try (InputStream stream = Files.newInputStream(this.file);
				DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
			if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(fingerprint)
					|| in.readInt() != dimension) {
				logger.info("Ignoring {}: written by another version or model", this.file);
				this.stored = Set.of();
				return Map.of();
			}
			int count = in.readInt();
			if (count < 0 || (long) count * dimension * Float.BYTES > Files.size(this.file)) {
				throw new IOException("bad entry count " + count);
			}
			for (int entry = 0; entry < count; entry++) {
				int length = in.readInt();
				if (length < 0 || length > MAX_PHRASE_BYTES) {
					throw new IOException("bad phrase length " + length);
				}
				byte[] phrase = new byte[length];
				in.readFully(phrase);
				float[] vector = new float[dimension];
				for (int i = 0; i < dimension; i++) {
					vector[i] = in.readFloat();
				}
				embeddings.put(new String(phrase, StandardCharsets.UTF_8), vector);
			}
			if (in.read() != -1) {
				throw new IOException("unexpected bytes after " + count + " entries");
			}
		}
		catch (NoSuchFileException ex) {
			embeddings.clear();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Ignoring the embedding cache {}, which cannot be read ({}); it will be rewritten", this.file,
					ex.toString());
			embeddings.clear();
		}
		this.stored = Set.copyOf(embeddings.keySet());
		return embeddings;
	}

	/**
	 * Replaces the file with these embeddings, unless it already holds exactly these phrases.
	 */
	synchronized void write(String fingerprint, int dimension, Map<String, float[]> embeddings) {
		if (embeddings.keySet().equals(this.stored)) {
			return;
		}
		Path temporary = null;
		try {
			Path directory = this.file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, this.file.getFileName().toString(), ".tmp");
			try (OutputStream stream = Files.newOutputStream(temporary);
					DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
				out.writeInt(MAGIC);
				out.writeInt(VERSION);
				out.writeUTF(fingerprint);
				out.writeInt(dimension);
				out.writeInt(embeddings.size());
				for (Map.Entry<String, float[]> entry : embeddings.entrySet()) {
					byte[] phrase = entry.getKey().getBytes(StandardCharsets.UTF_8);
					if (phrase.length > MAX_PHRASE_BYTES || entry.getValue().length != dimension) {
						throw new IllegalArgumentException("Cannot cache an embedding of " + phrase.length
								+ " phrase bytes and " + entry.getValue().length + " dimensions");
					}
					out.writeInt(phrase.length);
					out.write(phrase);
					for (float value : entry.getValue()) {
						out.writeFloat(value);
					}
				}
			}
			move(temporary, this.file);
			this.stored = Set.copyOf(embeddings.keySet());
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not write the embedding cache {} ({}); the next start-up will embed every phrase again",
					this.file, ex.toString());
			deleteQuietly(temporary);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				logger.debug("Could not delete {}", path, ex);
			}
		}
	}

}
