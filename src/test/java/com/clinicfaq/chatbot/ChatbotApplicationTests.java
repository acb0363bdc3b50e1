package com.clinicfaq.chatbot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the whole wiring on a real port: the page, the chat API, the transcript, health and metrics.
 * The client waits up to 30 s instead of WebTestClient's 5 s: on a shared 2-core machine, with the earlier test
 * classes' contexts still retraining in the same JVM, a 404 once took 5.02 s (CI of 2026-12-01, commit cfc7b63);
 * a real hang still fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@AutoConfigureWebTestClient(timeout = "30s")
class ChatbotApplicationTests {

	@TempDir
	static Path transcripts;

	@DynamicPropertySource
	static void transcriptsInATemporaryFolder(DynamicPropertyRegistry registry) {
		registry.add("chatbot.transcripts.directory", transcripts::toString);
		registry.add("chatbot.staff.password", () -> "metrics-secret");
		registry.add("chatbot.web.headers.frame-ancestors", () -> "'self',https://clinic.example");
	}

	@Autowired
	WebTestClient client;

	@Test
	void chatAnswersAndRecordsTheTurn() throws IOException {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"how long do the effects of ketamine last\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.intent.name").isEqualTo("duration")
			.jsonPath("$.reply.disclaimer").isNotEmpty();
		try (Stream<Path> files = Files.list(transcripts)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".jsonl"))).hasSize(1);
		}
	}

	@Test
	void homePageServesTheChat() {
		this.client.get().uri("/").exchange().expectStatus().isOk().expectBody(String.class)
			.value((html) -> assertThat(html).contains("chat.js", "crisis-banner"));
	}

	@Test
	void contactsFollowTheConfiguredCrisisLinesWithTappableLinks() {
		this.client.get().uri("/api/v1/contacts").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.crisisLines[0].call").isEqualTo("tel:988")
			.jsonPath("$.crisisLines[0].text").isEqualTo("sms:988")
			.jsonPath("$.crisisLines[1].call").isEqualTo("tel:911")
			.jsonPath("$.crisisLines[2].call").isEqualTo("tel:18002221222")
			.jsonPath("$.clinic.call").isEqualTo("tel:5550100100");
	}

	@Test
	void setupHealthWarnsWhileTheClinicPhoneIsThePlaceholder() {
		this.client.get().uri("/actuator/health/setup").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.components.clinicContact.details.placeholder").isEqualTo(true)
			.jsonPath("$.components.clinicContact.details.warning").value((warning) ->
					assertThat((String) warning).contains("(555) 010-0100", "CHATBOT_CLINIC_PHONE"))
			.jsonPath("$.components.alerts.details.routes").isEmpty()
			.jsonPath("$.components.alerts.details.warning").exists();
	}

	@Test
	void unknownApiPathIsAProblem() {
		this.client.get().uri("/api/v1/nothing-here").exchange().expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void wrongMethodOnChatIsAProblemWithoutInternals() {
		this.client.get().uri("/api/v1/chat").exchange().expectStatus().is4xxClientError()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.trace").doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/webhooks/twilio", "/webhooks/slack", "/webhooks/telegram", "/webhooks/meta",
			"/webhooks/chatwoot" })
	void everyChannelIsOffUntilItsSecretIsConfigured(String webhook) {
		this.client.post().uri(webhook).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownWebhookAndWrongMethodAreProblems() {
		this.client.post().uri("/webhooks/nothing-here").exchange().expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/webhooks/slack").exchange().expectStatus().is4xxClientError()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void apiDocumentDescribesVisitorStaffAndWebhookRoutesWithProblemResponses() {
		this.client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.paths['/api/v1/chat'].post.responses['200'].content['application/json'].schema['$ref']")
			.isEqualTo("#/components/schemas/ChatMessageResponse")
			.jsonPath("$.paths['/api/v1/chat'].post.responses['400'].content['application/problem+json'].schema['$ref']")
			.isEqualTo("#/components/schemas/Problem")
			.jsonPath("$.components.schemas.Problem.properties.detail").exists()
			.jsonPath("$.paths['/api/v1/transcripts'].get.security[0].staffBasic").exists()
			.jsonPath("$.paths['/webhooks/slack'].post.responses['403']").exists()
			.jsonPath("$.paths['/webhooks/twilio'].post.responses['200'].content['text/xml']").exists()
			.jsonPath("$.paths['/webhooks/meta'].get").exists();
		this.client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

	@Test
	void visitorPageAndApiSendSecurityHeaders() {
		for (String path : new String[] { "/", "/chat.js", "/api/v1/nothing-here" }) {
			this.client.get().uri(path).exchange()
				.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader().valueEquals("Referrer-Policy", "no-referrer")
				.expectHeader().value("Content-Security-Policy", (csp) -> assertThat(csp)
					.contains("script-src 'self'").contains("frame-ancestors 'self' https://clinic.example"));
		}
	}

	@Test
	void staffPageKeepsItsStricterFramePolicy() {
		this.client.get().uri("/staff").exchange()
			.expectHeader().value("Content-Security-Policy", (csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
	}

	@Test
	void prometheusMetricsNeedStaffSignIn() {
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void prometheusShowsRequestTurnClassificationTranscriptAndModelMetrics() {
		this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"is ketamine addictive\"}")
			.exchange()
			.expectStatus().isOk();
		this.client.get()
			.uri("/actuator/prometheus")
			.headers((headers) -> headers.setBasicAuth("staff", "metrics-secret"))
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.value((text) -> assertThat(text)
				.contains("chatbot_requests_seconds_bucket{channel=\"web\",endpoint=\"chat\"")
				.contains("chatbot_turns_total{intent=\"addiction\",reason=\"none\",route=\"answer\"}")
				.contains("chatbot_classification_seconds_bucket")
				.contains("chatbot_transcripts_queue_depth")
				.contains("chatbot_transcripts_flush_seconds_bucket")
				.contains("chatbot_model_version 1.0")
				.contains("chatbot_model_training_seconds")
				.contains("http_server_requests_seconds_bucket"));
	}

	@Test
	void benchEchoRouteExistsOnlyWithTheBenchProfile() {
		this.client.post()
			.uri("/bench/echo")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"hello\"}")
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void readinessIncludesTheIntentModel() {
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void healthIsUp() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
	}

}
