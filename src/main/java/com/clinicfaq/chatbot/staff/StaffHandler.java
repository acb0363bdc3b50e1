package com.clinicfaq.chatbot.staff;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.clinicfaq.chatbot.alerts.AlertBoard;
import com.clinicfaq.chatbot.chat.ChatRequest;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.staff.TranscriptExport.Format;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.web.InvalidRequestException;
import com.clinicfaq.chatbot.web.ProblemResponses;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles the staff routes. Every file read or write (transcripts, intent files, the audit log) runs on the blocking
 * scheduler; each staff action is audited before its result is sent.
 */
class StaffHandler {

	private static final Pattern INTENT = Pattern.compile("[a-z][a-z0-9_]{0,99}");

	private static final int DEFAULT_PAGE_SIZE = 50;

	private static final int MAX_PAGE_SIZE = 500;

	private final TranscriptSearch search;

	private final TranscriptInsights insights;

	private final TranscriptExport export;

	private final TranscriptFiles files;

	private final AlertBoard alerts;

	private final ExampleTeacher teacher;

	private final Supplier<IntentCatalog> catalog;

	private final AuditLog audit;

	private final Scheduler blocking;

	private final Resource page = new ClassPathResource("static/staff/index.html");

	StaffHandler(TranscriptSearch search, TranscriptInsights insights, TranscriptExport export, TranscriptFiles files,
			AlertBoard alerts, ExampleTeacher teacher, Supplier<IntentCatalog> catalog, AuditLog audit,
			Scheduler blocking) {
		this.search = search;
		this.insights = insights;
		this.export = export;
		this.files = files;
		this.alerts = alerts;
		this.teacher = teacher;
		this.catalog = catalog;
		this.audit = audit;
		this.blocking = blocking;
	}

	Mono<ServerResponse> page(ServerRequest request) {
		return ServerResponse.ok()
			.contentType(MediaType.TEXT_HTML)
			.cacheControl(CacheControl.noStore())
			.bodyValue(this.page);
	}

	Mono<ServerResponse> transcripts(ServerRequest request) {
		TranscriptQuery query = query(request);
		int page = intParam(request, "page", 0, 0, Integer.MAX_VALUE);
		int size = intParam(request, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
		Map<String, Object> details = new LinkedHashMap<>(query.describe());
		details.put("page", page);
		return audited(request, "search_transcripts", null, details, () -> this.search.page(query, page, size))
			.flatMap((result) -> json(HttpStatus.OK, result));
	}

	Mono<ServerResponse> export(ServerRequest request) {
		TranscriptQuery query = query(request);
		Format format = Format.of(request.queryParam("format").orElse(null));
		Map<String, Object> details = new LinkedHashMap<>(query.describe());
		details.put("format", format.extension());
		return audited(request, "export_transcripts", null, details,
				() -> this.export.write(this.search.find(query), format))
			.flatMap((body) -> ServerResponse.ok()
				.contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("transcripts-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension())
							.build()
							.toString())
				.cacheControl(CacheControl.noStore())
				.bodyValue(body));
	}

	Mono<ServerResponse> conversation(ServerRequest request) {
		String id = conversationId(request);
		return audited(request, "view_conversation", id, Map.of(), () -> this.search.conversation(id))
			.flatMap((turns) -> turns.isEmpty()
					? ProblemResponses.problem(request, HttpStatus.NOT_FOUND, "There is no conversation '" + id + "' in the transcripts.")
					: json(HttpStatus.OK, new Conversation(id, turns)));
	}

	Mono<ServerResponse> deleteConversation(ServerRequest request) {
		String id = conversationId(request);
		// the alerts of the conversation carry its (redacted) text too: they go with it, from the board and the journal
		return audited(request, "delete_conversation", id, Map.of(),
				() -> new Deleted(id, this.files.removeConversation(id), this.alerts.forget(id)))
			.flatMap((deleted) -> json(HttpStatus.OK, deleted));
	}

	Mono<ServerResponse> insights(ServerRequest request) {
		TranscriptQuery query = query(request);
		return audited(request, "view_insights", null, query.describe(),
				() -> this.insights.summarize(this.search.find(query)))
			.flatMap((result) -> json(HttpStatus.OK, result));
	}

	Mono<ServerResponse> intents(ServerRequest request) {
		List<IntentSummary> intents = this.catalog.get().all().stream().map(IntentSummary::of).toList();
		return json(HttpStatus.OK, intents);
	}

	Mono<ServerResponse> addExample(ServerRequest request) {
		String intent = request.pathVariable("name");
		if (!INTENT.matcher(intent).matches()) {
			return ProblemResponses.problem(request, HttpStatus.NOT_FOUND, "There is no intent named '" + intent + "'.");
		}
		Optional<MediaType> type = request.headers().contentType();
		if (type.isEmpty() || !MediaType.APPLICATION_JSON.isCompatibleWith(type.get())) {
			// also what keeps a cross-site form from posting here with cached credentials
			return ProblemResponses.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json.");
		}
		return request.bodyToMono(ExampleRequest.class)
			.switchIfEmpty(Mono.error(() -> new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The request body is empty; send {\"text\": \"the phrase\"}.")))
			.flatMap((body) -> audited(request, "add_example", intent, Map.of("text", String.valueOf(body.text())),
					() -> this.teacher.teach(intent, body.text())))
			.flatMap((taught) -> json(HttpStatus.ACCEPTED, taught));
	}

	Mono<ServerResponse> model(ServerRequest request) {
		return json(HttpStatus.OK, this.teacher.status());
	}

	Mono<ServerResponse> refused(InvalidRequestException ex, ServerRequest request) {
		return ProblemResponses.problem(request, ex.status(), ex.getMessage());
	}

	/**
	 * Runs the action off the event loop and audits it, successful or not, before its result goes out.
	 */
	private <T> Mono<T> audited(ServerRequest request, String action, String target, Map<String, ?> details,
			Callable<T> work) {
		return request.principal().map(Principal::getName).defaultIfEmpty("anonymous").flatMap((user) -> Mono
			.fromCallable(() -> {
				try {
					T result = work.call();
					this.audit.record(user, action, target, details);
					return result;
				}
				catch (InvalidRequestException ex) {
					Map<String, Object> refused = new LinkedHashMap<>(details);
					refused.put("refused", ex.getMessage());
					this.audit.record(user, action, target, refused);
					throw ex;
				}
			})
			.subscribeOn(this.blocking));
	}

	private static TranscriptQuery query(ServerRequest request) {
		return new TranscriptQuery(request.queryParam("route").orElse(null),
				request.queryParam("reason").orElse(null), request.queryParam("intent").orElse(null),
				time(request, "from", false), time(request, "to", true), request.queryParam("q").orElse(null),
				request.queryParam("conversationId").orElse(null),
				"urgent".equalsIgnoreCase(request.queryParam("sort").orElse("")));
	}

	/**
	 * An ISO day (a whole UTC day: {@code to} includes it) or an ISO instant ({@code to} excludes it).
	 */
	private static Instant time(ServerRequest request, String name, boolean end) {
		Optional<String> value = request.queryParam(name).filter((v) -> !v.isBlank()).map(String::strip);
		if (value.isEmpty()) {
			return null;
		}
		try {
			if (value.get().length() == 10) {
				LocalDate day = LocalDate.parse(value.get());
				return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return Instant.parse(value.get());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The parameter '" + name
					+ "' must be an ISO day (2025-01-31) or instant (2025-01-31T09:00:00Z), was '" + value.get() + "'.");
		}
	}

	private static int intParam(ServerRequest request, String name, int fallback, int min, int max) {
		Optional<String> value = request.queryParam(name).filter((v) -> !v.isBlank());
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.get().strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The parameter '" + name + "' must be a whole number from " + min
				+ " to " + max + ", was '" + value.get() + "'.");
	}

	private static String conversationId(ServerRequest request) {
		String id = request.pathVariable("id");
		if (!ChatRequest.isConversationId(id)) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"A conversation id is 1 to 100 letters, digits or . _ : - characters.");
		}
		return id;
	}

	private static Mono<ServerResponse> json(HttpStatus status, Object body) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.bodyValue(body);
	}

	/**
	 * The body of {@code POST /api/v1/intents/{name}/examples}.
	 */
	record ExampleRequest(String text) {
	}

	/**
	 * One conversation's turns, oldest first.
	 */
	record Conversation(String conversationId, List<TranscriptEntry> turns) {
	}

	/**
	 * What a deletion removed.
	 *
	 * @param conversationId the conversation
	 * @param removedTurns transcript lines removed
	 * @param removedAlerts alerts removed from the staff page's list (their journal lines go too)
	 */
	record Deleted(String conversationId, int removedTurns, int removedAlerts) {
	}

	/**
	 * An intent as offered in the staff page's "assign to intent" list.
	 */
	record IntentSummary(String name, String route, String handoffReason, int examples, int visitorExamples,
			String question) {

		static IntentSummary of(IntentDefinition intent) {
			return new IntentSummary(intent.name(), intent.route().value(),
					(intent.handoffReason() != null) ? intent.handoffReason().value() : null, intent.examples().size(),
					intent.visitorExamples().size(), intent.question());
		}

	}

}
