package com.clinicfaq.chatbot.nlu;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside its Maven jar, run in-process by
 * ONNX Runtime (no network). Thread-safe: ONNX Runtime sessions may be run concurrently.
 */
class SentenceEmbedder {

	private static final java.util.Map<String, float[]> TRAINING_PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

	private static volatile AllMiniLmL6V2QuantizedEmbeddingModel shared;

	private final AllMiniLmL6V2QuantizedEmbeddingModel model;

	private SentenceEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model) {
		this.model = model;
	}

	/**
	 * The embedder, loading the model once per process (about a second).
	 */
	static SentenceEmbedder load() {
		if (shared == null) {
			synchronized (SentenceEmbedder.class) {
				if (shared == null) {
					shared = new AllMiniLmL6V2QuantizedEmbeddingModel();
				}
			}
		}
		return new SentenceEmbedder(shared);
	}

	/**
	 * The embedding of a training phrase, remembered for the life of the process: a retrain after staff add one
	 * phrase embeds only that phrase. Visitors' messages go through {@link #embed(String)} and are never kept.
	 */
	float[] embedTrainingPhrase(String text) {
		return TRAINING_PHRASES.computeIfAbsent(text, this::embed);
	}

	float[] embed(String text) {
		return this.model.embed(text.isBlank() ? "empty" : text).content().vector();
	}

}
