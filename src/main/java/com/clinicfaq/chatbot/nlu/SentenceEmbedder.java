package com.clinicfaq.chatbot.nlu;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside its Maven jar, run in-process by
 * ONNX Runtime (no network). Thread-safe: ONNX Runtime sessions may be run concurrently.
 */
class SentenceEmbedder {

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

	float[] embed(String text) {
		return this.model.embed(text.isBlank() ? "empty" : text).content().vector();
	}

}
