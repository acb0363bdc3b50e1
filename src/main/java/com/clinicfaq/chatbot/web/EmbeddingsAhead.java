package com.clinicfaq.chatbot.web;

import com.clinicfaq.chatbot.nlu.EmbeddingBatcher;
import reactor.core.publisher.Mono;

/**
 * Embeds the texts a message's understanding will need before it runs, so that requests arriving together share
 * batched runs of the sentence encoder ({@link EmbeddingBatcher}); the understanding then finds the vectors among the
 * encoder's recent texts. Purely a matter of speed: the vectors are the same bit for bit, and a text not embedded
 * ahead is embedded when it is needed, as before.
 */
@FunctionalInterface
interface EmbeddingsAhead {

	/** Embeds nothing ahead. */
	EmbeddingsAhead NONE = (text) -> Mono.empty();

	/**
	 * Completes when the texts the message {@code text} (as received) will need are embedded; errors of the encoder
	 * are signalled.
	 */
	Mono<Void> embedAhead(String text);

}
