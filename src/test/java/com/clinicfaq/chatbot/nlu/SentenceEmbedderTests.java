package com.clinicfaq.chatbot.nlu;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link SentenceEmbedder}, with the real MiniLM model (and each other encoder where named).
 */
class SentenceEmbedderTests {

	private final SentenceEmbedder embedder = SentenceEmbedder.load();

	@Test
	void embedReturnsAUnitLengthVector() {
		float[] vector = this.embedder.embed("how long does an infusion take");
		assertThat(vector).hasSize(this.embedder.dimension());
		assertThat(norm(vector)).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void embedPlacesParaphrasesCloserThanUnrelatedQuestions() {
		float[] question = this.embedder.embed("how much does a ketamine infusion cost");
		float[] paraphrase = this.embedder.embed("what is the price of one treatment session");
		float[] unrelated = this.embedder.embed("can i drive home afterwards");
		assertThat(cosine(question, paraphrase)).isGreaterThan(cosine(question, unrelated) + 0.1);
	}

	@ParameterizedTest
	@EnumSource(SentenceEmbedder.Encoder.class)
	void embedWithEveryEncoderGivesUnitVectorsThatPlaceParaphrasesCloser(SentenceEmbedder.Encoder encoder) {
		SentenceEmbedder embedder = SentenceEmbedder.load(encoder);
		float[] question = embedder.embed("how much does a ketamine infusion cost");
		float[] paraphrase = embedder.embed("what is the price of one treatment session");
		float[] unrelated = embedder.embed("can i drive home afterwards");
		assertThat(norm(question)).isCloseTo(1.0, within(1e-4));
		assertThat(cosine(question, paraphrase)).isGreaterThan(cosine(question, unrelated) + 0.05);
		assertThat(embedder.encoder()).isEqualTo(encoder);
	}

	@Test
	void fingerprintNamesTheEncoderAndItsPooling() {
		assertThat(this.embedder.fingerprint()).startsWith("all-minilm-l6-v2-q/mean/512/");
		for (SentenceEmbedder.Encoder encoder : SentenceEmbedder.Encoder.values()) {
			if (encoder != SentenceEmbedder.Encoder.MINILM) {
				assertThat(SentenceEmbedder.load(encoder).fingerprint()).isNotEqualTo(this.embedder.fingerprint());
			}
		}
	}

	@ParameterizedTest
	@EnumSource(SentenceEmbedder.Encoder.class)
	void tokensAreTheIdsMaskAndTypesOfTheTokenizersOwnEncoding(SentenceEmbedder.Encoder encoder) {
		SentenceEmbedder embedder = SentenceEmbedder.load(encoder);
		List<String> texts = List.of("how long does an infusion take", "   ", "Ｆｕｌｌ-width and accents: café, naïve",
				"emoji 😊 and symbols #$%&*", "i can't sleep... what now??", "is it safe " + "and ".repeat(700));
		for (String text : texts) {
			SentenceEmbedder.Tokens read = embedder.tokens(text);
			SentenceEmbedder.Tokens reference = embedder.tokensThroughEncoding(text);
			assertThat(read.ids()).as(text).containsExactly(reference.ids());
			assertThat(read.mask()).as(text).containsExactly(reference.mask());
			assertThat(read.types()).as(text).isEqualTo(reference.types());
		}
		assertThat(embedder.tokens(texts.get(5)).ids()).hasSize(512);
	}

	@Test
	void embedWhenMessageLongerThanTheModelsLimitUsesItsStart() {
		String start = "is ketamine safe for someone with high blood pressure ";
		String longMessage = start + "and ".repeat(2000);
		float[] vector = this.embedder.embed(longMessage);
		assertThat(norm(vector)).isCloseTo(1.0, within(1e-4));
		assertThat(this.embedder.embed(longMessage + "what about insurance")).containsExactly(vector);
	}

	@Test
	void embedWhenBlankStillReturnsAVector() {
		assertThat(norm(this.embedder.embed("   "))).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void embedIsTheSameForTheSameTextAndAcrossThreads() throws Exception {
		float[] expected = this.embedder.embedAnew("does insurance cover spravato");
		float[][] results = new float[4][];
		Thread[] threads = new Thread[results.length];
		for (int i = 0; i < threads.length; i++) {
			int slot = i;
			threads[i] = new Thread(() -> results[slot] = this.embedder.embedAnew("does insurance cover spravato"));
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		for (float[] result : results) {
			assertThat(result).containsExactly(expected);
		}
	}

	@Test
	void embedWhenTheTextWasEmbeddedMomentsAgoGivesExactlyTheVectorTheEncoderComputes() {
		// the risk detector and the classifier share recent embeddings: sharing must not change a single bit
		String text = "is there parking near the clinic for my mom";
		float[] computed = this.embedder.embedAnew(text);
		assertThat(this.embedder.embed(text)).containsExactly(computed);
		assertThat(this.embedder.embed(text)).containsExactly(computed);
		assertThat(this.embedder.embed(text + "?")).isNotEqualTo(computed);
	}

	@Test
	void embedTrainingPhrasesInBulkGivesTheSameVectorsAsOneMessageAtATime() {
		List<String> phrases = IntStream.range(0, 100)
			.mapToObj((i) -> "bulk test phrase " + i + " about how many infusion sessions are needed")
			.toList();
		List<float[]> vectors = this.embedder.embedTrainingPhrases(phrases);
		assertThat(vectors).hasSize(phrases.size());
		for (int i = 0; i < phrases.size(); i += 9) {
			assertThat(vectors.get(i)).as(phrases.get(i)).containsExactly(this.embedder.embed(phrases.get(i)));
		}
	}

	private static double norm(float[] vector) {
		return Math.sqrt(cosineDot(vector, vector));
	}

	private static double cosine(float[] a, float[] b) {
		return cosineDot(a, b) / (norm(a) * norm(b));
	}

	private static double cosineDot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
