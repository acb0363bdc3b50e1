package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batched runs of the sentence encoder ({@link SentenceEmbedder#embedAll(List)}, {@link BatchGraph}) give every text
 * exactly the vector it gets alone, so no score and no decision depends on which texts shared a run.
 */
class SentenceEmbedderBatchTests {

	private static final List<String> TEXTS = List.of("hi", "is it safe", "how much is one infusion",
			"hello! do i need someone to drive me home after the session thanks!",
			"quick question: can i take my antidepressants the same day", "um what does spravato cost asap",
			"i feel like nobody would notice if i was gone", "ok so how long does the whole appointment last??",
			"my dad is on blood pressure medicine, can he still get ketamine (asking for a friend)",
			"sorry to bother you, is there a waiting list for new patients at the clinic or can i book this week",
			"what", "can you explain how the dose is chosen and whether it changes between the first and the sixth infusion",
			"do you take insurance", "my chest hurts and my left arm is numb right now",
			"good morning. where do i park", "lol");

	private final SentenceEmbedder embedder = SentenceEmbedder.load();

	@Test
	void textsRunTogetherGetTheirOwnVectorsBitForBit() {
		// one padded run of all sixteen lengths, from 3 to about 30 tokens, and runs of pairs
		float[][] together = this.embedder.embedTogether(TEXTS);
		for (int i = 0; i < TEXTS.size(); i++) {
			assertThat(together[i]).as(TEXTS.get(i)).containsExactly(this.embedder.embedAnew(TEXTS.get(i)));
		}
		for (int i = 0; i + 1 < TEXTS.size(); i += 2) {
			float[][] pair = this.embedder.embedTogether(TEXTS.subList(i, i + 2));
			assertThat(pair[0]).containsExactly(this.embedder.embedAnew(TEXTS.get(i)));
			assertThat(pair[1]).containsExactly(this.embedder.embedAnew(TEXTS.get(i + 1)));
		}
	}

	@Test
	void theModelsOwnGraphWouldMoveTheVectorsInABatch() {
		// what the batch graph is for: run together on the model's own graph, texts are rounded on the range of all
		float[][] together = this.embedder.embedTogetherOnOwnGraph(TEXTS);
		long moved = 0;
		for (int i = 0; i < TEXTS.size(); i++) {
			moved += Arrays.equals(together[i], this.embedder.embedAnew(TEXTS.get(i))) ? 0 : 1;
		}
		assertThat(moved).isGreaterThan(TEXTS.size() / 2);
	}

	@Test
	void embedAllAnswersInOrderWithDuplicatesAndKeepsTheTextsAsRecent() {
		List<String> texts = new ArrayList<>();
		for (String text : TEXTS) {
			texts.add(text + " (batch test)");
		}
		texts.add(texts.get(3));
		this.embedder.awaitBatchModel();
		List<float[]> vectors = this.embedder.embedAll(texts);
		assertThat(vectors).hasSize(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			assertThat(vectors.get(i)).as(texts.get(i)).containsExactly(this.embedder.embedAnew(texts.get(i)));
			assertThat(this.embedder.isRecent(texts.get(i))).isTrue();
		}
		assertThat(this.embedder.embed(texts.get(5))).isSameAs(vectors.get(5));
	}

}
