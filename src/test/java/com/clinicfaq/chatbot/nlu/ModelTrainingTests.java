package com.clinicfaq.chatbot.nlu;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ModelTraining}: a second training waits for the first to finish.
 */
class ModelTrainingTests {

	@Test
	void oneAtATimeWhenAnotherTrainingRunsWaitsForIt() throws InterruptedException {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch finishFirst = new CountDownLatch(1);
		AtomicBoolean secondRan = new AtomicBoolean();
		AtomicBoolean secondRanBeforeFirstFinished = new AtomicBoolean();
		AtomicBoolean firstFinished = new AtomicBoolean();
		Thread first = new Thread(() -> ModelTraining.oneAtATime(() -> {
			firstStarted.countDown();
			await(finishFirst);
			firstFinished.set(true);
			return null;
		}));
		first.start();
		firstStarted.await();
		Thread second = new Thread(() -> ModelTraining.oneAtATime(() -> {
			secondRanBeforeFirstFinished.set(!firstFinished.get());
			secondRan.set(true);
			return null;
		}));
		second.start();
		while (!ModelTraining.waiting()) {
			Thread.onSpinWait();
		}
		assertThat(secondRan).isFalse();
		finishFirst.countDown();
		first.join();
		second.join();
		assertThat(secondRan).isTrue();
		assertThat(secondRanBeforeFirstFinished).isFalse();
	}

	@Test
	void oneAtATimeReturnsWhatTheTrainingReturns() {
		assertThat(ModelTraining.oneAtATime(() -> "model")).isEqualTo("model");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
