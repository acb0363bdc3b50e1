package com.clinicfaq.chatbot.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.chat.UrgentTurnListener;
import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
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
 * cannot delay the others; deliveries use a timeout per attempt and retries with exponential backoff; every outcome (delivered, failed, queue full) is recorded on the
 * {@link AlertBoard} and logged.
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
			Alert alert = Alert.from(turn, this.redactor, this.staffBaseUrl);
			this.board.raised(alert);
			if (this.routes.isEmpty()) {
				return;
			}
			for (RouteQueue queue : this.queues) {
				Sinks.EmitResult result = queue.offer(alert);
				if (result.isFailure()) {
					logger.error("Alert {} for urgent conversation {} could not be queued for {} ({}); staff are NOT "
							+ "notified that way", alert.id(), alert.conversationId(), queue.route().name(), result);
					this.board.failed(alert.id(), queue.route().name(), 0, "alert queue full");
				}
			}
		}
		catch (RuntimeException ex) {
			// never let alerting break the visitor's reply
			logger.error("Cannot raise an alert for urgent turn {} of conversation {}", turn.messageId(),
					turn.conversationId(), ex);
		}
	}

	/**
	 * Sends one alert through one route; completes empty whatever happens, after recording the outcome.
	 */
	Mono<Void> deliver(AlertRoute route, Alert alert) {
		AtomicInteger attempts = new AtomicInteger();
		return Mono.defer(() -> {
			attempts.incrementAndGet();
			return route.send(alert).timeout(this.policy.timeout());
		})
			.retryWhen(Retry.backoff(this.policy.maxAttempts() - 1L, this.policy.firstBackoff())
				.maxBackoff(this.policy.maxBackoff())
				.filter(route::retryable)
				.doBeforeRetry((signal) -> logger.warn("Alert {} via {}: attempt {} failed ({}); retrying",
						alert.id(), route.name(), signal.totalRetries() + 1, describe(signal.failure())))
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.doOnSuccess((ignored) -> {
				this.board.delivered(alert.id(), route.name(), attempts.get());
				logger.info("Alert {} for conversation {} delivered via {} (attempt {})", alert.id(),
						alert.conversationId(), route.name(), attempts.get());
			})
			.onErrorResume((ex) -> {
				this.board.failed(alert.id(), route.name(), attempts.get(), describe(ex));
				logger.error("Alert {} for urgent conversation {} NOT delivered via {} after {} attempt(s): {}",
						alert.id(), alert.conversationId(), route.name(), attempts.get(), describe(ex));
				return Mono.empty();
			});
	}

	List<String> routeNames() {
		return this.routeNames;
	}

	void stop() {
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

		private final Sinks.Many<Alert> sink;

		private final Disposable subscription;

		RouteQueue(AlertRoute route, int size) {
			this.route = route;
			this.sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<Alert>get(size).get());
			this.subscription = this.sink.asFlux().flatMap((alert) -> deliver(route, alert), CONCURRENCY).subscribe();
		}

		AlertRoute route() {
			return this.route;
		}

		synchronized Sinks.EmitResult offer(Alert alert) {
			return this.sink.tryEmitNext(alert);
		}

		void stop() {
			this.sink.tryEmitComplete();
			this.subscription.dispose();
		}

	}

	/**
	 * How hard delivery tries.
	 *
	 * @param maxAttempts attempts per route, the first included
	 * @param firstBackoff the wait before the second attempt, doubled after each failure (with jitter)
	 * @param maxBackoff the longest wait
	 * @param timeout how long one attempt may take
	 * @param queueSize alerts that may wait for delivery
	 */
	record Policy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration timeout, int queueSize) {

		static Policy of(AlertsProperties properties) {
			return new Policy(properties.maxAttempts(), properties.firstBackoff(), properties.maxBackoff(),
					properties.timeout(), properties.queueSize());
		}

	}

}
