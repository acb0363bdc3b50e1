package com.clinicfaq.chatbot.nlu;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one model train at a time in this process: the intent model and the risk detector, at the first start (nothing
 * saved) and when a staff edit retrains both. Training is what needs the heap (embeddings of every phrase, feature
 * events, training rows); two at once, beside the serving models, needed a 224 MB heap where one at a time fits in
 * far less (docs/operations.md#memory). Loading a saved model does not take a turn, so a restart still loads both at
 * once. Turns are given in the order they were asked for.
 */
public final class ModelTraining {

	private static final ReentrantLock TURN = new ReentrantLock(true);

	private ModelTraining() {
	}

	/**
	 * Runs {@code training} once no other model is training (at once when none is), on the caller's thread.
	 */
	public static <T> T oneAtATime(Supplier<T> training) {
		TURN.lock();
		try {
			return training.get();
		}
		finally {
			TURN.unlock();
		}
	}

	/**
	 * Whether a training is waiting for its turn (tests).
	 */
	static boolean waiting() {
		return TURN.hasQueuedThreads();
	}

}
