package com.clinicfaq.chatbot.chat;

import java.util.Optional;

import com.clinicfaq.chatbot.nlu.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Courtesy}.
 */
class CourtesyTests {

	private static final TextNormalizer NORMALIZER = new TextNormalizer();

	private static Optional<String> of(String text) {
		return Courtesy.of(NORMALIZER.tokens(text), NORMALIZER.fold(text));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "buenos días|greeting", "Olá, bom dia|greeting", "bonjour madame|greeting",
			"muchas gracias!!|thanks", "merci beaucoup, very clear|thanks", "ok danke|thanks",
			"thats everything, adiós|goodbye", "ok au revoir|goodbye", "hola... gracias por todo|thanks",
			"Ciao, buonasera|greeting", "Vielen Dank, tschüss!|goodbye" })
	void smallTalkInAnotherLanguageSaysItsIntent(String text, String intent) {
		assertThat(of(text)).contains(intent);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hola, cuanto cuesta?", "gracias pero tengo otra pregunta sobre la ketamina y mi hijo hoy",
			"good morning", "see you later", "" })
	void aQuestionALongMessageOrEnglishSaysNothingHere(String text) {
		assertThat(of(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Au revoir et bonne journée !", "Muchas gracias por todo, adiós", "Mille grazie a tutti",
			"Vielen Dank und auf Wiedersehen", "obrigado, boa noite" })
	void onlyWhenTheMessageIsACourtesyAndNothingElse(String text) {
		assertThat(Courtesy.only(NORMALIZER.tokens(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "merci, je ne veux plus vivre", "gracias, adiós para siempre a todos", "bonne journée",
			"good day and goodbye", "" })
	void onlyIsFalseWhenTheMessageSaysMoreOrNoCourtesyWordOfAnotherLanguage(String text) {
		assertThat(Courtesy.only(NORMALIZER.tokens(text))).isFalse();
	}

}
