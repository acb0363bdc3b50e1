package com.clinicfaq.chatbot.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ConversationStore;
import com.clinicfaq.chatbot.chat.RoutingPolicy;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptStore;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for the HTTP contract of {@link ChatHandler}: every field of a reply and every error status.
 */
class ChatHandlerTests {

	private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path transcripts;

	private WebTestClient client;

	@BeforeEach
	void bindToRoutes() {
		TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(this.transcripts, false, this.json),
				Schedulers.boundedElastic(), 1024, new SimpleMeterRegistry());
		ChatHandler handler = new ChatHandler(TestChatbot.chatService(), writer, TestChatbot.clinic(),
				new WebProperties(1000, DataSize.ofKilobytes(16)), this.json);
		this.client = WebTestClient.bindToRouterFunction(new ChatRouter().chatRoutes(handler)).build();
	}

	@Test
	void chatAndParseUnderstandMessagesOnTheUnderstandingThreadsNotTheCallersThread() {
		List<String> threads = new CopyOnWriteArrayList<>();
		IntentClassifier recording = (text) -> {
			threads.add(Thread.currentThread().getName());
			return TestChatbot.classifier().classify(text);
		};
		ChatService chat = new ChatService(TestChatbot.safetyScreen(), recording, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
		TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(this.transcripts, false, this.json),
				Schedulers.boundedElastic(), 1024, new SimpleMeterRegistry());
		WebTestClient recordingClient = WebTestClient
			.bindToRouterFunction(new ChatRouter().chatRoutes(new ChatHandler(chat, writer, TestChatbot.clinic(),
					new WebProperties(1000, DataSize.ofKilobytes(16)), this.json)))
			.build();

		for (String path : List.of("/api/v1/chat", "/api/v1/parse")) {
			recordingClient.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"text\": \"how long does an infusion take\"}")
				.exchange()
				.expectStatus().isOk();
		}

		assertThat(threads).hasSize(2).allSatisfy((name) -> assertThat(name).startsWith("understanding-"));
	}

	@Test
	void chatWhenQuestionIsKnownAnswersWithEveryField() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"what are the side effects of ketamine\"}")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.conversationId").isNotEmpty()
			.jsonPath("$.messageId").isNotEmpty()
			.jsonPath("$.intent.name").isEqualTo("side_effects")
			.jsonPath("$.intent.confidence").value((Double confidence) -> assertThat(confidence).isBetween(0.45, 1.0))
			.jsonPath("$.ranking.length()").isEqualTo(3)
			.jsonPath("$.ranking[0].name").isEqualTo("side_effects")
			.jsonPath("$.route").isEqualTo("answer")
			.jsonPath("$.handoff").doesNotExist()
			.jsonPath("$.reply.text").isEqualTo(TestChatbot.catalog().get("side_effects").answer())
			.jsonPath("$.reply.disclaimer").value((String text) -> assertThat(text).contains("not medical advice"))
			.jsonPath("$.reply.suggestions.length()").value((Integer n) -> assertThat(n).isBetween(2, 3));
	}

	@Test
	void chatWithConversationIdKeepsIt() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"conversationId\": \"visit-42\", \"text\": \"hello\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.conversationId").isEqualTo("visit-42");
	}

	@Test
	void chatWhenUrgentHandsOffWithCrisisLinesAndClinicContact() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"my friend took a whole bottle of pills and won't wake up\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.route").isEqualTo("handoff")
			.jsonPath("$.handoff.reason").isEqualTo("urgent")
			.jsonPath("$.handoff.phone").isEqualTo(TestChatbot.clinic().phone())
			.jsonPath("$.handoff.email").isEqualTo(TestChatbot.clinic().email())
			.jsonPath("$.handoff.hours").isNotEmpty()
			.jsonPath("$.handoff.bookingUrl").isNotEmpty()
			.jsonPath("$.handoff.crisisLines[*].contact").value((List<String> contacts) -> assertThat(contacts)
				.anySatisfy((c) -> assertThat(c).contains("988"))
				.anySatisfy((c) -> assertThat(c).contains("911"))
				.anySatisfy((c) -> assertThat(c).contains("1-800-222-1222")))
			.jsonPath("$.reply.text").value((String text) -> assertThat(text).contains("now"))
			.jsonPath("$.reply.disclaimer").isNotEmpty();
	}

	@Test
	void chatWhenOffTopicHandsOffUnmatchedAsOutOfScope() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"recommend a good pizza place downtown\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.intent.name").isEqualTo("out_of_scope")
			.jsonPath("$.route").isEqualTo("handoff")
			.jsonPath("$.handoff.reason").isEqualTo("unmatched")
			.jsonPath("$.handoff.crisisLines.length()").isEqualTo(0);
	}

	@Test
	void chatWritesTheTurnToTheTranscriptBeforeReplying() {
		String messageId = this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"conversationId\": \"c-1\", \"text\": \"is ketamine addictive\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.replaceAll("(?s).*\"messageId\":\"([^\"]+)\".*", "$1");
		List<TranscriptEntry> entries = new TranscriptReader(this.json).readAll(this.transcripts);
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.messageId()).isEqualTo(messageId);
			assertThat(entry.conversationId()).isEqualTo("c-1");
			assertThat(entry.channel()).isEqualTo("web");
			assertThat(entry.intent()).isEqualTo("addiction");
			assertThat(entry.route()).isEqualTo(Route.ANSWER);
			assertThat(entry.answerId()).startsWith("addiction#");
		});
	}

	@Test
	void chatWhenFollowUpAsksThePreviousQuestionAgainSaysSoInTheReplyAndTheTranscript() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"conversationId\": \"c-2\", \"text\": \"what are the side effects of ketamine\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.intent.name").isEqualTo("side_effects")
			.jsonPath("$.context").doesNotExist();
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"conversationId\": \"c-2\", \"text\": \"what about the nasal spray?\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.intent.name").isEqualTo("side_effects")
			.jsonPath("$.context.use").isEqualTo("same_question")
			.jsonPath("$.context.why").value((String why) -> assertThat(why).contains("previous question"));
		List<TranscriptEntry> entries = new TranscriptReader(this.json).readAll(this.transcripts);
		assertThat(entries).extracting(TranscriptEntry::text, TranscriptEntry::context)
			.containsExactly(tuple("what are the side effects of ketamine", null),
					tuple("what about the nasal spray?", "same_question"));
	}

	@Test
	void chatWhenTheTranscriptQueueIsFullIsServiceUnavailableWithRetryAfter() throws InterruptedException {
		CountDownLatch flushing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TranscriptStore slowDisk = (entries) -> {
			flushing.countDown();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		TranscriptWriter writer = new TranscriptWriter(slowDisk, Schedulers.boundedElastic(), 1,
				new SimpleMeterRegistry());
		writer.record(queuedEntry("m0")).subscribe();
		assertThat(flushing.await(30, TimeUnit.SECONDS)).isTrue();
		writer.record(queuedEntry("m1")).subscribe();
		WebTestClient busyClient = WebTestClient
			.bindToRouterFunction(new ChatRouter().chatRoutes(new ChatHandler(TestChatbot.chatService(), writer,
					TestChatbot.clinic(), new WebProperties(1000, DataSize.ofKilobytes(16)), this.json)))
			.build();
		try {
			busyClient.post()
				.uri("/api/v1/chat")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"text\": \"is ketamine addictive\"}")
				.exchange()
				.expectStatus().isEqualTo(503)
				.expectHeader().valueEquals("Retry-After", "1")
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail").value((detail) -> assertThat((String) detail).contains("try again"));
		}
		finally {
			release.countDown();
		}
	}

	private static TranscriptEntry queuedEntry(String messageId) {
		return new TranscriptEntry(java.time.Instant.parse("2026-03-01T10:00:00Z"), "c0", messageId, "web", "hello",
				"greeting", 0.9, com.clinicfaq.chatbot.intents.Route.ANSWER, null, "greeting#1", false);
	}

	@Test
	void parseClassifiesWithoutWritingAnything() {
		this.client.post()
			.uri("/api/v1/parse")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"how long does one session take\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.intent.name").isEqualTo("session_length")
			.jsonPath("$.ranking.length()").isEqualTo(3)
			.jsonPath("$.route").isEqualTo("answer")
			.jsonPath("$.reply").doesNotExist();
		assertThat(new TranscriptReader(this.json).readAll(this.transcripts)).isEmpty();
	}

	@Test
	void chatWhenTextIsEmptyIsABadRequestProblem() {
		expectProblem("{\"text\": \"   \"}", MediaType.APPLICATION_JSON, 400, "must not be empty");
	}

	@Test
	void chatWhenTextIsMissingIsABadRequestProblem() {
		expectProblem("{\"conversationId\": \"abc\"}", MediaType.APPLICATION_JSON, 400, "'text'");
	}

	@Test
	void chatWhenTextIsTooLongStatesTheLimit() {
		expectProblem("{\"text\": \"" + "a".repeat(1001) + "\"}", MediaType.APPLICATION_JSON, 400,
				"limit is 1000 characters");
	}

	@Test
	void chatWhenJsonIsMalformedIsABadRequestProblem() {
		expectProblem("{\"text\": ", MediaType.APPLICATION_JSON, 400, "Malformed JSON");
	}

	@Test
	void chatWhenBodyIsNotAnObjectIsABadRequestProblem() {
		expectProblem("[\"hello\"]", MediaType.APPLICATION_JSON, 400, "JSON object");
	}

	@Test
	void chatWhenConversationIdIsInvalidIsABadRequestProblem() {
		expectProblem("{\"conversationId\": \"<script>\", \"text\": \"hi\"}", MediaType.APPLICATION_JSON, 400,
				"conversationId");
	}

	@Test
	void chatWhenBodyIsOverTheLimitIsPayloadTooLarge() {
		expectProblem("{\"text\": \"" + "a".repeat(20_000) + "\"}", MediaType.APPLICATION_JSON, 413, "16384 bytes");
	}

	@Test
	void chatWhenContentTypeIsNotJsonIsUnsupportedMediaType() {
		expectProblem("text=hello", MediaType.APPLICATION_FORM_URLENCODED, 415, "application/json");
	}

	@Test
	void chatWhenBodyIsEmptyIsABadRequestProblem() {
		expectProblem("", MediaType.APPLICATION_JSON, 400, "empty");
	}

	@Test
	void chatWhenContentTypeIsMalformedIsUnsupportedMediaTypeNotAServerError() {
		// WebTestClient refuses to send a malformed Content-Type, so the exchange is built by hand
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/chat")
			.header("Content-Type", "///")
			.body(reactor.core.publisher.Mono.just(org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance
				.wrap("{\"text\": \"hello\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
		ChatHandler handler = new ChatHandler(TestChatbot.chatService(), new TranscriptWriter(
				new TranscriptFiles(this.transcripts, false, this.json), Schedulers.boundedElastic()),
				TestChatbot.clinic(), new WebProperties(1000, DataSize.ofKilobytes(16)), this.json);

		RouterFunctions.toWebHandler(new ChatRouter().chatRoutes(handler)).handle(exchange).block();

		assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(415);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("not a valid media type");
	}

	@Test
	void chatWhenBodyIsJsonNullIsABadRequestProblem() {
		expectProblem("null", MediaType.APPLICATION_JSON, 400, "JSON object");
	}

	@Test
	void chatWhenTextIsNotAStringNamesTheFieldNotAJavaClass() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": {\"nested\": 1}}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.detail").value((String text) -> assertThat(text).contains("'text'")
				.doesNotContain("com.clinicfaq").doesNotContain("java.").doesNotContain("ChatMessageRequest"));
	}

	@Test
	void chatWhenJsonIsMalformedSaysWhereWithoutParserInternals() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": tru}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.detail").value((String text) -> assertThat(text).startsWith("Malformed JSON at line 1")
				.doesNotContain("Unrecognized token").doesNotContain("Source"));
	}

	private void expectProblem(String body, MediaType type, int status, String detail) {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(type)
			.bodyValue(body)
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(status)
			.jsonPath("$.title").isNotEmpty()
			.jsonPath("$.detail").value((String text) -> assertThat(text).contains(detail))
			.jsonPath("$.trace").doesNotExist();
		assertThat(new TranscriptReader(this.json).readAll(this.transcripts)).isEmpty();
	}

}
