package com.clinicfaq.chatbot.staff;

import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.clinicfaq.chatbot.alerts.AlertBoard;
import com.clinicfaq.chatbot.alerts.AlertStatus;
import com.clinicfaq.chatbot.alerts.AlertStatus.Outcome;
import com.clinicfaq.chatbot.web.InvalidRequestException;
import com.clinicfaq.chatbot.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles the staff alert routes. The stream sends the routes and the recent alerts first, then every new alert and
 * every change (a delivery result, an acknowledgement) as it happens, with a comment every 20 s so proxies keep the
 * connection open. Opening the stream and acknowledging an alert are audited.
 */
class AlertsHandler {

	private static final Logger logger = LoggerFactory.getLogger(AlertsHandler.class);

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private static final int MAX_NOTE_LENGTH = 500;

	private static final Duration HEARTBEAT = Duration.ofSeconds(20);

	private final AlertBoard board;

	private final AuditLog audit;

	private final Scheduler blocking;

	AlertsHandler(AlertBoard board, AuditLog audit, Scheduler blocking) {
		this.board = board;
		this.audit = audit;
		this.blocking = blocking;
	}

	Mono<ServerResponse> recent(ServerRequest request) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.bodyValue(new Recent(this.board.routes(), this.board.recent()));
	}

	Mono<ServerResponse> stream(ServerRequest request) {
		// subscribe to changes before reading the snapshot so nothing falls between them; versions order duplicates
		Flux<ServerSentEvent<Object>> changes = this.board.changes().map(AlertsHandler::event);
		Flux<ServerSentEvent<Object>> snapshot = Flux.defer(() -> {
			List<AlertStatus> recent = new ArrayList<>(this.board.recent());
			Collections.reverse(recent);
			Flux<ServerSentEvent<Object>> routes = Flux
				.just(ServerSentEvent.builder((Object) Map.of("routes", this.board.routes())).event("routes").build());
			return routes.concatWith(Flux.fromIterable(recent).map(AlertsHandler::event));
		});
		Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
			.map((tick) -> ServerSentEvent.builder().comment("keep-alive").build());
		Flux<ServerSentEvent<Object>> events = Flux.merge(changes, snapshot, heartbeat);
		return user(request).flatMap((user) -> record(user, "watch_alerts", null, Map.of()))
			.then(ServerResponse.ok()
				.contentType(MediaType.TEXT_EVENT_STREAM)
				.cacheControl(CacheControl.noStore())
				.header("X-Accel-Buffering", "no")
				.body(BodyInserters.fromServerSentEvents(events)));
	}

	Mono<ServerResponse> acknowledge(ServerRequest request) {
		String id = request.pathVariable("id");
		if (!ID.matcher(id).matches()) {
			return ProblemResponses.problem(request, HttpStatus.BAD_REQUEST,
					"An alert id is 1 to 100 letters, digits or . _ : - characters.");
		}
		Optional<MediaType> type = request.headers().contentType();
		if (type.isEmpty() || !MediaType.APPLICATION_JSON.isCompatibleWith(type.get())) {
			// also what keeps a cross-site form from posting here with cached credentials
			return ProblemResponses.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Content-Type must be application/json.");
		}
		return request.bodyToMono(AcknowledgementRequest.class)
			.switchIfEmpty(Mono.error(() -> new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The request body is empty; send {\"outcome\": \"called_back\"} or \"left_message\".")))
			.map(AlertsHandler::validate)
			.zipWith(user(request))
			.flatMap((both) -> acknowledge(request, id, both.getT1(), both.getT2()));
	}

	private Mono<ServerResponse> acknowledge(ServerRequest request, String id, AcknowledgementRequest body,
			String user) {
		Outcome outcome = Outcome.of(body.outcome());
		String note = (body.note() != null && !body.note().isBlank()) ? body.note().strip() : null;
		return Mono.fromCallable(() -> {
			Optional<AlertStatus> acknowledged = this.board.acknowledge(id, user, outcome, note);
			// answer once the acknowledgement is on disk, so a restart right after cannot show the alert open again;
			// when the journal is failing it stays queued there (and /actuator/health/setup says so): the
			// acknowledgement itself is made, so staff must not be told to repeat it
			if (acknowledged.isPresent() && !this.board.awaitRecorded(Duration.ofSeconds(5))) {
				logger.warn("Acknowledgement of alert {} is not in the alert journal yet (the journal is behind or "
						+ "failing); it is retried there", id);
			}
			Map<String, Object> details = new LinkedHashMap<>();
			acknowledged.ifPresent((status) -> details.put("conversationId", status.alert().conversationId()));
			details.put("outcome", outcome.value());
			if (note != null) {
				details.put("note", note);
			}
			if (acknowledged.isEmpty()) {
				details.put("refused", "unknown alert");
			}
			this.audit.record(user, "acknowledge_alert", id, details);
			return acknowledged;
		})
			.subscribeOn(this.blocking)
			.flatMap((acknowledged) -> acknowledged.isPresent()
					? ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(acknowledged.get())
					: ProblemResponses.problem(request, HttpStatus.NOT_FOUND, "There is no recent alert '" + id
							+ "' (it may be too old to be kept, or its conversation was deleted); open the "
							+ "conversation instead."));
	}

	private static AcknowledgementRequest validate(AcknowledgementRequest body) {
		if (Outcome.of(body.outcome()) == null) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The field 'outcome' must be \"called_back\" or \"left_message\", was '" + body.outcome() + "'.");
		}
		if (body.note() != null && body.note().length() > MAX_NOTE_LENGTH) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The field 'note' is " + body.note().length() + " characters long; the limit is "
							+ MAX_NOTE_LENGTH + ".");
		}
		return body;
	}

	private Mono<Void> record(String user, String action, String target, Map<String, ?> details) {
		return Mono.fromRunnable(() -> this.audit.record(user, action, target, details))
			.subscribeOn(this.blocking)
			.then();
	}

	private static Mono<String> user(ServerRequest request) {
		return request.principal().map(Principal::getName).defaultIfEmpty("anonymous");
	}

	private static ServerSentEvent<Object> event(AlertStatus status) {
		return ServerSentEvent.builder((Object) status)
			.id(status.alert().id() + ":" + status.version())
			.event("alert")
			.build();
	}

	/**
	 * The body of {@code GET /api/v1/alerts}: the configured routes and the recent alerts, newest first.
	 */
	record Recent(List<String> routes, List<AlertStatus> alerts) {
	}

	/**
	 * The body of {@code POST /api/v1/alerts/{id}/acknowledgement}.
	 */
	record AcknowledgementRequest(String outcome, String note) {
	}

}
