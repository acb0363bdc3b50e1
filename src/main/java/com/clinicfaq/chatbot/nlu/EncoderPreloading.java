package com.clinicfaq.chatbot.nlu;

import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts loading the sentence encoders the service will need (ONNX Runtime's native library, the model's session and
 * the tokenizer: about half a second of CPU) on a thread of its own as soon as the configuration is known, before
 * Spring creates any bean, so that this work overlaps with the application's own start-up instead of following it.
 * The intent model and the risk detector then find the encoder loaded ({@link SentenceEmbedder#load}, which waits
 * for a load in progress). Nothing else changes: a failure here is logged and the encoder is loaded again, and its
 * error reported, by whoever needs it first. Registered by the application's {@code main} only (tests and the
 * {@code eval} command do not preload).
 */
public final class EncoderPreloading implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(EncoderPreloading.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Set<SentenceEmbedder.Encoder> encoders;
		try {
			encoders = needed(event.getEnvironment());
		}
		catch (RuntimeException ex) {
			// a malformed setting: the configuration properties report it, with their own message, a moment later
			return;
		}
		if (encoders.isEmpty()) {
			return;
		}
		boolean batches = batches(event.getEnvironment());
		Thread thread = new Thread(() -> encoders.forEach((encoder) -> load(encoder, batches)), "encoder-loading");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The encoders this configuration uses: the risk detector's (MiniLM) when the detector is on, the intent model's
	 * ({@code chatbot.nlu.encoder}) when embeddings are on.
	 */
	static Set<SentenceEmbedder.Encoder> needed(ConfigurableEnvironment environment) {
		Binder binder = Binder.get(environment);
		Set<SentenceEmbedder.Encoder> encoders = new LinkedHashSet<>();
		if (binder.bind("chatbot.safety.detector.enabled", Boolean.class).orElse(true)) {
			encoders.add(SentenceEmbedder.Encoder.MINILM);
		}
		if (binder.bind("chatbot.nlu.embeddings", Boolean.class).orElse(true)) {
			encoders.add(binder.bind("chatbot.nlu.encoder", SentenceEmbedder.Encoder.class)
				.orElse(SentenceEmbedder.Encoder.MINILM));
		}
		return encoders;
	}

	/**
	 * Whether web requests batch their encoder runs ({@code chatbot.nlu.batch-encoder}): the risk detector's encoder
	 * (MiniLM) is then loaded with its batch graph as its one session.
	 */
	static boolean batches(ConfigurableEnvironment environment) {
		try {
			// the default of EncoderBatchingConfiguration's switch
			return Binder.get(environment).bind("chatbot.nlu.batch-encoder", Boolean.class).orElse(false);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void load(SentenceEmbedder.Encoder encoder, boolean batches) {
		long start = System.nanoTime();
		try {
			if (batches && encoder == SentenceEmbedder.Encoder.MINILM) {
				SentenceEmbedder.loadWithBatches(encoder);
			}
			else {
				SentenceEmbedder.load(encoder);
			}
			logger.info("Loaded the {} sentence encoder in {} ms", encoder, (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			logger.warn("Preloading the {} sentence encoder failed ({}); it is loaded again when first needed",
					encoder, ex.toString());
		}
	}

}
