package com.clinicfaq.chatbot.safety;

import com.clinicfaq.chatbot.TestChatbot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen the service uses, with the Spanish risk detector trained on {@code intents/safety/detector-es/}, on
 * Spanish sentences of our own written before its training sentences were read (session 32): dangers now in words no
 * Spanish rule was written from, and ordinary messages with alarming words.
 */
class SpanishScreenTests {

	private static final SafetyScreen screen = TestChatbot.safetyScreen();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "ya escribí mi testamento y le regalé mi perro a la vecina, mañana no voy a estar",
			"tengo todas las pastillas de mi mamá juntas en la mesa y me las voy a tomar",
			"mi hermano dice que se va a aventar del edificio, está en la azotea",
			"mi bebé se comió unas pastillas que estaban en el piso",
			"mi esposo se metió mucha ketamina y no reacciona",
			"me duele muchísimo el pecho y se me duerme el brazo izquierdo" })
	void spanishDetectorReadsADangerNowInWordsOfItsOwn(String text) {
		assertThat(screen.spanishDetector().scoreRaw(text).max()).isGreaterThanOrEqualTo(
				SafetyProperties.SpanishDetector.THRESHOLD);
		SafetyVerdict verdict = screen.screen(text);
		assertThat(verdict.urgent()).isTrue();
		assertThat(verdict.signals()).contains(SafetyVerdict.SPANISH_DETECTOR);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "¿la ketamina es peligrosa para alguien con problemas del corazón?",
			"estoy muerta de cansancio después del trabajo, ¿tienen citas el sábado?",
			"mi abuelo falleció el año pasado y desde entonces estoy triste, ¿me pueden ayudar?",
			"¿qué pasa si me da una reacción alérgica durante la infusión?" })
	void spanishDetectorLeavesOrdinaryMessagesCalm(String text) {
		assertThat(screen.screen(text).urgent()).isFalse();
	}

	@Test
	void spanishDetectorDoesNotReadEnglishMessages() {
		// an English message is the MiniLM detector's: the Spanish one is not asked, so it adds no signal
		SafetyVerdict verdict = screen.screen("my husband used too much ketamine and will not respond");
		assertThat(verdict.urgent()).isTrue();
		assertThat(verdict.signals()).doesNotContain(SafetyVerdict.SPANISH_DETECTOR);
	}

}
