package com.clinicfaq.chatbot.channels;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;

/**
 * Sends replies after the webhook has been acknowledged. Providers such as Slack want an answer within seconds and
 * retry otherwise, so the turn is recorded first, the webhook answered, and the reply sent from this bounded queue
 * by one long-lived subscriber (never a {@code subscribe()} on a request path). Failures are logged by the
 * {@link OutboundClient} and do not stop the queue.
 */
public class OutboundQueue implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboundQueue.class);

	private final Sinks.Many<Mono<?>> sends;

	private final int concurrency;

	private final Duration drainTimeout;

	private final CountDownLatch drained = new CountDownLatch(1);

	private volatile Disposable worker;

	public OutboundQueue(int capacity, int concurrency) {
		this(capacity, concurrency, Duration.ofSeconds(10));
	}

	/**
	 * @param drainTimeout how long a shutdown waits for queued replies to go out (their turns are already recorded
	 * and acknowledged, so a reply dropped here would never reach the person)
	 */
	public OutboundQueue(int capacity, int concurrency, Duration drainTimeout) {
		this.sends = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(capacity));
		this.concurrency = concurrency;
		this.drainTimeout = drainTimeout;
	}

	/**
	 * Queues a send; {@code false} when the queue is full, so the webhook can answer 503 and the provider retry.
	 */
	public synchronized boolean submit(Mono<?> send) {
		return this.sends.tryEmitNext(send).isSuccess();
	}

	@Override
	public void start() {
		this.worker = this.sends.asFlux()
			.flatMap((send) -> send.then().onErrorResume((ex) -> {
				logger.debug("Reply not sent", ex);
				return Mono.empty();
			}), this.concurrency)
			.doFinally((signal) -> this.drained.countDown())
			.subscribe();
	}

	/**
	 * Takes no new sends and waits (on the shutdown thread, never a request's) for the queued ones to finish.
	 */
	@Override
	public void stop() {
		synchronized (this) {
			this.sends.tryEmitComplete();
		}
		Disposable current = this.worker;
		if (current == null) {
			return;
		}
		try {
			if (!this.drained.await(this.drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("Replies still queued after {}; they are not sent", this.drainTimeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		current.dispose();
	}

	@Override
	public boolean isRunning() {
		return this.worker != null && !this.worker.isDisposed();
	}

}
