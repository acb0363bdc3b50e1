package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batched runs of the sentence encoder ({@link SentenceEmbedder#embedAll(List)}, {@link BatchGraph}) give every text
 * exactly the vector it gets alone on the model's own graph, so no score and no decision depends on which texts
 * shared a run; and once the batch graph is loaded it serves single texts too, to the same vectors, as the one
 * session of the embedder.
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

	/** The model's own graph, never replaced: the vectors every other run must give. */
	private static final SentenceEmbedder OWN_GRAPH = SentenceEmbedder.loadUnshared(SentenceEmbedder.Encoder.MINILM);

	private final SentenceEmbedder embedder = SentenceEmbedder.load();

	@Test
	void textsRunTogetherGetTheirOwnVectorsBitForBit() {
		// one padded run of all sixteen lengths, from 3 to about 30 tokens, and runs of pairs
		float[][] together = this.embedder.embedTogether(TEXTS);
		for (int i = 0; i < TEXTS.size(); i++) {
			assertThat(together[i]).as(TEXTS.get(i)).containsExactly(OWN_GRAPH.embedAnew(TEXTS.get(i)));
		}
		for (int i = 0; i + 1 < TEXTS.size(); i += 2) {
			float[][] pair = this.embedder.embedTogether(TEXTS.subList(i, i + 2));
			assertThat(pair[0]).containsExactly(OWN_GRAPH.embedAnew(TEXTS.get(i)));
			assertThat(pair[1]).containsExactly(OWN_GRAPH.embedAnew(TEXTS.get(i + 1)));
		}
	}

	@Test
	void singleTextsOnTheBatchGraphGetTheOwnGraphsVectorsBitForBit() {
		assertThat(this.embedder.awaitBatchModel()).isTrue();
		assertThat(this.embedder.runsOnBatchGraph()).isTrue();
		assertThat(OWN_GRAPH.runsOnBatchGraph()).isFalse();
		for (String text : variants()) {
			assertThat(this.embedder.embedAnew(text)).as(text).containsExactly(OWN_GRAPH.embedAnew(text));
		}
	}

	@Test
	void anEmbedderLoadedForBatchesRunsOnTheBatchGraphAtOnceWithTheSameVectorsAndFingerprint() {
		SentenceEmbedder batched = SentenceEmbedder.loadUnshared(SentenceEmbedder.Encoder.MINILM, true);
		assertThat(batched.runsOnBatchGraph()).isTrue();
		assertThat(batched.enableBatchesAndWait()).isTrue();
		// the saved phrase embeddings and models are keyed by the fingerprint: the same, so they stay valid
		assertThat(batched.fingerprint()).isEqualTo(OWN_GRAPH.fingerprint());
		for (String text : variants()) {
			assertThat(batched.embedAnew(text)).as(text).containsExactly(OWN_GRAPH.embedAnew(text));
		}
		List<float[]> together = batched.embedAll(TEXTS);
		for (int i = 0; i < TEXTS.size(); i++) {
			assertThat(together.get(i)).as(TEXTS.get(i)).containsExactly(OWN_GRAPH.embedAnew(TEXTS.get(i)));
		}
	}

	@Test
	void theModelsOwnGraphWouldMoveTheVectorsInABatch() {
		// what the batch graph is for: run together on the model's own graph, texts are rounded on the range of all
		float[][] together = OWN_GRAPH.embedInOneRun(TEXTS);
		long moved = 0;
		for (int i = 0; i < TEXTS.size(); i++) {
			moved += Arrays.equals(together[i], OWN_GRAPH.embedAnew(TEXTS.get(i))) ? 0 : 1;
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
			assertThat(vectors.get(i)).as(texts.get(i)).containsExactly(OWN_GRAPH.embedAnew(texts.get(i)));
			assertThat(this.embedder.isRecent(texts.get(i))).isTrue();
		}
		assertThat(this.embedder.embed(texts.get(5))).isSameAs(vectors.get(5));
	}

	@Test
	void runsGoingOnWhileTheBatchGraphReplacesTheOwnGraphAllSucceedWithTheSameVectors() throws Exception {
		SentenceEmbedder switching = SentenceEmbedder.loadUnshared(SentenceEmbedder.Encoder.MINILM);
		List<String> texts = variants();
		AtomicBoolean stop = new AtomicBoolean();
		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 3; t++) {
			int offset = t;
			Thread thread = new Thread(() -> {
				try {
					for (int i = offset; !stop.get() || i < offset + texts.size(); i++) {
						String text = texts.get(i % texts.size());
						if (!Arrays.equals(switching.embedAnew(text), OWN_GRAPH.embedAnew(text))) {
							wrong.add(text);
						}
					}
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		assertThat(switching.runsOnBatchGraph()).isFalse();
		assertThat(switching.enableBatchesAndWait()).isTrue();
		assertThat(switching.runsOnBatchGraph()).isTrue();
		stop.set(true);
		for (Thread thread : threads) {
			thread.join(120_000);
		}
		assertThat(failures).isEmpty();
		assertThat(wrong).isEmpty();
	}

	/** The sixteen texts with openers and endings a visitor adds: 64 texts of 2 to about 40 tokens. */
	private static List<String> variants() {
		List<String> texts = new ArrayList<>();
		String[] openers = { "", "hey so ", "sorry to bother you, ", "um " };
		String[] endings = { "", "?", " thanks!", " (asking before i book)" };
		for (int i = 0; i < TEXTS.size() * openers.length; i++) {
			texts.add(openers[i % openers.length] + TEXTS.get(i / openers.length) + endings[(i / 3) % endings.length]);
		}
		return texts;
	}

}
