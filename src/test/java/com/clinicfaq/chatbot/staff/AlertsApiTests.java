package com.clinicfaq.chatbot.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.alerts.FakeHttpReceiver;
import com.clinicfaq.chatbot.alerts.FakeHttpReceiver.Received;
import com.clinicfaq.chatbot.alerts.SmtpTestServer;
import com.clinicfaq.chatbot.alerts.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for staff alerting through the whole running service: an urgent chat message reaches a real webhook
 * receiver (signed), a fake Slack endpoint and a real SMTP server; the visitor's reply never waits for them; staff
 * see the alert live on the stream, see failed deliveries, and acknowledge it in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertsApiTests {

	private static final Duration GENEROUS = Duration.ofSeconds(20);

	private static final String SECRET = "alerts-test-secret";

	private static final String URGENT = "My name is Jane Doe and my number is 415-555-0134. I want to kill myself "
			+ "tonight, I have the pills ready.";

	static final StaffFixture fixture = StaffFixture.create();

	static final FakeHttpReceiver webhook = FakeHttpReceiver.start();

	static final FakeHttpReceiver slack = FakeHttpReceiver.start();

	static final SmtpTestServer smtp = SmtpTestServer.start();

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	private WebTestClient anonymous;

	@LocalServerPort
	private int port;

	private WebTestClient staff;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		fixture.register(registry);
		registry.add("chatbot.alerts.webhook.url", () -> webhook.url("/hooks/urgent").toString());
		registry.add("chatbot.alerts.webhook.secret", () -> SECRET);
		registry.add("chatbot.alerts.slack.webhook-url", () -> slack.url("/services/T1/B1/secret").toString());
		registry.add("chatbot.alerts.email.to", () -> "oncall@clinic.example");
		registry.add("chatbot.alerts.staff-base-url", () -> "https://staff.clinic.example/staff");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> Integer.toString(smtp.port()));
		// a hanging receiver gets a whole minute: if the reply waited on it, the reply would miss its 30 s timeout
		registry.add("chatbot.alerts.timeout", () -> "60s");
		registry.add("chatbot.alerts.max-attempts", () -> "2");
	}

	@AfterAll
	static void stopServers() throws Exception {
		webhook.close();
		slack.close();
		smtp.close();
	}

	@BeforeEach
	void signIn() {
		this.anonymous = this.anonymous.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.staff = this.anonymous.mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth(StaffFixture.USER, StaffFixture.PASSWORD))
			.build();
	}

	@Test
	void chatWhenUrgentPushesASignedRedactedAlertToEveryRoute() throws Exception {
		Instant sent = Instant.now();
		JsonNode reply = chat(URGENT);
		String id = reply.get("messageId").asText();
		String conversation = reply.get("conversationId").asText();
		assertThat(reply.get("handoff").get("reason").asText()).isEqualTo("urgent");

		Received request = webhook.next(GENEROUS, (r) -> id.equals(r.header(WebhookSignature.DELIVERY_HEADER)));
		assertThat(request).as("webhook alert").isNotNull();
		System.out.printf("alert latency: webhook received %d ms after the chat request was sent%n",
				Duration.between(sent, request.at()).toMillis());
		long timestamp = Long.parseLong(request.header(WebhookSignature.TIMESTAMP_HEADER));
		assertThat(new WebhookSignature(SECRET).verify(request.header(WebhookSignature.SIGNATURE_HEADER), timestamp,
				request.body()))
			.isTrue();
		JsonNode alert = this.json.readTree(request.body()).get("alert");
		assertThat(alert.get("conversationId").asText()).isEqualTo(conversation);
		assertThat(alert.get("channel").asText()).isEqualTo("web");
		assertThat(alert.get("kind").asText()).isEqualTo("crisis");
		assertThat(alert.get("link").asText())
			.isEqualTo("https://staff.clinic.example/staff/?conversation=" + conversation);
		assertThat(alert.get("text").asText()).contains("[NAME]", "[PHONE]", "kill myself");
		assertThat(request.text()).doesNotContain("Jane", "Doe", "415-555-0134");

		Received slackMessage = slack.next(GENEROUS, (r) -> r.text().contains(conversation));
		assertThat(slackMessage).as("Slack message").isNotNull();
		assertThat(slackMessage.text()).doesNotContain("Jane", "415-555-0134");
		SmtpTestServer.Mail mail = nextMail(conversation);
		assertThat(mail.content()).contains("[PHONE]").doesNotContain("Jane", "415-555-0134");

		await().atMost(GENEROUS).until(() -> deliveries(id).findValuesAsText("state").equals(
				List.of("delivered", "delivered", "delivered")));
		assertThat(deliveries(id).findValuesAsText("route")).containsExactly("webhook", "slack", "email");
	}

	@Test
	void chatWhenWebhookHangsStillRepliesToTheVisitorAtOnce() throws Exception {
		String conversation = UUID.randomUUID().toString();
		webhook.respondWhen((r) -> r.text().contains(conversation), FakeHttpReceiver.HANG);

		JsonNode reply = chat("i took a whole bottle of pills and cant wake up properly", conversation);

		assertThat(reply.get("handoff").get("reason").asText()).isEqualTo("urgent");
		assertThat(reply.get("reply").get("crisisLines")).isNotEmpty();
		String id = reply.get("messageId").asText();
		assertThat(webhook.next(GENEROUS, (r) -> id.equals(r.header(WebhookSignature.DELIVERY_HEADER))))
			.as("the webhook got the alert and is hanging on it")
			.isNotNull();
		assertThat(deliveries(id).findValuesAsText("state")).first().isEqualTo("pending");
	}

	@Test
	void alertsWhenARouteFailsShowTheFailureToStaff() throws Exception {
		String conversation = UUID.randomUUID().toString();
		slack.respondWhen((r) -> r.text().contains(conversation), 404);

		JsonNode reply = chat(URGENT, conversation);

		String id = reply.get("messageId").asText();
		await().atMost(GENEROUS).until(() -> deliveries(id).findValuesAsText("state").contains("failed"));
		JsonNode failed = deliveries(id).get(1);
		assertThat(failed.get("route").asText()).isEqualTo("slack");
		assertThat(failed.get("error").asText()).isEqualTo("HTTP 404");
		assertThat(failed.toString()).doesNotContain("secret", "services");
	}

	@Test
	void streamWhenUrgentTurnArrivesShowsItLive() throws Exception {
		CountDownLatch connected = new CountDownLatch(1);
		CompletableFuture<String> live = WebClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/api/v1/alerts/stream")
			.headers((headers) -> headers.setBasicAuth(StaffFixture.USER, StaffFixture.PASSWORD))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.doOnNext((event) -> {
				if ("routes".equals(event.event())) {
					connected.countDown();
				}
			})
			.filter((event) -> "alert".equals(event.event()) && event.data().contains("stream-test"))
			.map(ServerSentEvent::data)
			.next()
			.toFuture();
		assertThat(connected.await(GENEROUS.toSeconds(), TimeUnit.SECONDS)).as("stream connected").isTrue();

		JsonNode reply = chat(URGENT, "stream-test");

		JsonNode event = this.json.readTree(live.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
		assertThat(event.get("alert").get("id").asText()).isEqualTo(reply.get("messageId").asText());
		assertThat(event.get("alert").get("text").asText()).doesNotContain("Jane");
		assertThat(Files.readString(fixture.audit, StandardCharsets.UTF_8)).contains("\"action\":\"watch_alerts\"");
	}

	@Test
	void acknowledgeWhenStaffCalledBackRecordsItInTheAuditLog() throws Exception {
		String id = chat(URGENT).get("messageId").asText();

		this.staff.post()
			.uri("/api/v1/alerts/{id}/acknowledgement", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("outcome", "called_back", "note", "spoke with them, safe with family"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.acknowledgement.user")
			.isEqualTo(StaffFixture.USER)
			.jsonPath("$.acknowledgement.outcome")
			.isEqualTo("called_back");

		String audit = Files.readString(fixture.audit, StandardCharsets.UTF_8);
		assertThat(audit.lines().filter((line) -> line.contains("\"acknowledge_alert\"")))
			.anySatisfy((line) -> assertThat(line).contains("\"user\":\"staff\"", "\"target\":\"" + id + "\"",
					"\"outcome\":\"called_back\"", "safe with family"));
		this.staff.get()
			.uri("/api/v1/alerts")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.alerts[?(@.alert.id == '" + id + "')].acknowledgement.outcome")
			.isEqualTo("called_back");
	}

	@Test
	void deleteConversationRemovesItsAlertsFromTheStaffPageAndTheJournal() throws Exception {
		String conversation = UUID.randomUUID().toString();
		String id = chat(URGENT, conversation).get("messageId").asText();
		deliveries(id);
		await().atMost(GENEROUS).until(() -> journal().contains(id));

		this.staff.delete()
			.uri("/api/v1/conversations/{id}", conversation)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.removedAlerts")
			.isEqualTo(1);

		this.staff.get()
			.uri("/api/v1/alerts")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.alerts[?(@.alert.id == '" + id + "')]")
			.isEmpty();
		// events of deliveries still finishing may come after the deletion: they name only the alert id
		assertThat(journal()).doesNotContain(conversation);
	}

	@Test
	void journalKeepsTheAlertRedacted() throws Exception {
		String id = chat(URGENT).get("messageId").asText();

		await().atMost(GENEROUS).until(() -> journal().contains(id));

		assertThat(journal()).contains("[NAME]", "[PHONE]").doesNotContain("Jane", "Doe", "415-555-0134");
	}

	@Test
	void acknowledgeWhenOutcomeUnknownOrAlertMissingIsAProblem() {
		this.staff.post()
			.uri("/api/v1/alerts/{id}/acknowledgement", "no-such-alert")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("outcome", "left_message"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.staff.post()
			.uri("/api/v1/alerts/{id}/acknowledgement", "no-such-alert")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("outcome", "ignored"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("called_back", "ignored"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/alerts", "/api/v1/alerts/stream" })
	void alertPathWhenNoCredentialsIs401(String path) {
		this.anonymous.get().uri(path).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void acknowledgeWhenNoCredentialsIs401() {
		this.anonymous.post()
			.uri("/api/v1/alerts/{id}/acknowledgement", "x")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("outcome", "called_back"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private JsonNode chat(String text) throws Exception {
		return chat(text, null);
	}

	private JsonNode chat(String text, String conversationId) throws Exception {
		Map<String, String> body = (conversationId != null) ? Map.of("text", text, "conversationId", conversationId)
				: Map.of("text", text);
		byte[] response = this.anonymous.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return this.json.readTree(response);
	}

	private JsonNode deliveries(String id) throws Exception {
		byte[] body = this.staff.get()
			.uri("/api/v1/alerts")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		for (JsonNode status : this.json.readTree(body).get("alerts")) {
			if (status.get("alert").get("id").asText().equals(id)) {
				return status.get("deliveries");
			}
		}
		throw new AssertionError("No alert " + id);
	}

	private static String journal() throws IOException {
		Path folder = fixture.transcripts.resolve("alerts");
		if (!Files.isDirectory(folder)) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		try (var files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

	private SmtpTestServer.Mail nextMail(String conversation) throws InterruptedException {
		long deadline = System.nanoTime() + GENEROUS.toNanos();
		while (System.nanoTime() < deadline) {
			SmtpTestServer.Mail mail = smtp.next(Duration.ofMillis(500));
			if (mail != null && mail.content().contains(conversation)) {
				return mail;
			}
		}
		throw new AssertionError("No e-mail about " + conversation);
	}

}
