package com.clinicfaq.chatbot.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.chat.ChatRequest;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.chat.MessageSanitizer;
import com.clinicfaq.chatbot.chat.Screened;
import com.clinicfaq.chatbot.chat.UnderstandingScheduler;
import com.clinicfaq.chatbot.transcripts.TranscriptQueueFullException;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles the visitor-facing chat routes: validates the message, asks the chat core for a reply, records the turn
 * (off the event loop) and only then answers.
 */
@Component
class ChatHandler {

	private static final Logger logger = LoggerFactory.getLogger(ChatHandler.class);

	private final ChatService chat;

	private final TranscriptWriter transcripts;

	private final ClinicContact clinic;

	private final WebProperties limits;

	private final ObjectMapper json;

	private final RateLimiter rateLimiter;

	private final MeterRegistry meters;

	private final Timer chatTime;

	private final Timer parseTime;

	/** Embeds a message's texts ahead of its understanding, in batches shared with concurrent requests. */
	private EmbeddingsAhead embeddingsAhead = EmbeddingsAhead.NONE;

	/**
	 * Without rate limits, for tests of the rest of the contract.
	 */
	ChatHandler(ChatService chat, TranscriptWriter transcripts, ClinicContact clinic, WebProperties limits,
			ObjectMapper json) {
		this(chat, transcripts, clinic, limits, json, new RateLimiter(RateLimitProperties.unlimited(), System::nanoTime));
	}

	@Autowired
	ChatHandler(ChatService chat, TranscriptWriter transcripts, ClinicContact clinic, WebProperties limits,
			ObjectMapper json, RateLimitProperties rateLimits, MeterRegistry meters,
			ObjectProvider<EmbeddingsAhead> embeddingsAhead) {
		this(chat, transcripts, clinic, limits, json, new RateLimiter(rateLimits, System::nanoTime), meters);
		this.embeddingsAhead = embeddingsAhead.getIfAvailable(() -> EmbeddingsAhead.NONE);
	}

	ChatHandler(ChatService chat, TranscriptWriter transcripts, ClinicContact clinic, WebProperties limits,
			ObjectMapper json, EmbeddingsAhead embeddingsAhead) {
		this(chat, transcripts, clinic, limits, json);
		this.embeddingsAhead = embeddingsAhead;
	}

	ChatHandler(ChatService chat, TranscriptWriter transcripts, ClinicContact clinic, WebProperties limits,
			ObjectMapper json, RateLimiter rateLimiter) {
		this(chat, transcripts, clinic, limits, json, rateLimiter, new SimpleMeterRegistry());
	}

	ChatHandler(ChatService chat, TranscriptWriter transcripts, ClinicContact clinic, WebProperties limits,
			ObjectMapper json, RateLimiter rateLimiter, MeterRegistry meters) {
		this.chat = chat;
		this.transcripts = transcripts;
		this.clinic = clinic;
		this.limits = limits;
		this.json = json.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.rateLimiter = rateLimiter;
		this.meters = meters;
		this.chatTime = requestTimer("chat", "web");
		this.parseTime = requestTimer("parse", "web");
	}

	private Timer requestTimer(String endpoint, String channel) {
		return Timer.builder("chatbot.requests")
			.description("Time from a visitor's request to the reply being ready, transcript written included")
			.tag("endpoint", endpoint)
			.tag("channel", channel)
			.publishPercentileHistogram()
			.register(this.meters);
	}

	/** Times the whole handling of one request, whatever its outcome. */
	private static Mono<ServerResponse> timed(Timer timer, Mono<ServerResponse> handling) {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return handling.doFinally((signal) -> timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
		});
	}

	private void count(ChatTurn turn) {
		this.meters
			.counter("chatbot.turns", "route", turn.route().value(), "reason",
					(turn.reason() != null) ? turn.reason().value() : "none", "intent",
					(turn.intent() != null) ? turn.intent().name() : "none")
			.increment();
	}

	/*
	 * Understanding a message is CPU work (the safety screen's rules and the sentence-embedding model; timings in
	 * docs/measurements.md), so it runs on the understanding scheduler (one thread per core, one shared queue: chat/UnderstandingScheduler), and
	 * the event loop stays free to accept and read other requests meanwhile.
	 */

	Mono<ServerResponse> chat(ServerRequest request) {
		return timed(this.chatTime, readIncoming(request).publishOn(UnderstandingScheduler.shared())
			.flatMap(this::embeddedAhead)
			.flatMap((incoming) -> (incoming.violation() != null) ? refuse(request, incoming)
					: answer(request, incoming.message()))
			.onErrorResume(TranscriptQueueFullException.class, (ex) -> busy(request))
			.onErrorResume(InvalidRequestException.class,
					(ex) -> ProblemResponses.problem(request, ex.status(), ex.getMessage())));
	}

	Mono<ServerResponse> parse(ServerRequest request) {
		return timed(this.parseTime, readIncoming(request).publishOn(UnderstandingScheduler.shared())
			.flatMap(this::embeddedAhead)
			.map((incoming) -> {
				if (incoming.violation() != null) {
					throw incoming.violation();
				}
				return this.chat.classify(incoming.message().text());
			})
			.flatMap((classification) -> ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(ParseResponse.from(classification)))
			.onErrorResume(InvalidRequestException.class,
					(ex) -> ProblemResponses.problem(request, ex.status(), ex.getMessage())));
	}

	/**
	 * A valid message once the texts its understanding needs are embedded (in a batch shared with the requests that
	 * arrived meanwhile), back on the understanding threads; a refused one at once (it is screened on a window only),
	 * and every message at once when nothing is embedded ahead (batching off, the default): it is already on an
	 * understanding thread, and queueing it there a second time only made it wait behind every message that arrived
	 * meanwhile.
	 */
	private Mono<Incoming> embeddedAhead(Incoming incoming) {
		if (incoming.violation() != null || this.embeddingsAhead == EmbeddingsAhead.NONE) {
			return Mono.just(incoming);
		}
		return this.embeddingsAhead.embedAhead(incoming.message().text())
			.then(Mono.just(incoming))
			.publishOn(UnderstandingScheduler.shared());
	}

	/**
	 * A valid message: screened first, so that an urgent one is answered over any rate limit; then the limits; a
	 * message with no words that is not urgent gets a question back instead of a guess.
	 */
	private Mono<ServerResponse> answer(ServerRequest request, ChatMessageRequest message) {
		Screened screened = this.chat.screened(message.text());
		if (!screened.verdict().urgent()) {
			if (!MessageSanitizer.hasWords(message.text())) {
				return ProblemResponses.problem(request, HttpStatus.BAD_REQUEST,
						"The message has no words in it. What would you like to know about ketamine treatment?");
			}
			Optional<Duration> wait = this.rateLimiter.tryAcquire(clientOf(request), message.conversationId());
			if (wait.isPresent()) {
				return tooManyRequests(request, wait.get());
			}
		}
		return reply(message.conversationId(), screened)
			.flatMap((turn) -> ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(ChatMessageResponse.from(turn, this.clinic)));
	}

	/** Replies with the screen's finding already made (a message is screened once per turn). */
	private Mono<ChatTurn> reply(String conversationId, Screened screened) {
		ChatRequest chatRequest = new ChatRequest(conversationId, "web", screened.raw());
		return Mono.fromSupplier(() -> this.chat.reply(chatRequest, screened))
			.doOnNext(this::count)
			.flatMap((turn) -> record(turn).thenReturn(turn));
	}

	/**
	 * Safety before validation: a request that breaks a rule but whose text can be read is still screened, and if
	 * it is urgent the turn is answered and recorded as a crisis, and its crisis lines and the clinic's contact go
	 * into the error response. A text over the limit is screened on its first and last
	 * {@link WebProperties#maxTextLength()} characters, so the work stays bounded.
	 */
	private Mono<ServerResponse> refuse(ServerRequest request, Incoming incoming) {
		InvalidRequestException violation = incoming.violation();
		String text = (incoming.readableText() != null) ? window(MessageSanitizer.sanitize(incoming.readableText()))
				: "";
		Screened screened = text.isEmpty() ? null : this.chat.screened(text);
		if (screened == null || !screened.verdict().urgent()) {
			return ProblemResponses.problem(request, violation.status(), violation.getMessage());
		}
		String conversationId = (incoming.message() != null && validId(incoming.message().conversationId()))
				? incoming.message().conversationId() : null;
		return reply(conversationId, screened).flatMap((turn) -> {
			ChatMessageResponse reply = ChatMessageResponse.from(turn, this.clinic);
			ProblemDetail problem = problemOf(request, violation.status(), violation.getMessage());
			problem.setProperty("conversationId", turn.conversationId());
			problem.setProperty("route", reply.route());
			problem.setProperty("handoff", reply.handoff());
			problem.setProperty("reply", reply.reply());
			return ServerResponse.status(violation.status())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyValue(problem);
		});
	}

	private String window(String text) {
		int limit = this.limits.maxTextLength();
		int length = text.codePointCount(0, text.length());
		if (length <= 2 * limit) {
			return text;
		}
		int headEnd = text.offsetByCodePoints(0, limit);
		int tailStart = text.offsetByCodePoints(0, length - limit);
		return text.substring(0, headEnd) + "\n" + text.substring(tailStart);
	}

	private static Mono<ServerResponse> busy(ServerRequest request) {
		HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The service is busy recording conversations; please try again in a moment.");
		problem.setInstance(request.uri().resolve(request.path()));
		return ServerResponse.status(status)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem);
	}

	private Mono<ServerResponse> tooManyRequests(ServerRequest request, Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		ProblemDetail problem = problemOf(request, HttpStatus.TOO_MANY_REQUESTS, "Too many messages; please wait "
				+ seconds + " second" + ((seconds == 1) ? "" : "s")
				+ ". If this is an emergency, call 911; in a crisis, call or text 988.");
		return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem);
	}

	private static String clientOf(ServerRequest request) {
		return request.remoteAddress()
			.map((address) -> (address.getAddress() != null) ? address.getAddress().getHostAddress()
					: address.getHostString())
			.orElse("unknown");
	}

	/**
	 * Writes the turn before the reply goes out. If the transcript cannot be written, an urgent reply is still sent
	 * (a person in crisis must never wait on a disk), and any other message gets a 503 so the visitor can retry.
	 */
	private Mono<Void> record(ChatTurn turn) {
		return this.transcripts.record(turn).onErrorResume((ex) -> {
			if (ex instanceof TranscriptQueueFullException) {
				// the disk is behind: 503 with Retry-After (an urgent turn is always queued, so never here)
				return Mono.error(ex);
			}
			logger.error("Cannot record turn {} of conversation {}", turn.messageId(), turn.conversationId(), ex);
			if (turn.urgent()) {
				return Mono.empty();
			}
			return Mono.error(new InvalidRequestException(HttpStatus.SERVICE_UNAVAILABLE,
					"The message could not be recorded; please try again in a moment."));
		});
	}

	/**
	 * A request as read: the message (when the body parsed), what is wrong with it (or {@code null}), and whatever
	 * text could be read from it, for the safety screen.
	 */
	private record Incoming(ChatMessageRequest message, InvalidRequestException violation, String readableText) {

		static Incoming refused(InvalidRequestException violation, ChatMessageRequest message, String readableText) {
			return new Incoming(message, violation, readableText);
		}

	}

	/**
	 * Reads the body whatever it is, and says what is wrong with it, if anything, keeping any text it could read so
	 * that the text can still be screened. Only a body over the size limit is not read.
	 */
	private Mono<Incoming> readIncoming(ServerRequest request) {
		MediaType type;
		InvalidRequestException typeViolation = null;
		try {
			type = request.headers().contentType().orElse(null);
			if (type == null || !isJson(type)) {
				typeViolation = new InvalidRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
						"Content-Type must be application/json, was " + ((type != null) ? type : "missing") + ".");
			}
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
			typeViolation = new InvalidRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"The Content-Type header is not a valid media type; send application/json.");
		}
		int maxBytes = (int) this.limits.maxBodySize().toBytes();
		OptionalLong length = request.headers().contentLength();
		if (length.isPresent() && length.getAsLong() > maxBytes) {
			return Mono.error(tooLarge(maxBytes));
		}
		InvalidRequestException wrongType = typeViolation;
		MediaType declared = type;
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), maxBytes)
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(maxBytes))
			.map(this::bytes)
			.defaultIfEmpty(new byte[0])
			.map((bytes) -> incoming(bytes, declared, wrongType));
	}

	private byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private Incoming incoming(byte[] bytes, MediaType type, InvalidRequestException wrongType) {
		String body = new String(bytes, StandardCharsets.UTF_8);
		if (body.isBlank()) {
			return Incoming.refused(new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The request body is empty; send {\"text\": \"your question\"}."), null, null);
		}
		ChatMessageRequest message;
		try {
			message = parse(bytes);
		}
		catch (InvalidRequestException ex) {
			String readable = (type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type))
					? formText(body) : body;
			return Incoming.refused((wrongType != null) ? wrongType : ex, null, readable);
		}
		if (wrongType != null) {
			return Incoming.refused(wrongType, message, message.text());
		}
		InvalidRequestException invalid = validate(message);
		if (invalid != null) {
			return Incoming.refused(invalid, message, message.text());
		}
		return new Incoming(new ChatMessageRequest(message.conversationId(),
				MessageSanitizer.sanitize(message.text())), null, message.text());
	}

	/**
	 * The {@code text} field of a form body, or the whole body when it has none.
	 */
	private static String formText(String body) {
		for (String pair : body.split("&")) {
			if (pair.startsWith("text=")) {
				try {
					return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return pair.substring(5);
				}
			}
		}
		return body;
	}

	private static boolean isJson(MediaType type) {
		return MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
	}

	private static InvalidRequestException tooLarge(int maxBytes) {
		return new InvalidRequestException(HttpStatus.PAYLOAD_TOO_LARGE,
				"The request body is larger than the limit of " + maxBytes + " bytes.");
	}

	private ChatMessageRequest parse(byte[] bytes) {
		try {
			ChatMessageRequest message = this.json.readValue(bytes, ChatMessageRequest.class);
			if (message == null) {
				throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
						"The body must be a JSON object like {\"text\": \"your question\"}, not null.");
			}
			return message;
		}
		catch (MismatchedInputException ex) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, mismatch(ex));
		}
		catch (JsonProcessingException ex) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Malformed JSON" + where(ex) + ".");
		}
		catch (IOException ex) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The request body could not be read.");
		}
	}

	/**
	 * Names the field that had the wrong type, never the Java class it was bound to.
	 */
	private static String mismatch(MismatchedInputException ex) {
		String field = ex.getPath()
			.stream()
			.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
					: "[" + reference.getIndex() + "]")
			.reduce((left, right) -> left + "." + right)
			.orElse(null);
		if (field != null && (field.equals("text") || field.equals("conversationId"))) {
			return "The field '" + field + "' must be a string.";
		}
		return "The body must be a JSON object like {\"text\": \"your question\"}.";
	}

	private static String where(JsonProcessingException ex) {
		return (ex.getLocation() != null)
				? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
	}

	/**
	 * What is wrong with a parsed message, or {@code null}. The length limit counts the characters the visitor
	 * typed, before sanitizing.
	 */
	private InvalidRequestException validate(ChatMessageRequest message) {
		if (message.text() == null || message.text().isBlank()) {
			return new InvalidRequestException(HttpStatus.BAD_REQUEST, "The field 'text' must not be empty.");
		}
		int length = message.text().codePointCount(0, message.text().length());
		if (length > this.limits.maxTextLength()) {
			return new InvalidRequestException(HttpStatus.BAD_REQUEST, "The field 'text' is " + length
					+ " characters long; the limit is " + this.limits.maxTextLength() + " characters.");
		}
		if (!validId(message.conversationId())) {
			return new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The field 'conversationId' must be 1 to 100 letters, digits or . _ : - characters.");
		}
		return null;
	}

	private static boolean validId(String id) {
		return id == null || ChatRequest.isConversationId(id);
	}

	static ProblemDetail problemOf(ServerRequest request, HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(request.uri().resolve(request.path()));
		return problem;
	}

}
