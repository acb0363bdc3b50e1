package com.clinicfaq.chatbot.chat;

import java.util.Optional;

import com.clinicfaq.chatbot.nlu.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Acknowledgement}.
 */
class AcknowledgementTests {

	private static final TextNormalizer NORMALIZER = new TextNormalizer();

	private static Optional<Acknowledgement.Kind> of(String text) {
		return Acknowledgement.of(NORMALIZER.tokens(text), NORMALIZER.fold(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ok", "OK!!", "okay", "k", "kk", "cool", "got it", "gotcha", "alright", "ok cool",
			"makes sense", "i see", "great", "oh ok", "perfect", "yes got it", "ok i understand" })
	void agreesWhenTheMessageOnlyAcknowledges(String text) {
		assertThat(of(text)).contains(Acknowledgement.Kind.AGREES);
	}

	@ParameterizedTest
	@ValueSource(strings = { "yes please", "Yes pls", "yeah", "yep", "sure", "yes", "ok sure", "yeah please" })
	void acceptsWhenTheMessageSaysYes(String text) {
		assertThat(of(text)).contains(Acknowledgement.Kind.ACCEPTS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "no", "No.", "nope", "nah", "no thanks", "no thank you", "not really", "nothing else",
			"no i'm ok", "nope, all good" })
	void declinesWhenTheMessageTurnsSomethingDown(String text) {
		assertThat(of(text)).contains(Acknowledgement.Kind.DECLINES);
	}

	@ParameterizedTest
	@ValueSource(strings = { "thanks", "ok thanks", "great, thank you", "ok bye", "bye", "cool thx", "hello",
			"yes is it safe", "ok so how long does it last", "no I meant the spray", "ok?", "is it",
			"i do not get it", "no way that is expensive", "what about lithium", "k hole" })
	void isEmptyWhenTheMessageSaysOrAsksMore(String text) {
		assertThat(of(text)).isEmpty();
	}

}
