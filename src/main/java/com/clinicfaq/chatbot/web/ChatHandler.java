package com.clinicfaq.chatbot.web;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.chat.ChatRequest;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
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

	private static final PersonalDataRedactor redactor = new PersonalDataRedactor();

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final ChatService chat;

	private final TranscriptWriter transcripts;

	private final ClinicContact clinic;

	private final WebProperties limits;

	private final ObjectMapper json;

	ChatHandler(ChatService chat, TranscriptWriter transcripts, ClinicContact clinic, WebProperties limits,
			ObjectMapper json) {
		this.chat = chat;
		this.transcripts = transcripts;
		this.clinic = clinic;
		this.limits = limits;
		this.json = json.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/*
	 * Understanding a message is CPU work (the safety screen's rules and the sentence-embedding model: about 0.7 ms
	 * for a typical message, 2-3 ms for a long one), so it runs on the parallel scheduler, one thread per core, and
	 * the event loop stays free to accept and read other requests meanwhile.
	 */

	Mono<ServerResponse> chat(ServerRequest request) {
		return readMessage(request).publishOn(Schedulers.parallel())
			.map((message) -> this.chat.reply(toChatRequest(message)))
			.flatMap((turn) -> record(turn).thenReturn(turn))
			.flatMap((turn) -> ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(ChatMessageResponse.from(turn, this.clinic)))
			.onErrorResume(InvalidRequestException.class, (ex) -> problem(request, ex.status(), ex.getMessage()));
	}

	Mono<ServerResponse> parse(ServerRequest request) {
		return readMessage(request).publishOn(Schedulers.parallel())
			.map((message) -> this.chat.classify(message.text()))
			.flatMap((classification) -> ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(ParseResponse.from(classification)))
			.onErrorResume(InvalidRequestException.class, (ex) -> problem(request, ex.status(), ex.getMessage()));
	}

	/**
	 * Writes the turn before the reply goes out. If the transcript cannot be written, an urgent reply is still sent
	 * (a person in crisis must never wait on a disk), and any other message gets a 503 so the visitor can retry.
	 */
	private Mono<Void> record(ChatTurn turn) {
		return this.transcripts.record(entryOf(turn)).onErrorResume((ex) -> {
			logger.error("Cannot record turn {} of conversation {}", turn.messageId(), turn.conversationId(), ex);
			if (turn.urgent()) {
				return Mono.empty();
			}
			return Mono.error(new InvalidRequestException(HttpStatus.SERVICE_UNAVAILABLE,
					"The message could not be recorded; please try again in a moment."));
		});
	}

	/**
	 * The stored form of a turn: personal data is redacted from the text before it reaches the disk.
	 */
	static TranscriptEntry entryOf(ChatTurn turn) {
		PersonalDataRedactor.Redaction redacted = redactor.redact(turn.text());
		return new TranscriptEntry(turn.time(), turn.conversationId(), turn.messageId(), turn.channel(),
				redacted.text(), (turn.intent() != null) ? turn.intent().name() : null,
				(turn.intent() != null) ? turn.intent().confidence() : null, turn.route().value(),
				(turn.reason() != null) ? turn.reason().value() : null, turn.answer().id(), turn.urgent(),
				redacted.types(), turn.signals());
	}

	private ChatRequest toChatRequest(ChatMessageRequest message) {
		return new ChatRequest(message.conversationId(), "web", message.text());
	}

	private Mono<ChatMessageRequest> readMessage(ServerRequest request) {
		MediaType type = request.headers().contentType().orElse(null);
		if (type == null || !isJson(type)) {
			return Mono.error(new InvalidRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Content-Type must be application/json, was " + ((type != null) ? type : "missing") + "."));
		}
		int maxBytes = (int) this.limits.maxBodySize().toBytes();
		OptionalLong length = request.headers().contentLength();
		if (length.isPresent() && length.getAsLong() > maxBytes) {
			return Mono.error(tooLarge(maxBytes));
		}
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), maxBytes)
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(maxBytes))
			.map(this::parse)
			.switchIfEmpty(Mono.error(() -> new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The request body is empty; send {\"text\": \"your question\"}.")))
			.map(this::validate);
	}

	private static boolean isJson(MediaType type) {
		return MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
	}

	private static InvalidRequestException tooLarge(int maxBytes) {
		return new InvalidRequestException(HttpStatus.PAYLOAD_TOO_LARGE,
				"The request body is larger than the limit of " + maxBytes + " bytes.");
	}

	private ChatMessageRequest parse(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
				throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
						"The request body is empty; send {\"text\": \"your question\"}.");
			}
			return this.json.readValue(bytes, ChatMessageRequest.class);
		}
		catch (MismatchedInputException ex) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The body must be a JSON object like {\"text\": \"your question\"}: " + ex.getOriginalMessage());
		}
		catch (JsonProcessingException ex) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Malformed JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The request body could not be read.");
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private ChatMessageRequest validate(ChatMessageRequest message) {
		if (message == null || message.text() == null || message.text().isBlank()) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The field 'text' must not be empty.");
		}
		int length = message.text().codePointCount(0, message.text().length());
		if (length > this.limits.maxTextLength()) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The field 'text' is " + length
					+ " characters long; the limit is " + this.limits.maxTextLength() + " characters.");
		}
		String id = message.conversationId();
		if (id != null && !CONVERSATION_ID.matcher(id).matches()) {
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST,
					"The field 'conversationId' must be 1 to 100 letters, digits or . _ : - characters.");
		}
		return message;
	}

	static Mono<ServerResponse> problem(ServerRequest request, HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(request.uri().resolve(request.path()));
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(problem);
	}

}
