package com.clinicfaq.chatbot.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanishTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "¿Cuánto cuesta una sesión?", "ya no quiero vivir", "q onda, cuanto sale el tratamiento",
			"mi hijo se tomo las pastillas de su abuela", "el Spravato me da miedo, es seguro?", "¿Ayuda?",
			"necesito ayuda por favor" })
	void isSpanishWhenItsFunctionWordsAreSpanish(String text) {
		assertThat(SpanishText.isSpanish(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "How much is a session?", "hola, how much does the infusion cost?", "I want to die",
			"ok", "👍", "is esketamine the same as ketamine", "my son took my pills and he won't wake up" })
	void isNotSpanishWhenItsFunctionWordsAreEnglishOrAbsent(String text) {
		assertThat(SpanishText.isSpanish(text)).isFalse();
	}

	@Test
	void wordsDropAccentsAndCaseAndShortenStretchedLetters() {
		assertThat(SpanishText.words("¡AYUDAAA! Me tomé TODO, señor")).containsExactly("ayuda", "me", "tome", "todo",
				"señor");
	}

}
