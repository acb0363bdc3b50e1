package com.clinicfaq.chatbot.safety;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import com.clinicfaq.chatbot.nlu.SavedModelFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trained risk detector kept on disk, so that a restart reads it instead of embedding ten thousand sentences and
 * training: its sentences' embeddings as one array of floats in {@link NearestSentences}' layout
 * ({@code risk-detector-index.bin}, read in one go through a {@link FileChannel}) and its linear model
 * ({@code risk-detector.bin}, a {@link SavedModelFile}), both under one key: a digest of everything they depend on
 * (every sentence as written with its label and origin, a fingerprint of how sentences are prepared, the training
 * weights, the encoder's fingerprint and this format's version). Another key, a damaged or truncated file means
 * embedding and training again; files are replaced atomically, and failing to write them only costs the next
 * start-up time, so it is logged, not thrown.
 */
final class SavedDetector {

	private static final Logger logger = LoggerFactory.getLogger(SavedDetector.class);

	private static final int MAGIC = 0x4B524958;

	/** Part of the key: a change here trains the detector again. */
	private static final int VERSION = 2;

	/**
	 * The index file's layout, apart from the key: version 3 kept the eight-bit codes, scales and errors after the
	 * vectors; version 4 stores the vectors one after the other (the codes stay in blocks). A file of another layout is rebuilt from the saved embeddings (the model itself, keyed by
	 * {@link #VERSION}, still loads).
	 */
	private static final int FORMAT = 4;

	/** Floats read per system call (256 KB). */
	private static final int CHUNK_FLOATS = 1 << 16;

	private final Path index;

	private final SavedModelFile model;

	private final Path hiddenLayer;

	private final String encoder;

	private final String preparation;

	/**
	 * @param folder where the files are kept
	 * @param encoder the sentence encoder's fingerprint (its model, tokenizer and pooling)
	 * @param preparation a fingerprint of how sentences are prepared before they are embedded (for the screen:
	 * {@link SafetyScreen#preparation()})
	 */
	SavedDetector(Path folder, String encoder, String preparation) {
		this(folder, "risk-detector", encoder, preparation);
	}

	/**
	 * As {@link #SavedDetector(Path, String, String)}, the files named {@code NAME-index.bin} and {@code NAME.bin}
	 * (a second detector over another encoder keeps its own).
	 */
	SavedDetector(Path folder, String name, String encoder, String preparation) {
		this.index = folder.resolve(name + "-index.bin");
		this.model = new SavedModelFile(folder.resolve(name + ".bin"));
		this.hiddenLayer = folder.resolve(name + "-hidden.bin");
		this.encoder = encoder;
		this.preparation = preparation;
	}

	SavedModelFile model() {
		return this.model;
	}

	/**
	 * The model with a hidden layer saved under this key ({@code NAME-hidden.bin}), else the one {@code training}
	 * returns, which is then saved under the key.
	 */
	HiddenLayerModel loadOrTrainHiddenLayer(String key, Supplier<HiddenLayerModel> training) {
		if (Files.isRegularFile(this.hiddenLayer)) {
			try (DataInputStream in = new DataInputStream(
					new BufferedInputStream(Files.newInputStream(this.hiddenLayer)))) {
				if (in.readInt() == MAGIC && key.equals(in.readUTF())) {
					return HiddenLayerModel.read(in);
				}
				logger.info("The saved model {} was trained on other data or code; training", this.hiddenLayer);
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Ignoring the damaged model {} ({}); training", this.hiddenLayer, ex.toString());
			}
		}
		HiddenLayerModel trained = training.get();
		try {
			Path parent = this.hiddenLayer.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temporary = Files.createTempFile(parent, this.hiddenLayer.getFileName().toString(), ".tmp");
			try (DataOutputStream out = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(temporary)))) {
				out.writeInt(MAGIC);
				out.writeUTF(key);
				trained.write(out);
			}
			Files.move(temporary, this.hiddenLayer, StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Cannot save the model to {} ({}); the next start-up trains it again", this.hiddenLayer,
					ex.toString());
		}
		return trained;
	}

	/**
	 * The key of a detector trained on these sentences, prepared as the fingerprint given at construction says, with
	 * these settings. It reads the sentences as written, so a restart that finds its saved detector never prepares
	 * (normalizes and masks) ten thousand sentences: that was most of a restart's work.
	 */
	String key(List<RiskExample> examples, String settings) {
		return key(this.encoder, this.preparation, examples, settings);
	}

	/**
	 * As {@link #key(List, String)} for a detector of this encoder's fingerprint and this preparation's, saved or
	 * not: the detectors trained in a process without saved files are shared under it too ({@link RiskDetectors}).
	 */
	static String key(String encoder, String preparation, List<RiskExample> examples, String settings) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("risk-detector-index;v" + VERSION + ";" + settings + ";encoder=" + encoder
					+ ";preparation=" + preparation + ";rows=" + examples.size())
				.getBytes(StandardCharsets.UTF_8));
			for (RiskExample example : examples) {
				digest.update(("\n" + example.urgency().name() + ";" + example.written() + ";" + example.text())
					.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The saved sentences' embeddings when they were saved under this key, else {@code null}.
	 */
	NearestSentences load(String key, int count) {
		if (!Files.isRegularFile(this.index)) {
			return null;
		}
		try (FileChannel channel = FileChannel.open(this.index, StandardOpenOption.READ)) {
			byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
			ByteBuffer header = ByteBuffer.allocate(4 * Integer.BYTES + keyBytes.length).order(ByteOrder.LITTLE_ENDIAN);
			readFully(channel, header);
			header.flip();
			if (header.getInt() != MAGIC || header.getInt() != FORMAT || header.getInt() != keyBytes.length) {
				logger.info("The saved risk detector {} was written by another version; training", this.index);
				return null;
			}
			byte[] savedKey = new byte[keyBytes.length];
			header.get(savedKey);
			if (!Arrays.equals(savedKey, keyBytes) || header.getInt() != count) {
				logger.info("The saved risk detector {} was trained on other data or code; training", this.index);
				return null;
			}
			ByteBuffer sizes = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
			readFully(channel, sizes);
			int dimension = sizes.flip().getInt();
			long values = (long) count * dimension;
			long codeCount = (long) NearestSentences.blockCount(count) * NearestSentences.BLOCK * dimension;
			if (dimension <= 0 || savedBytes(values, codeCount, count) != channel.size() - channel.position()) {
				throw new IOException("unexpected size " + channel.size() + " for " + count + " vectors of "
						+ dimension);
			}
			ByteBuffer chunk = ByteBuffer.allocate(CHUNK_FLOATS * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
			float[] rows = new float[(int) values];
			readFloats(channel, chunk, rows);
			byte[] codes = new byte[(int) codeCount];
			readBytes(channel, chunk, codes);
			float[] scales = new float[count];
			readFloats(channel, chunk, scales);
			ByteBuffer doubles = ByteBuffer.allocate((count + 1) * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
			readFully(channel, doubles);
			double[] errors = new double[count];
			doubles.flip().asDoubleBuffer().get(errors);
			double maxNorm = doubles.getDouble(count * Double.BYTES);
			return NearestSentences.ofSaved(count, dimension, rows, codes, scales, errors, maxNorm);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Ignoring the damaged risk detector {} ({}); training", this.index, ex.toString());
			return null;
		}
	}

	/**
	 * Saves the sentences' embeddings under this key.
	 */
	void save(String key, NearestSentences sentences) {
		Path temporary = null;
		try {
			Path folder = this.index.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, this.index.getFileName().toString(), ".tmp");
			byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
			float[] rows = sentences.rows();
			ByteBuffer header = ByteBuffer.allocate(5 * Integer.BYTES + keyBytes.length).order(ByteOrder.LITTLE_ENDIAN);
			header.putInt(MAGIC).putInt(FORMAT).putInt(keyBytes.length).put(keyBytes);
			header.putInt(sentences.count()).putInt(sentences.dimension()).flip();
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				writeFully(channel, header);
				ByteBuffer chunk = ByteBuffer.allocate(CHUNK_FLOATS * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
				writeFloats(channel, chunk, rows);
				writeBytes(channel, chunk, sentences.codes());
				writeFloats(channel, chunk, sentences.scales());
				double[] errors = sentences.errors();
				ByteBuffer doubles = ByteBuffer.allocate((errors.length + 1) * Double.BYTES)
					.order(ByteOrder.LITTLE_ENDIAN);
				doubles.asDoubleBuffer().put(errors).put(sentences.maxNorm());
				writeFully(channel, doubles);
			}
			try {
				Files.move(temporary, this.index, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.index, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Cannot save the risk detector to {} ({}); the next start-up trains it again", this.index,
					ex.toString());
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// nothing more to do: a stray temporary file
				}
			}
		}
	}

	/** The bytes after the header: the vectors, their codes, scales and errors, and the largest norm. */
	private static long savedBytes(long values, long codes, int count) {
		return values * Float.BYTES + codes + (long) count * (Float.BYTES + Double.BYTES) + Double.BYTES;
	}

	/**
	 * In chunks, as {@link #readFloats} reads them: a copy of the whole index would need tens of megabytes of heap on
	 * top of the detector itself, more than the container's heap has while it trains.
	 */
	private static void writeFloats(FileChannel channel, ByteBuffer chunk, float[] values) throws IOException {
		for (int done = 0; done < values.length;) {
			int floats = Math.min(chunk.capacity() / Float.BYTES, values.length - done);
			chunk.clear();
			chunk.asFloatBuffer().put(values, done, floats);
			chunk.limit(floats * Float.BYTES);
			writeFully(channel, chunk);
			done += floats;
		}
	}

	private static void writeBytes(FileChannel channel, ByteBuffer chunk, byte[] values) throws IOException {
		for (int done = 0; done < values.length;) {
			int bytes = Math.min(chunk.capacity(), values.length - done);
			chunk.clear();
			chunk.put(values, done, bytes).flip();
			writeFully(channel, chunk);
			done += bytes;
		}
	}

	private static void readBytes(FileChannel channel, ByteBuffer chunk, byte[] values) throws IOException {
		for (int done = 0; done < values.length;) {
			int bytes = Math.min(chunk.capacity(), values.length - done);
			chunk.clear().limit(bytes);
			readFully(channel, chunk);
			chunk.flip().get(values, done, bytes);
			done += bytes;
		}
	}

	private static void readFloats(FileChannel channel, ByteBuffer chunk, float[] values) throws IOException {
		for (int done = 0; done < values.length;) {
			int floats = Math.min(chunk.capacity() / Float.BYTES, values.length - done);
			chunk.clear().limit(floats * Float.BYTES);
			readFully(channel, chunk);
			chunk.flip().asFloatBuffer().get(values, done, floats);
			done += floats;
		}
	}

	private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	private static void readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			if (channel.read(buffer) < 0) {
				throw new IOException("truncated");
			}
		}
	}

}
