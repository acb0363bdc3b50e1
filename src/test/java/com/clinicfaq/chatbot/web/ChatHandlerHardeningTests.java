package com.clinicfaq.chatbot.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visitor edge under hostile or odd input: trivial messages, requests that break a rule but carry a crisis,
 * rate limits, and messages built to make the patterns slow.
 */
class ChatHandlerHardeningTests {

	private static final String CRISIS = "I took all my pills and I want to die.";

	private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final AtomicLong nanos = new AtomicLong();

	@TempDir
	Path transcripts;

	private WebTestClient client(RateLimitProperties limits) {
		TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(this.transcripts, false, this.json),
				Schedulers.boundedElastic());
		ChatHandler handler = new ChatHandler(TestChatbot.chatService(), writer, TestChatbot.clinic(),
				new WebProperties(1000, DataSize.ofKilobytes(16)), this.json, new RateLimiter(limits, this.nanos::get));
		return WebTestClient.bindToRouterFunction(new ChatRouter().chatRoutes(handler)).build();
	}

	private WebTestClient client() {
		return client(RateLimitProperties.unlimited());
	}

	private List<TranscriptEntry> recorded() {
		return new TranscriptReader(this.json).readAll(this.transcripts);
	}

	@ParameterizedTest
	@ValueSource(strings = { "?", ".", "🙂", "👍", "!!!", "\\u0000", "\\u0000\\u0000\\u0000", "\\u200B", "...?!" })
	void chatWhenMessageHasNoWordsAsksWhatTheVisitorWantsToKnowAndIsNeverUrgent(String text) {
		client().post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"" + text + "\"}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("What would you like to know"))
			.jsonPath("$.handoff").doesNotExist();
		assertThat(recorded()).isEmpty();
	}

	@Test
	void chatWhenTooLongButUrgentRefusesWithTheCrisisLinesAndRecordsTheTurn() {
		String text = "I am so tired. ".repeat(70) + CRISIS;

		expectCrisisProblem(MediaType.APPLICATION_JSON, "{\"text\": \"" + text + "\"}", 400, "limit is 1000");
		assertThat(recorded()).singleElement().satisfies((entry) -> {
			assertThat(entry.urgent()).isTrue();
			assertThat(entry.text()).endsWith(CRISIS);
		});
	}

	@Test
	void chatWhenConversationIdIsInvalidButUrgentRefusesWithTheCrisisLines() {
		expectCrisisProblem(MediaType.APPLICATION_JSON,
				"{\"conversationId\": \"<bad id>\", \"text\": \"" + CRISIS + "\"}", 400, "conversationId");
		assertThat(recorded()).singleElement().satisfies((entry) -> assertThat(entry.urgent()).isTrue());
	}

	@Test
	void chatWhenContentTypeIsPlainTextButUrgentRefusesWithTheCrisisLines() {
		expectCrisisProblem(MediaType.TEXT_PLAIN, CRISIS, 415, "application/json");
	}

	@Test
	void chatWhenFormEncodedButUrgentRefusesWithTheCrisisLines() {
		expectCrisisProblem(MediaType.APPLICATION_FORM_URLENCODED, "text=I+took+all+my+pills+and+I+want+to+die", 415,
				"application/json");
	}

	@Test
	void chatWhenJsonIsMalformedButUrgentRefusesWithTheCrisisLines() {
		expectCrisisProblem(MediaType.APPLICATION_JSON, "{\"text\": \"" + CRISIS, 400, "Malformed JSON");
	}

	@Test
	void chatWhenTooLongAndNotUrgentIsAPlainProblemAndRecordsNothing() {
		client().post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"" + "how long is an infusion? ".repeat(50) + "\"}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.reply").doesNotExist()
			.jsonPath("$.handoff").doesNotExist();
		assertThat(recorded()).isEmpty();
	}

	@Test
	void chatOverTheClientLimitIsTooManyRequestsWithRetryAfterButAnUrgentMessageIsStillAnswered() {
		WebTestClient limited = client(
				new RateLimitProperties(true, 2, Duration.ofSeconds(10), 100, Duration.ofSeconds(1), 1000));
		for (int i = 0; i < 2; i++) {
			ask(limited, "how long does an infusion take").expectStatus().isOk();
		}

		ask(limited, "how long does an infusion take").expectStatus().isEqualTo(429)
			.expectHeader().valueEquals("Retry-After", "10")
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("988"));
		ask(limited, CRISIS).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.handoff.reason").isEqualTo("urgent")
			.jsonPath("$.reply.crisisLines").isNotEmpty();

		this.nanos.addAndGet(Duration.ofSeconds(10).toNanos());
		ask(limited, "how long does an infusion take").expectStatus().isOk();
	}

	@Test
	void chatOverTheConversationLimitIsTooManyRequests() {
		WebTestClient limited = client(
				new RateLimitProperties(true, 100, Duration.ofSeconds(1), 1, Duration.ofSeconds(3), 1000));
		String body = "{\"conversationId\": \"c-1\", \"text\": \"what does it cost\"}";
		limited.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isOk();

		limited.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().valueEquals("Retry-After", "3");
		ask(limited, "what does it cost").expectStatus().isOk();
	}

	@Test
	void crisisIsAnsweredAndEveryCombiningMarkAttackIsAnsweredAndStoredBounded() {
		WebTestClient client = client();
		String attack = "a" + "\u0301".repeat(999);
		for (int i = 0; i < 24; i++) {
			ask(client, attack).expectStatus().isOk();
		}

		ask(client, "I want to kill myself").expectStatus().isOk()
			.expectBody()
			.jsonPath("$.handoff.reason").isEqualTo("urgent")
			.jsonPath("$.reply.crisisLines").isNotEmpty();
		assertThat(recorded()).hasSize(25)
			.allSatisfy((entry) -> assertThat(entry.text().length()).isLessThanOrEqualTo(30));
	}

	private WebTestClient.ResponseSpec ask(WebTestClient client, String text) {
		return client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"" + text + "\"}")
			.exchange();
	}

	private void expectCrisisProblem(MediaType type, String body, int status, String detail) {
		client().post()
			.uri("/api/v1/chat")
			.contentType(type)
			.bodyValue(body)
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").value((String text) -> assertThat(text).contains(detail))
			.jsonPath("$.handoff.reason").isEqualTo("urgent")
			.jsonPath("$.handoff.phone").isEqualTo(TestChatbot.clinic().phone())
			.jsonPath("$.reply.crisisLines[*].contact")
			.value((List<String> contacts) -> assertThat(contacts).anySatisfy((c) -> assertThat(c).contains("988")));
	}

}
