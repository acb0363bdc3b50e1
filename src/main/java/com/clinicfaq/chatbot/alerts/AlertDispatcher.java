package com.clinicfaq.chatbot.alerts;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.chat.UrgentTurnListener;
import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;
import reactor.util.retry.Retry;

import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Turns each urgent turn into an {@link Alert} and delivers it through every configured route, without ever holding
 * up the visitor's reply: {@link #urgentTurn} only redacts the text, records the alert on the board and offers it to
 * each route's bounded queue, then returns. Each route has its own queue and subscriber, so a route that hangs
 * cannot delay the others; deliveries use a timeout per attempt and retries with exponential backoff; every outcome
 * (retrying, delivered, failed, queue full) is recorded on the {@link AlertBoard} (and so in its journal) and logged.
 * After a restart, {@link #resume} picks up the deliveries the journal still shows as pending, where their backoff
 * left off, unless the alert is older than the policy's {@code resendMaxAge}.
 */
public class AlertDispatcher implements UrgentTurnListener {

	private static final Logger logger = LoggerFactory.getLogger(AlertDispatcher.class);

	/** Alerts one route delivers at the same time; each may wait on that route. */
	private static final int CONCURRENCY = 16;

	private final List<AlertRoute> routes;

	private final List<String> routeNames;

	private final AlertBoard board;

	private final PersonalDataRedactor redactor;

	private final URI staffBaseUrl;

	private final Policy policy;

	/** One queue per route, so a route that hangs or fails slowly never holds up the others. */
	private final List<RouteQueue> queues;

	/**
	 * Set when the service begins to stop: from then on nothing new is sent, and failures are not recorded (an
	 * attempt cut short by the shutdown says nothing about the receiver), so the journal still shows the delivery as
	 * pending and the next start resumes it.
	 */
	private volatile boolean stopped;

	AlertDispatcher(List<AlertRoute> routes, AlertBoard board, PersonalDataRedactor redactor, URI staffBaseUrl,
			Policy policy) {
		this.routes = List.copyOf(routes);
		this.routeNames = this.routes.stream().map(AlertRoute::name).toList();
		this.board = board;
		this.redactor = redactor;
		this.staffBaseUrl = staffBaseUrl;
		this.policy = policy;
		this.queues = this.routes.stream().map((route) -> new RouteQueue(route, policy.queueSize())).toList();
	}

	@Override
	public void urgentTurn(ChatTurn turn) {
		try {
			raise(Alert.from(turn, this.redactor, this.staffBaseUrl));
		}
		catch (RuntimeException ex) {
			// never let alerting break the visitor's reply
			logger.error("Cannot raise an alert for urgent turn {} of conversation {}", turn.messageId(),
					turn.conversationId(), ex);
		}
	}

	private void raise(Alert alert) {
		this.board.raised(alert);
		for (RouteQueue queue : this.queues) {
			offer(queue, new Job(alert, 0, null));
		}
	}

	/**
	 * Raises, after a restart, the alerts of urgent turns that the transcript kept but the alert journal did not: the
	 * reply goes out only once its transcript line is on disk, while the alert's own journal line is written a few
	 * milliseconds later, so a process killed in between would otherwise leave staff untold. Each such turn is raised
	 * now, from its transcript line (its text is already redacted there), and sent through every route; its id is the
	 * turn's message id, so a receiver that did get it before the crash can recognise the repeat. Turns older than
	 * {@code resendMaxAge} are not raised again (they stay in the transcript, marked urgent).
	 *
	 * @param transcript the transcript lines of the last days, in any order
	 * @param journaled the ids of the alerts the journal holds
	 * @param now the time of the start
	 * @return how many alerts were raised
	 */
	int recover(List<TranscriptEntry> transcript, Set<String> journaled, Instant now) {
		Instant oldest = now.minus(this.policy.resendMaxAge());
		Set<String> raised = new HashSet<>();
		for (TranscriptEntry entry : transcript) {
			if (!entry.urgent() || journaled.contains(entry.messageId()) || entry.time().isBefore(oldest)
					|| !raised.add(entry.messageId())) {
				continue;
			}
			Alert alert = Alert.recovered(entry, this.staffBaseUrl);
			logger.warn("Urgent turn {} of conversation {} ({}) has no alert in the journal (the service stopped "
					+ "before writing it): raising it now", alert.id(), alert.conversationId(), alert.time());
			raise(alert);
		}
		return raised.size();
	}

	private void offer(RouteQueue queue, Job job) {
		if (this.stopped) {
			logger.warn("Alert {} for urgent conversation {} arrived while the service is stopping: it is journaled "
					+ "as pending and sent via {} at the next start", job.alert().id(), job.alert().conversationId(),
					queue.route().name());
			return;
		}
		Sinks.EmitResult result = queue.offer(job);
		if (result.isFailure()) {
			logger.error("Alert {} for urgent conversation {} could not be queued for {} ({}); staff are NOT "
					+ "notified that way", job.alert().id(), job.alert().conversationId(), queue.route().name(),
					result);
			this.board.failed(job.alert().id(), queue.route().name(), job.attemptsMade(), "alert queue full");
		}
	}

	/**
	 * Takes up, after a restart, the deliveries of restored alerts that were still pending: each is queued again with
	 * the attempts already made, and waits what is left of its backoff. A delivery is given up instead (recorded as
	 * failed, with the reason) when its alert is older than {@code resendMaxAge}, or when its route is no longer
	 * configured. Alerts are never sent to a route added since they were raised.
	 *
	 * @return how many deliveries were queued again
	 */
	int resume(List<AlertStatus> restored, Instant now) {
		int resumed = 0;
		for (AlertStatus status : restored) {
			Alert alert = status.alert();
			for (AlertStatus.Delivery delivery : status.deliveries()) {
				if (delivery.state() != AlertStatus.State.PENDING) {
					continue;
				}
				RouteQueue queue = this.queues.stream()
					.filter((candidate) -> candidate.route().name().equals(delivery.route()))
					.findFirst()
					.orElse(null);
				if (queue == null) {
					this.board.failed(alert.id(), delivery.route(), delivery.attempts(),
							"not resent after a restart: the route is no longer configured");
				}
				else if (alert.time().isBefore(now.minus(this.policy.resendMaxAge()))) {
					logger.warn("Alert {} for urgent conversation {} was not delivered via {} before the restart and "
							+ "is older than {}: not resent (it stays on the staff page)", alert.id(),
							alert.conversationId(), delivery.route(), this.policy.resendMaxAge());
					this.board.failed(alert.id(), delivery.route(), delivery.attempts(),
							"not resent after a restart: older than " + readable(this.policy.resendMaxAge()));
				}
				else {
					offer(queue, new Job(alert, delivery.attempts(),
							(delivery.attempts() > 0) ? delivery.time() : null));
					resumed++;
				}
			}
		}
		if (resumed > 0) {
			logger.warn("Resuming {} alert deliveries left pending by the previous run", resumed);
		}
		return resumed;
	}

	/**
	 * Sends one alert through one route; completes empty whatever happens, after recording the outcome.
	 */
	Mono<Void> deliver(AlertRoute route, Alert alert) {
		return deliver(route, new Job(alert, 0, null));
	}

	/**
	 * Sends a job's alert through one route, counting on from the attempts it already made (before a restart) and
	 * first waiting what is left of the backoff after its last failure.
	 */
	private Mono<Void> deliver(AlertRoute route, Job job) {
		Alert alert = job.alert();
		int made = job.attemptsMade();
		AtomicInteger attempts = new AtomicInteger(made);
		long retries = Math.max(0, this.policy.maxAttempts() - 1L - made);
		Duration wait = (job.lastFailure() != null)
				? max(Duration.ZERO, Duration.between(Instant.now(), job.lastFailure().plus(backoff(made))))
				: Duration.ZERO;
		Mono<Void> tries = Mono.defer(() -> {
			attempts.incrementAndGet();
			return route.send(alert).timeout(this.policy.timeout());
		})
			.retryWhen(Retry.backoff(retries, backoff(made + 1))
				.maxBackoff(this.policy.maxBackoff())
				.filter((failure) -> !this.stopped && route.retryable(failure))
				.doBeforeRetry((signal) -> {
					logger.warn("Alert {} via {}: attempt {} failed ({}); retrying", alert.id(), route.name(),
							attempts.get(), describe(signal.failure()));
					this.board.retrying(alert.id(), route.name(), attempts.get(), describe(signal.failure()));
				})
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
		// only a resumed delivery waits first; a new alert goes out at once, without a hop to a timer
		return (wait.isZero() ? tries : Mono.delay(wait).then(tries))
			.doOnSuccess((ignored) -> {
				this.board.delivered(alert.id(), route.name(), attempts.get());
				logger.info("Alert {} for conversation {} delivered via {} (attempt {})", alert.id(),
						alert.conversationId(), route.name(), attempts.get());
			})
			.onErrorResume((ex) -> {
				if (this.stopped) {
					logger.warn("Alert {} via {}: attempt {} cut short by the shutdown ({}); resumed at the next start",
							alert.id(), route.name(), attempts.get(), describe(ex));
					return Mono.empty();
				}
				this.board.failed(alert.id(), route.name(), attempts.get(), describe(ex));
				logger.error("Alert {} for urgent conversation {} NOT delivered via {} after {} attempt(s): {}",
						alert.id(), alert.conversationId(), route.name(), attempts.get(), describe(ex));
				return Mono.empty();
			});
	}

	/**
	 * The wait after the given number of failed attempts: the first backoff, doubled after each further failure, at
	 * most the longest backoff (the retries add their jitter on top).
	 */
	private Duration backoff(int failedAttempts) {
		Duration wait = this.policy.firstBackoff();
		for (int i = 1; i < failedAttempts && wait.compareTo(this.policy.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return min(wait, this.policy.maxBackoff());
	}

	/** {@code 24h}, {@code 30m}, {@code 1h30m}: how the setting is written. */
	static String readable(Duration duration) {
		return duration.toString().substring(2).toLowerCase(Locale.ROOT);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	List<String> routeNames() {
		return this.routeNames;
	}

	/**
	 * Stops sending: deliveries in flight are cancelled and nothing more is recorded about them, so they stay pending
	 * in the journal. Called as the service begins to close, before the HTTP client's resources go away.
	 */
	void stop() {
		this.stopped = true;
		this.queues.forEach(RouteQueue::stop);
	}

	/**
	 * Why a delivery failed, without the route's address: a Slack webhook URL is itself a secret.
	 */
	private static String describe(Throwable failure) {
		if (failure instanceof TimeoutException) {
			return "no answer in time";
		}
		if (failure instanceof WebClientResponseException response) {
			return "HTTP " + response.getStatusCode().value();
		}
		if (failure instanceof WebClientRequestException request) {
			Throwable cause = request.getMostSpecificCause();
			return "cannot connect: " + cause.getClass().getSimpleName()
					+ ((cause.getMessage() != null) ? " " + cause.getMessage() : "");
		}
		String message = failure.getMessage();
		return failure.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	/**
	 * A route's bounded queue and the subscriber that drains it, {@code CONCURRENCY} deliveries at a time.
	 */
	private final class RouteQueue {

		private final AlertRoute route;

		private final Sinks.Many<Job> sink;

		private final Disposable subscription;

		RouteQueue(AlertRoute route, int size) {
			this.route = route;
			this.sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<Job>get(size).get());
			this.subscription = this.sink.asFlux().flatMap((job) -> deliver(route, job), CONCURRENCY).subscribe();
		}

		AlertRoute route() {
			return this.route;
		}

		synchronized Sinks.EmitResult offer(Job job) {
			return this.sink.tryEmitNext(job);
		}

		void stop() {
			this.sink.tryEmitComplete();
			this.subscription.dispose();
		}

	}

	/**
	 * One alert to deliver through one route.
	 *
	 * @param alert the alert
	 * @param attemptsMade attempts already made (by the run before a restart)
	 * @param lastFailure when the last of them failed, or {@code null}
	 */
	private record Job(Alert alert, int attemptsMade, Instant lastFailure) {
	}

	/**
	 * How hard delivery tries.
	 *
	 * @param maxAttempts attempts per route, the first included
	 * @param firstBackoff the wait before the second attempt, doubled after each failure (with jitter)
	 * @param maxBackoff the longest wait
	 * @param timeout how long one attempt may take
	 * @param queueSize alerts that may wait for delivery
	 * @param resendMaxAge after a restart, pending deliveries of alerts older than this are given up, not resent
	 */
	record Policy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration timeout, int queueSize,
			Duration resendMaxAge) {

		Policy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration timeout, int queueSize) {
			this(maxAttempts, firstBackoff, maxBackoff, timeout, queueSize, Duration.ofHours(24));
		}

		static Policy of(AlertsProperties properties) {
			return new Policy(properties.maxAttempts(), properties.firstBackoff(), properties.maxBackoff(),
					properties.timeout(), properties.queueSize(), properties.journal().resendMaxAge());
		}

	}

}
