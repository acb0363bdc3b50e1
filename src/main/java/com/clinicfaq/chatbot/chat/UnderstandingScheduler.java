package com.clinicfaq.chatbot.chat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The scheduler that understanding a message (the safety screen, the sentence encoder, the classifier) runs on: one
 * thread per core, like Reactor's parallel scheduler, but all of them take work from one shared queue. The parallel
 * scheduler gives each task to the next worker in turn, so under load a short message can wait behind a long one
 * while the other core is idle; with one queue, the first free thread takes the oldest waiting message.
 */
public final class UnderstandingScheduler {

	private static final Scheduler SHARED = create(Runtime.getRuntime().availableProcessors());

	private UnderstandingScheduler() {
	}

	/** The process-wide scheduler, created on first use; its daemon threads never keep the JVM alive. */
	public static Scheduler shared() {
		return SHARED;
	}

	static Scheduler create(int threads) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (task) -> {
			Thread thread = new Thread(task, "understanding-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), factory);
		return Schedulers.fromExecutorService(executor, "understanding");
	}

}
