package com.clinicfaq.chatbot.web;

import com.clinicfaq.chatbot.chat.MessageSanitizer;
import com.clinicfaq.chatbot.chat.UnderstandingScheduler;
import com.clinicfaq.chatbot.nlu.EmbeddingBatcher;
import com.clinicfaq.chatbot.nlu.SentenceEmbedder;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Web requests hand the risk detector's units of their message to one {@link EmbeddingBatcher} before they are
 * understood, so that messages arriving together share batched runs of the sentence encoder (docs/measurements.md,
 * session 13). Wired here, at the edge that batches, rather than in the chat core: the core stays synchronous and
 * reads the vectors from the encoder's recent texts. Off by default ({@code chatbot.nlu.batch-encoder=true} turns it
 * on): the encoder's one session is then its batch graph, which runs single texts too (docs/measurements.md,
 * session 14 end: 16% more varied turns per second, but resident memory after the load 354 MB against issue 14's
 * 350 MB bar, 329 MB off); off, each text is embedded when the screen needs it, on the model's own graph. The vectors, and so every decision, are the same
 * either way.
 */
@Configuration(proxyBeanMethods = false)
class EncoderBatchingConfiguration {

	/** At most this many texts in one batch: about 1.5 ms each, so a batch holds a request back at most ~50 ms. */
	static final int MAX_TEXTS = 32;

	@Bean
	EmbeddingsAhead embeddingsAhead(SafetyScreen screen,
			@Value("${chatbot.nlu.batch-encoder:false}") boolean enabled) {
		if (!enabled) {
			return EmbeddingsAhead.NONE;
		}
		SentenceEmbedder embedder = SentenceEmbedder.loadWithBatches(SentenceEmbedder.Encoder.MINILM);
		EmbeddingBatcher batcher = new EmbeddingBatcher(embedder::embedAll,
				(task) -> UnderstandingScheduler.shared().schedule(task), MAX_TEXTS);
		return (text) -> Mono.fromFuture(() -> batcher.submit(screen.unitsToEmbed(MessageSanitizer.sanitize(text))))
			.then();
	}

}
