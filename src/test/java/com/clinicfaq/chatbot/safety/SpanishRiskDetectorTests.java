package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spanish risk detector's model on a small set of our own sentences: it learns which outcome is which, reads
 * letter groups (a typo keeps most of its evidence) and a negation joined to its word.
 */
class SpanishRiskDetectorTests {

	private static final UnaryOperator<String> AS_WRITTEN = UnaryOperator.identity();

	private static List<RiskExample> examples() {
		List<RiskExample> examples = new ArrayList<>();
		for (String text : List.of("quiero matarme esta noche", "ya tengo las pastillas para matarme",
				"me voy a matar", "quiero morir ya, no aguanto", "hoy me quito la vida", "voy a matarme con la pistola")) {
			examples.add(new RiskExample(text, Urgency.CRISIS, "test", true));
		}
		for (String text : List.of("mi hijo no respira", "mi esposa no despierta y tiene los labios morados",
				"mi papá convulsiona en el piso", "mi niña se tragó las pastillas", "no respira bien y se desmayó",
				"tiene un dolor fuerte en el pecho y no respira")) {
			examples.add(new RiskExample(text, Urgency.EMERGENCY, "test", true));
		}
		for (String text : List.of("no quiero morir, quiero mejorar", "¿cuánto cuesta la sesión?",
				"¿la ketamina hace que uno no respire bien?", "me muero de risa con tu respuesta",
				"¿qué pasa si alguien toma demasiadas pastillas?", "este tráfico me va a matar jaja",
				"¿aceptan seguro?", "gracias por la información", "¿puedo manejar después?", "hola, buenas tardes",
				"hace años quise morir, ahora estoy bien", "¿cuántas sesiones necesito?")) {
			examples.add(new RiskExample(text, Urgency.NONE, "test", true));
		}
		return examples;
	}

	@Test
	void scoreReadsEachOutcomeAsItWasLabelled() {
		SpanishRiskDetector detector = SpanishRiskDetector.train(examples(), AS_WRITTEN);
		assertThat(detector.examples()).isEqualTo(24);
		RiskScore crisis = detector.scoreRaw("quiero matarme esta noche");
		assertThat(crisis.urgency(0.5)).isEqualTo(Urgency.CRISIS);
		RiskScore emergency = detector.scoreRaw("mi hijo no respira");
		assertThat(emergency.urgency(0.5)).isEqualTo(Urgency.EMERGENCY);
		assertThat(detector.scoreRaw("¿cuánto cuesta la sesión?").max()).isLessThan(0.5);
	}

	@Test
	void scoreOfATypoKeepsMostOfTheWordsEvidence() {
		SpanishRiskDetector detector = SpanishRiskDetector.train(examples(), AS_WRITTEN);
		assertThat(detector.scoreRaw("kiero matarmeee").crisis())
			.isGreaterThan(detector.scoreRaw("¿aceptan seguro?").crisis());
	}

	@Test
	void featuresJoinANegationToItsWordAndMarkAQuestion() {
		assertThat(SpanishRiskDetector.features("¿No quiero morir?")).contains("w=morir", "neg=quiero", "question",
				"g=_mor", "p=quier");
		assertThat(SpanishRiskDetector.features("quiero morir")).doesNotContain("neg=quiero", "question");
	}

	@Test
	void loadOrTrainSavesTheModelAndARestartLoadsTheSameScores(@TempDir Path cache) {
		SpanishRiskDetector trained = SpanishRiskDetector.loadOrTrain(examples(), AS_WRITTEN, "as-written", cache);
		assertThat(cache.resolve(SpanishRiskDetector.FILE)).isRegularFile();
		SpanishRiskDetector loaded = SpanishRiskDetector.loadOrTrain(examples(), (text) -> {
			throw new AssertionError("a saved model is loaded, not trained: no sentence is prepared");
		}, "as-written", cache);
		for (String text : List.of("kiero matarmeee", "mi hijo no respira", "¿aceptan seguro?")) {
			RiskScore expected = trained.scoreRaw(text);
			RiskScore actual = loaded.score(text);
			assertThat(actual.crisis()).isEqualTo(expected.crisis());
			assertThat(actual.emergency()).isEqualTo(expected.emergency());
		}
	}

	@Test
	void loadOrTrainTrainsAgainWhenTheSentencesOrThePreparationChanged(@TempDir Path cache) {
		SpanishRiskDetector.loadOrTrain(examples(), AS_WRITTEN, "as-written", cache);
		List<String> prepared = new ArrayList<>();
		UnaryOperator<String> counting = (text) -> {
			prepared.add(text);
			return text;
		};
		SpanishRiskDetector.loadOrTrain(examples(), counting, "lower-cased", cache);
		assertThat(prepared).hasSize(24);
		List<RiskExample> more = new ArrayList<>(examples());
		more.add(new RiskExample("me tomé todo el frasco de pastillas", Urgency.CRISIS, "test", true));
		prepared.clear();
		SpanishRiskDetector detector = SpanishRiskDetector.loadOrTrain(more, counting, "lower-cased", cache);
		assertThat(prepared).hasSize(25);
		assertThat(detector.examples()).isEqualTo(25);
	}

	@Test
	void loadOrTrainTrainsOverADamagedFile(@TempDir Path cache) throws IOException {
		Files.write(cache.resolve(SpanishRiskDetector.FILE), new byte[] { 0x4B, 0x53, 0x50, 0x44, 0, 3, 'a' });
		SpanishRiskDetector detector = SpanishRiskDetector.loadOrTrain(examples(), AS_WRITTEN, "as-written", cache);
		assertThat(detector.scoreRaw("quiero matarme esta noche").urgency(0.5)).isEqualTo(Urgency.CRISIS);
		assertThat(SpanishRiskDetector.loadOrTrain(examples(), (text) -> {
			throw new AssertionError("the damaged file was replaced by the trained model");
		}, "as-written", cache).examples()).isEqualTo(24);
	}

}
