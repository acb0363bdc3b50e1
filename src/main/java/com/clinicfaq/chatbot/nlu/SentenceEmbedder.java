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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
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
 * <p>
 * One ONNX Runtime session at a time: the model's own graph, until {@link #enableBatches()} has loaded the batch graph
 * ({@link BatchGraph}), which then runs every text, alone or with others, to the same vector bit for bit; the own
 * graph's session is closed once its last run has ended, so batching costs no second copy of the weights.
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

	/**
	 * At most this many texts in one batched run of the encoder. The session's CPU arena keeps the largest run's
	 * tensors for the life of the process, so rows and tokens bound resident memory (groups of 8 similar lengths
	 * save about as much CPU per text as groups of 16: docs/measurements.md, session 13).
	 */
	static final int BATCH_ROWS = 8;

	/** Texts longer than this many tokens are embedded one at a time (a batch pads every text to its longest). */
	static final int BATCH_MAX_TOKENS = 40;

	/** Embeddings of training phrases, kept for the life of the process (a retrain embeds only new phrases). */
	private final Map<String, float[]> trainingPhrases = new ConcurrentHashMap<>();

	private final Encoder encoder;

	private final OrtEnvironment environment;

	/**
	 * The session every run uses: the model's own graph, then (once {@link #enableBatches()} has loaded it) the batch
	 * graph, which gives one text alone or several together the vectors the own graph gives each alone, bit for bit.
	 */
	private final AtomicReference<Runs> active;

	/**
	 * {@code null} until {@link #enableBatches()}, then loading the batch graph or done: completed with whether the
	 * active session now runs batches ({@code false} for an encoder without a batch graph, or when it failed to load).
	 * It loads on a thread of its own, so it never delays the first answer: until it is ready, {@link #embedAll(List)}
	 * runs texts one by one on the own graph.
	 */
	private final AtomicReference<CompletableFuture<Boolean>> batchesLoading = new AtomicReference<>();

	private final boolean takesTokenTypes;

	private final HuggingFaceTokenizer tokenizer;

	private final String fingerprint;

	/**
	 * @param batches load the batch graph as the one session (when the encoder has one for this model), instead of
	 * the model's own graph: a service that batches never loads the own graph, and reads the model once
	 */
	private SentenceEmbedder(Encoder encoder, int threads, boolean batches) {
		this.encoder = encoder;
		this.environment = OrtEnvironment.getEnvironment();
		byte[] model = resource(encoder.modelResource());
		byte[] tokenizer = resource(encoder.tokenizerResource());
		String modelCrc = crc(model);
		OrtSession batch = (batches && encoder.batchGraphFor != null && encoder.batchGraphFor.equals(modelCrc))
				? batchSession(model) : null;
		OrtSession first = (batch != null) ? batch : session(model, threads);
		this.takesTokenTypes = first.getInputNames().contains("token_type_ids");
		this.active = new AtomicReference<>(new Runs(first, batch != null));
		if (batch != null) {
			this.batchesLoading.set(CompletableFuture.completedFuture(true));
		}
		try {
			this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizer), Map.of("padding",
					"false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.fingerprint = encoder.files + (encoder.meanPooling ? "/mean/" : "/cls/") + MAX_TOKENS + "/"
				+ (encoder.prefix.isEmpty() ? "" : encoder.prefix.strip() + "/") + modelCrc + "/" + crc(tokenizer);
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
	 * Starts loading the batch model (once; in the background): once it is loaded it replaces the model's own graph
	 * for every run (the own graph's session is closed when its last run ends), and {@link #embedAll(List)} runs texts
	 * of similar lengths together.
	 */
	public void enableBatches() {
		CompletableFuture<Boolean> loading = new CompletableFuture<>();
		if (!this.batchesLoading.compareAndSet(null, loading)) {
			return;
		}
		if (this.encoder.batchGraphFor == null) {
			loading.complete(false);
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				long start = System.nanoTime();
				OrtSession batch = batchSession();
				if (batch == null) {
					loading.complete(false);
					return;
				}
				this.active.getAndSet(new Runs(batch, true)).retire();
				System.getLogger(SentenceEmbedder.class.getName())
					.log(System.Logger.Level.INFO, "The {0} sentence encoder runs on its batch graph (loaded in {1} ms)",
							this.encoder, Long.toString((System.nanoTime() - start) / 1_000_000));
				loading.complete(true);
			}
			catch (RuntimeException | Error ex) {
				// texts are then embedded one by one on the own graph, to the same vectors
				System.getLogger(SentenceEmbedder.class.getName())
					.log(System.Logger.Level.WARNING, "Cannot load the sentence encoder's batch model", ex);
				loading.complete(false);
			}
		}, "encoder-batch-loading");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Loads the batch model ({@link #enableBatches()}) and waits for it: whether every run now goes through it. For
	 * the {@code eval} command, which checks that decisions stay the same with it.
	 */
	public boolean enableBatchesAndWait() {
		enableBatches();
		return this.batchesLoading.get().join();
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
		return batchSession(model);
	}

	/** The batch session of this model (whose CRC is the one the batch graph was written for). */
	private OrtSession batchSession(byte[] model) {
		byte[] patch = resource(this.encoder.batchGraphResource());
		Path file = null;
		try {
			file = Files.createTempFile("encoder-batch-", ".onnx");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				BatchGraph.splice(model, patch, out);
			}
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
		return SHARED.computeIfAbsent(encoder, (chosen) -> new SentenceEmbedder(chosen, 1, false));
	}

	/**
	 * As {@link #load(Encoder)} for a service that batches: loaded now, the embedder's one session is the batch graph
	 * (the model's own graph is never loaded); loaded before, {@link #enableBatches()} replaces its own graph.
	 */
	public static SentenceEmbedder loadWithBatches(Encoder encoder) {
		SentenceEmbedder embedder = SHARED.computeIfAbsent(encoder, (chosen) -> new SentenceEmbedder(chosen, 1, true));
		embedder.enableBatches();
		return embedder;
	}

	/**
	 * An embedder of its own, not the process's shared one: for tests that compare the model's own graph with the
	 * batch graph.
	 */
	static SentenceEmbedder loadUnshared(Encoder encoder) {
		return loadUnshared(encoder, false);
	}

	/** As {@link #loadUnshared(Encoder)}, with the batch graph as its one session from the start when asked. */
	static SentenceEmbedder loadUnshared(Encoder encoder, boolean batches) {
		return new SentenceEmbedder(encoder, 1, batches);
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
			.map((text) -> this.trainingPhrases.computeIfAbsent(text, this::embedNow))
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
		float[] computed = embedNow(text);
		remember(text, computed);
		return computed;
	}

	/** The embedding of one text, computed on the active session. */
	private float[] embedNow(String text) {
		Runs runs = hold();
		try {
			return embed(runs.session(), text);
		}
		finally {
			runs.release();
		}
	}

	/** The active session, held until {@link Runs#release()} (so a session being replaced is not closed under it). */
	private Runs hold() {
		while (true) {
			Runs runs = this.active.get();
			if (runs.hold()) {
				return runs;
			}
			// retired and closed meanwhile: the next read finds its successor
		}
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
		if (missing.isEmpty()) {
			return texts.stream().map(found::get).toList();
		}
		Runs runs = hold();
		try {
			boolean batches = runs.batches();
			List<String> sorted = new ArrayList<>(missing);
			Map<String, Tokens> tokens = new HashMap<>();
			sorted.forEach((text) -> tokens.put(text, tokens(text)));
			sorted.sort(Comparator.comparingInt((String text) -> tokens.get(text).ids().length));
			int start = 0;
			while (start < sorted.size()) {
				int first = tokens.get(sorted.get(start)).ids().length;
				int end = start + 1;
				int limit = first + Math.max(2, first / 4);
				while (batches && first <= BATCH_MAX_TOKENS && end < sorted.size()
						&& end - start < BATCH_ROWS && tokens.get(sorted.get(end)).ids().length <= limit) {
					end++;
				}
				List<String> group = sorted.subList(start, end);
				if (group.size() == 1) {
					float[] vector = embed(runs.session(), group.get(0));
					found.put(group.get(0), vector);
					remember(group.get(0), vector);
				}
				else {
					float[][] vectors = embedPadded(runs.session(), group.stream().map(tokens::get).toList());
					for (int i = 0; i < group.size(); i++) {
						found.put(group.get(i), vectors[i]);
						remember(group.get(i), vectors[i]);
					}
				}
				start = end;
			}
		}
		finally {
			runs.release();
		}
		return texts.stream().map(found::get).toList();
	}

	/**
	 * The embedding of one text, always computed (never from the recent texts): for benchmarks and tests.
	 */
	float[] embedAnew(String text) {
		return embedNow(text);
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
		int count = tokens.ids().length;
		return run(session, tokens.ids(), tokens.mask(), tokens.types(), new long[] { 1, count },
				(vectors) -> pooled(vectors, count));
	}

	/**
	 * The embeddings of texts in one run of the batch model, shorter texts padded to the longest (mask 0), each pooled
	 * over its own tokens only: for tests, as {@link #embedAll(List)} groups them.
	 */
	float[][] embedTogether(List<String> texts) {
		if (!awaitBatchModel()) {
			throw new IllegalStateException("no batch model for " + this.encoder);
		}
		return embedInOneRun(texts);
	}

	/** Waits until the batch session is loaded and active (tests); {@code false} for an encoder without one. */
	boolean awaitBatchModel() {
		return enableBatchesAndWait();
	}

	/**
	 * The texts padded into one run of the active session: on the model's own graph (before {@link #enableBatches()})
	 * a batch rounds every text on the range of all of them. For tests.
	 */
	float[][] embedInOneRun(List<String> texts) {
		Runs runs = hold();
		try {
			return embedPadded(runs.session(), texts.stream().map(this::tokens).toList());
		}
		finally {
			runs.release();
		}
	}

	/** Whether the active session is the batch graph (tests). */
	boolean runsOnBatchGraph() {
		return this.active.get().batches();
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
		int padded = length;
		return run(session, ids, mask, types, new long[] { rows, length }, (vectors) -> {
			float[][] embeddings = new float[rows][];
			for (int r = 0; r < rows; r++) {
				embeddings[r] = pooled(vectors.slice(r * padded * DIMENSION, counts[r] * DIMENSION), counts[r]);
			}
			return embeddings;
		});
	}

	/**
	 * One run of the encoder on these inputs ({@code types} only for an encoder that takes token types), its token
	 * vectors (rows × tokens × dimension, as one flat buffer, not a Java array per token) read by {@code pooling}
	 * before the run's native memory is freed.
	 */
	private <T> T run(OrtSession session, long[] ids, long[] mask, long[] types, long[] shape,
			Function<FloatBuffer, T> pooling) {
		try (OnnxTensor idTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typeTensor = this.takesTokenTypes
						? OnnxTensor.createTensor(this.environment, LongBuffer.wrap(types), shape) : null;
				OrtSession.Result result = session.run(this.takesTokenTypes
						? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
						: Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
			return pooling.apply(((OnnxTensor) result.get(0)).getFloatBuffer());
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Sentence embedding failed", ex);
		}
	}

	/** One text's token vectors ({@code count} of them) pooled as the encoder was trained to be used. */
	private float[] pooled(FloatBuffer tokens, int count) {
		return this.encoder.meanPooling ? meanOfUnitLength(tokens, count) : unitLength(firstToken(tokens));
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

	/**
	 * A loaded session and the runs using it: it stays open while it is the active session or a run holds it, and is
	 * closed by whichever of {@link #retire()} and the last {@link #release()} comes last.
	 */
	private static final class Runs {

		private final OrtSession session;

		private final boolean batches;

		/** Runs in progress, plus one while this is the active session; closed at zero, never held again. */
		private final AtomicInteger holders = new AtomicInteger(1);

		Runs(OrtSession session, boolean batches) {
			this.session = session;
			this.batches = batches;
		}

		OrtSession session() {
			return this.session;
		}

		/** Whether this session runs several texts together, each to its own vector bit for bit. */
		boolean batches() {
			return this.batches;
		}

		/** Holds the session for one run; {@code false} when it has been closed. */
		boolean hold() {
			while (true) {
				int count = this.holders.get();
				if (count == 0) {
					return false;
				}
				if (this.holders.compareAndSet(count, count + 1)) {
					return true;
				}
			}
		}

		void release() {
			if (this.holders.decrementAndGet() == 0) {
				try {
					this.session.close();
				}
				catch (OrtException ex) {
					// nothing more to free
				}
			}
		}

		/** No longer the active session: closed now, or when the last run holding it ends. */
		void retire() {
			release();
		}

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
