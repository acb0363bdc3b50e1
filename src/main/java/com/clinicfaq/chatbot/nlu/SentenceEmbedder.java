package com.clinicfaq.chatbot.nlu;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Sentence embeddings from a small quantized encoder that ships inside a Maven jar ({@link Encoder}: all-MiniLM-L6-v2
 * or bge-small-en-v1.5, as langchain4j publishes them), run in-process by ONNX Runtime (no network), pooled
 * the way each model was trained to be used (the mean of the token vectors, or the first token's vector) and scaled to
 * unit length.
 * <p>
 * The model is called directly rather than through langchain4j's wrapper, which tokenizes every text three times
 * and leaves ONNX Runtime's threading and graph optimizations at their defaults. One message's embedding runs on
 * one thread (timings: {@code docs/measurements.md}). Messages longer than the model's 512 tokens are cut at 512 (the start of a long
 * message carries its question). Thread-safe: ONNX Runtime sessions may run concurrently.
 */
public final class SentenceEmbedder {

	/**
	 * The encoders this class can run: the model and tokenizer files inside their Maven jar, how the token vectors are
	 * pooled into one and the prefix the model expects before a text.
	 */
	public enum Encoder {

		/** all-MiniLM-L6-v2, quantized (6 layers): mean pooling; batches through {@link BatchGraph}. */
		MINILM("all-minilm-l6-v2-q", true, "", "f0b08ed3"),

		/** bge-small-en-v1.5, quantized (12 layers): the first ([CLS]) token; no instruction for symmetric tasks. */
		BGE_SMALL("bge-small-en-v1.5-q", false, "", null);

		// e5-small-v2 (mean pooling, "query: " before every text) was measured and not kept: docs/measurements.md

		private final String files;

		private final boolean meanPooling;

		private final String prefix;

		/** The CRC-32C of the model that {@code <files>-batch-graph.onnx} was written for; null: no batch graph. */
		private final String batchGraphFor;

		Encoder(String files, boolean meanPooling, String prefix, String batchGraphFor) {
			this.files = files;
			this.meanPooling = meanPooling;
			this.prefix = prefix;
			this.batchGraphFor = batchGraphFor;
		}

		String batchGraphResource() {
			return this.files + "-batch-graph.onnx";
		}

		String modelResource() {
			return this.files + ".onnx";
		}

		String tokenizerResource() {
			return this.files + "-tokenizer.json";
		}

	}

	private static final int MAX_TOKENS = 512;

	private static final int DIMENSION = 384;

	/** From this many phrases to embed on, {@link #embedInBulk(List)} pays for loading a second session. */
	private static final int BULK_MINIMUM = 64;

	private static final Map<Encoder, SentenceEmbedder> SHARED = new ConcurrentHashMap<>();

	/**
	 * How many recent visitor texts' embeddings are kept: enough for the texts of the messages being answered at the
	 * moment, so that the risk detector and the intent classifier (when they share an encoder) embed a text they both
	 * read once (the classifier reads {@link TextNormalizer#embeddingText(String)}, which for most messages of one or
	 * two sentences is a unit the detector has just embedded); not a cache of repeated messages, which the classifier
	 * and the detector keep of their own results.
	 */
	private static final int RECENT_TEXTS = 1024;

	/**
	 * Embeddings of the texts embedded most recently by {@link #embed(String)} and {@link #embedAll(List)}, least
	 * recently used first out. A plain LRU, not a frequency-admitting cache: a text embedded ahead of its request's
	 * screen ({@link EmbeddingBatcher}) must still be here when the screen asks for it, after the texts of the other
	 * requests of its batch (about 50 at 32 requests in flight).
	 */
	private final Map<String, float[]> recent = new LinkedHashMap<>(RECENT_TEXTS * 2, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
			return size() > RECENT_TEXTS;
		}
	};

	/** At most this many texts in one batched run of the encoder. */
	static final int BATCH_ROWS = 16;

	/** Texts longer than this many tokens are embedded one at a time (a batch pads every text to its longest). */
	static final int BATCH_MAX_TOKENS = 64;

	/** Embeddings of training phrases, kept for the life of the process (a retrain embeds only new phrases). */
	private final Map<String, float[]> trainingPhrases = new ConcurrentHashMap<>();

	private final Encoder encoder;

	private final OrtEnvironment environment;

	private final OrtSession session;

	/**
	 * The session that embeds several texts in one run, each to the same vector bit for bit as {@link #session} gives
	 * it alone ({@link BatchGraph}): {@code null} until {@link #enableBatches()}, then loading or loaded (completed
	 * with {@code null} for an encoder without a batch graph). A second session costs about 45 MB of native memory
	 * (its weights, prepacked), so only a service that batches loads it; it loads on a thread of its own, so it never
	 * delays the first answer: until it is ready, {@link #embedAll(List)} runs texts one by one.
	 */
	private final AtomicReference<CompletableFuture<OrtSession>> batchSession = new AtomicReference<>();

	private final boolean takesTokenTypes;

	private final HuggingFaceTokenizer tokenizer;

	private final String fingerprint;

	private SentenceEmbedder(Encoder encoder, int threads) {
		this.encoder = encoder;
		this.environment = OrtEnvironment.getEnvironment();
		byte[] model = resource(encoder.modelResource());
		byte[] tokenizer = resource(encoder.tokenizerResource());
		this.session = session(model, threads);
		this.takesTokenTypes = this.session.getInputNames().contains("token_type_ids");
		try {
			this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizer), Map.of("padding",
					"false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.fingerprint = encoder.files + (encoder.meanPooling ? "/mean/" : "/cls/") + MAX_TOKENS + "/"
				+ (encoder.prefix.isEmpty() ? "" : encoder.prefix.strip() + "/") + crc(model) + "/" + crc(tokenizer);
	}

	private OrtSession session(byte[] model, int threads) {
		return session(model, threads, false);
	}

	private OrtSession session(byte[] model, int threads, boolean arena) {
		try (OrtSession.SessionOptions options = options(threads, arena)) {
			return this.environment.createSession(model, options);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Cannot load the sentence embedding model", ex);
		}
	}

	private static OrtSession.SessionOptions options(int threads, boolean arena) throws OrtException {
		OrtSession.SessionOptions options = new OrtSession.SessionOptions();
		options.setIntraOpNumThreads(threads);
		options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
		// single messages differ in length: the CPU arena and the per-shape memory patterns would keep growing with
		// every new length, for no measurable speed on tensors this small
		options.setCPUArenaAllocator(arena);
		options.setMemoryPatternOptimization(false);
		return options;
	}

	/**
	 * Starts loading the batch model (once; in the background): from then on {@link #embedAll(List)} runs texts of
	 * similar lengths together once it is loaded.
	 */
	public void enableBatches() {
		CompletableFuture<OrtSession> loading = new CompletableFuture<>();
		if (!this.batchSession.compareAndSet(null, loading)) {
			return;
		}
		if (this.encoder.batchGraphFor == null) {
			loading.complete(null);
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				loading.complete(batchSession());
			}
			catch (RuntimeException | Error ex) {
				// texts are then embedded one by one, to the same vectors
				System.getLogger(SentenceEmbedder.class.getName())
					.log(System.Logger.Level.WARNING, "Cannot load the sentence encoder's batch model", ex);
				loading.complete(null);
			}
		}, "encoder-batch-loading");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The batch session, from the model spliced with its batch graph into a temporary file that ONNX Runtime reads
	 * (so no second copy of the model grows the Java heap); {@code null} when the model is not the one the graph was
	 * written for.
	 */
	private OrtSession batchSession() {
		byte[] model = resource(this.encoder.modelResource());
		if (!this.encoder.batchGraphFor.equals(crc(model))) {
			return null;
		}
		byte[] patch = resource(this.encoder.batchGraphResource());
		Path file = null;
		try {
			file = Files.createTempFile("encoder-batch-", ".onnx");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				BatchGraph.splice(model, patch, out);
			}
			model = null;
			// with the CPU arena: a batch's tensors (up to 16 texts x 64 tokens x 1,536) would otherwise be mapped and
			// faulted in afresh for every operator (measured: 61 minor page faults per request without it, 8 with it)
			try (OrtSession.SessionOptions options = options(1, true)) {
				return this.environment.createSession(file.toString(), options);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Cannot load the sentence encoder's batch model", ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temporary file left behind
				}
			}
		}
	}

	private static String crc(byte[] bytes) {
		CRC32C crc = new CRC32C();
		crc.update(bytes);
		return Long.toHexString(crc.getValue());
	}

	/**
	 * The all-MiniLM-L6-v2 embedder (the risk detector's; the intent model's is {@code chatbot.nlu.encoder}), loaded
	 * once per process.
	 */
	public static SentenceEmbedder load() {
		return load(Encoder.MINILM);
	}

	/**
	 * The embedder of one encoder, loading its model once per process (about half a second). Each embedding runs on one thread, the
	 * caller's: requests are already spread over the cores by the parallel scheduler (one worker per core), and an
	 * intra-op pool per call would make concurrent requests fight over the same cores (ONNX Runtime's pool threads
	 * also spin while they wait).
	 */
	public static SentenceEmbedder load(Encoder encoder) {
		return SHARED.computeIfAbsent(encoder, (chosen) -> new SentenceEmbedder(chosen, 1));
	}

	public Encoder encoder() {
		return this.encoder;
	}

	public int dimension() {
		return DIMENSION;
	}

	/**
	 * What identifies the embeddings this embedder computes: the model, the tokenizer and the pooling.
	 */
	public String fingerprint() {
		return this.fingerprint;
	}

	/**
	 * Remembers training-phrase embeddings computed earlier by a model with this {@link #fingerprint()}.
	 */
	void rememberTrainingPhrases(Map<String, float[]> embeddings) {
		embeddings.forEach((text, vector) -> {
			if (vector.length == DIMENSION) {
				this.trainingPhrases.putIfAbsent(text, vector);
			}
		});
	}

	/**
	 * The embeddings of training phrases, remembered for the life of the process: a retrain after staff add one
	 * phrase embeds only that phrase. Visitors' messages go through {@link #embed(String)} and are kept only among
	 * the last few hundred texts.
	 */
	public List<float[]> embedTrainingPhrases(List<String> texts) {
		List<String> missing = texts.stream().filter((text) -> !this.trainingPhrases.containsKey(text)).distinct().toList();
		if (missing.size() >= BULK_MINIMUM) {
			embedInBulk(missing);
		}
		return texts.stream()
			.map((text) -> this.trainingPhrases.computeIfAbsent(text, (phrase) -> embed(this.session, phrase)))
			.toList();
	}

	/**
	 * Embeds many phrases at once, one phrase per core with single-threaded model runs: on inputs this short that
	 * does the same work in about two thirds of the CPU time of splitting every run across cores (which is what
	 * keeps one visitor message fast), and the first start-up embeds every phrase of the catalog.
	 */
	private void embedInBulk(List<String> texts) {
		int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(workers, (task) -> {
			Thread thread = new Thread(task, "phrase-embedding");
			thread.setDaemon(true);
			return thread;
		});
		try (OrtSession bulk = session(resource(this.encoder.modelResource()), 1)) {
			List<Future<?>> tasks = new ArrayList<>();
			for (int worker = 0; worker < workers; worker++) {
				List<String> share = texts.subList(texts.size() * worker / workers,
						texts.size() * (worker + 1) / workers);
				tasks.add(pool.submit(() -> share.forEach((text) -> this.trainingPhrases.put(text, embed(bulk, text)))));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Cannot close the embedding model", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while embedding training phrases", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause
					: new IllegalStateException("Embedding training phrases failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Forgets these remembered training-phrase embeddings (the risk detector keeps its own copy of its sentences').
	 */
	public void forgetTrainingPhrases(Collection<String> texts) {
		texts.forEach(this.trainingPhrases::remove);
	}

	/**
	 * Forgets the remembered training-phrase embeddings (for benchmarks that measure computing them).
	 */
	void forgetTrainingPhrases() {
		this.trainingPhrases.clear();
	}

	/**
	 * The embedding of one text: a unit vector of {@link #dimension()} floats, the same for the same text on every
	 * call (one session, one thread per run). The embeddings of the last few hundred texts are kept, so the risk
	 * detector and the intent classifier do not both run the encoder on a text they both read (most messages of one or
	 * two sentences); the returned array may be shared: callers only read it.
	 */
	public float[] embed(String text) {
		float[] known = recentOf(text);
		if (known != null) {
			return known;
		}
		float[] computed = embed(this.session, text);
		remember(text, computed);
		return computed;
	}

	private float[] recentOf(String text) {
		synchronized (this.recent) {
			return this.recent.get(text);
		}
	}

	private void remember(String text, float[] vector) {
		synchronized (this.recent) {
			this.recent.put(text, vector);
		}
	}

	/**
	 * Whether {@link #embed(String)} would answer this text from the recent texts, without running the encoder.
	 */
	public boolean isRecent(String text) {
		return recentOf(text) != null;
	}

	/**
	 * The embeddings of several texts, with as few runs of the encoder as the batch model allows: the texts not among
	 * the recent ones are sorted by their number of tokens and run together in groups of similar lengths (at most
	 * {@link #BATCH_ROWS}, padded to the longest of the group); a text alone in its group runs on its own. Every
	 * vector is the one {@link #embed(String)} gives the text, bit for bit; all are kept among the recent texts.
	 */
	public List<float[]> embedAll(List<String> texts) {
		Map<String, float[]> found = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (String text : texts) {
			if (found.containsKey(text)) {
				continue;
			}
			float[] known = recentOf(text);
			found.put(text, known);
			if (known == null) {
				missing.add(text);
			}
		}
		CompletableFuture<OrtSession> loaded = this.batchSession.get();
		OrtSession batch = (loaded != null) ? loaded.getNow(null) : null;
		if (!missing.isEmpty()) {
			List<String> sorted = new ArrayList<>(missing);
			Map<String, Tokens> tokens = new HashMap<>();
			sorted.forEach((text) -> tokens.put(text, tokens(text)));
			sorted.sort(Comparator.comparingInt((String text) -> tokens.get(text).ids().length));
			int start = 0;
			while (start < sorted.size()) {
				int first = tokens.get(sorted.get(start)).ids().length;
				int end = start + 1;
				int limit = first + Math.max(2, first / 4);
				while (batch != null && first <= BATCH_MAX_TOKENS && end < sorted.size()
						&& end - start < BATCH_ROWS && tokens.get(sorted.get(end)).ids().length <= limit) {
					end++;
				}
				List<String> group = sorted.subList(start, end);
				if (group.size() == 1) {
					float[] vector = embed(this.session, group.get(0));
					found.put(group.get(0), vector);
					remember(group.get(0), vector);
				}
				else {
					float[][] vectors = embedPadded(batch, group.stream().map(tokens::get).toList());
					for (int i = 0; i < group.size(); i++) {
						found.put(group.get(i), vectors[i]);
						remember(group.get(i), vectors[i]);
					}
				}
				start = end;
			}
		}
		return texts.stream().map(found::get).toList();
	}

	/**
	 * The embedding of one text, always computed (never from the recent texts): for benchmarks and tests.
	 */
	float[] embedAnew(String text) {
		return embed(this.session, text);
	}

	/**
	 * The encoder's inputs for one text: the token ids, the attention mask and, for an encoder that takes them, the
	 * token type ids ({@code null} otherwise).
	 */
	record Tokens(long[] ids, long[] mask, long[] types) {
	}

	/**
	 * The tokens of one text, read straight from the tokenizer's native encoding: DJL's {@code Encoding} object
	 * would also copy out every token as a string, its character span, word ids and the special-token mask, which
	 * nothing here reads. The same native call as {@code HuggingFaceTokenizer.encode(text, true, false)}, so the same
	 * ids ({@link #tokensThroughEncoding(String)} is that call, for tests).
	 */
	Tokens tokens(String text) {
		long encoding = TokenizersLibrary.LIB.encode(this.tokenizer.getHandle(), input(text), true);
		try {
			return new Tokens(TokenizersLibrary.LIB.getTokenIds(encoding), TokenizersLibrary.LIB.getAttentionMask(encoding),
					this.takesTokenTypes ? TokenizersLibrary.LIB.getTypeIds(encoding) : null);
		}
		finally {
			TokenizersLibrary.LIB.deleteEncoding(encoding);
		}
	}

	/**
	 * The tokens of one text through DJL's {@code Encoding} object (what {@link #tokens(String)} must equal).
	 */
	Tokens tokensThroughEncoding(String text) {
		Encoding encoding = this.tokenizer.encode(input(text), true, false);
		return new Tokens(encoding.getIds(), encoding.getAttentionMask(),
				this.takesTokenTypes ? encoding.getTypeIds() : null);
	}

	private String input(String text) {
		return this.encoder.prefix + (text.isBlank() ? "empty" : text);
	}

	private float[] embed(OrtSession session, String text) {
		Tokens tokens = tokens(text);
		long[] ids = tokens.ids();
		long[] mask = tokens.mask();
		long[] types = tokens.types();
		long[] shape = { 1, ids.length };
		try (OnnxTensor idTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typeTensor = this.takesTokenTypes
						? OnnxTensor.createTensor(this.environment, LongBuffer.wrap(types), shape) : null;
				OrtSession.Result result = session.run(this.takesTokenTypes
						? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
						: Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
			// the token vectors as one flat buffer (tokens × dimension), not a Java array per token
			FloatBuffer vectors = ((OnnxTensor) result.get(0)).getFloatBuffer();
			int count = vectors.remaining() / DIMENSION;
			return this.encoder.meanPooling ? meanOfUnitLength(vectors, count) : unitLength(firstToken(vectors));
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Sentence embedding failed", ex);
		}
	}

	/**
	 * The embeddings of texts in one run of the batch model, shorter texts padded to the longest (mask 0), each pooled
	 * over its own tokens only: for tests, as {@link #embedAll(List)} groups them.
	 */
	float[][] embedTogether(List<String> texts) {
		OrtSession batch = awaitBatchModel();
		if (batch == null) {
			throw new IllegalStateException("no batch model for " + this.encoder);
		}
		return embedPadded(batch, texts.stream().map(this::tokens).toList());
	}

	/** Waits until the batch session is loaded (tests); {@code null} for an encoder without one. */
	OrtSession awaitBatchModel() {
		enableBatches();
		return this.batchSession.get().join();
	}

	/**
	 * As {@link #embedTogether(List)} on the model's own graph (whose batches round every text on the range of all of
	 * them): for tests.
	 */
	float[][] embedTogetherOnOwnGraph(List<String> texts) {
		return embedPadded(this.session, texts.stream().map(this::tokens).toList());
	}

	private float[][] embedPadded(OrtSession session, List<Tokens> batch) {
		int rows = batch.size();
		int length = 0;
		for (Tokens tokens : batch) {
			length = Math.max(length, tokens.ids().length);
		}
		long[] ids = new long[rows * length];
		long[] mask = new long[rows * length];
		long[] types = this.takesTokenTypes ? new long[rows * length] : null;
		int[] counts = new int[rows];
		for (int r = 0; r < rows; r++) {
			Tokens tokens = batch.get(r);
			counts[r] = tokens.ids().length;
			System.arraycopy(tokens.ids(), 0, ids, r * length, counts[r]);
			System.arraycopy(tokens.mask(), 0, mask, r * length, counts[r]);
			if (types != null) {
				System.arraycopy(tokens.types(), 0, types, r * length, counts[r]);
			}
		}
		long[] shape = { rows, length };
		try (OnnxTensor idTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typeTensor = this.takesTokenTypes
						? OnnxTensor.createTensor(this.environment, LongBuffer.wrap(types), shape) : null;
				OrtSession.Result result = session.run(this.takesTokenTypes
						? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
						: Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
			FloatBuffer vectors = ((OnnxTensor) result.get(0)).getFloatBuffer();
			float[][] embeddings = new float[rows][];
			for (int r = 0; r < rows; r++) {
				FloatBuffer row = vectors.slice(r * length * DIMENSION, counts[r] * DIMENSION);
				embeddings[r] = this.encoder.meanPooling ? meanOfUnitLength(row, counts[r])
						: unitLength(firstToken(row));
			}
			return embeddings;
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Sentence embedding failed", ex);
		}
	}

	private static float[] firstToken(FloatBuffer tokens) {
		float[] first = new float[DIMENSION];
		tokens.get(0, first);
		return first;
	}

	/**
	 * The mean of the token vectors (summed token by token in order, as float, then divided: the same arithmetic as
	 * on an array per token), at unit length.
	 */
	private static float[] meanOfUnitLength(FloatBuffer tokens, int count) {
		float[] mean = new float[DIMENSION];
		float[] token = new float[DIMENSION];
		for (int t = 0; t < count; t++) {
			tokens.get(t * DIMENSION, token);
			for (int i = 0; i < DIMENSION; i++) {
				mean[i] += token[i];
			}
		}
		for (int i = 0; i < DIMENSION; i++) {
			mean[i] /= count;
		}
		return unitLength(mean);
	}

	private static float[] unitLength(float[] vector) {
		double squares = 0;
		for (int i = 0; i < DIMENSION; i++) {
			squares += vector[i] * vector[i];
		}
		float norm = (float) Math.sqrt(squares);
		for (int i = 0; i < DIMENSION; i++) {
			vector[i] /= norm;
		}
		return vector;
	}

	private static byte[] resource(String name) {
		try (InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
