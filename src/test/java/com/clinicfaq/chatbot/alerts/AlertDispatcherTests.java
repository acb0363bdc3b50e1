package com.clinicfaq.chatbot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import com.clinicfaq.chatbot.alerts.AlertStatus.State;
import com.clinicfaq.chatbot.alerts.FakeHttpReceiver.Received;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link AlertDispatcher} with each real route against a real local server: a webhook receiver, a fake of
 * Slack's incoming-webhook endpoint and an SMTP server.
 */
class AlertDispatcherTests {

	private static final Duration GENEROUS = Duration.ofSeconds(20);

	private static final String SECRET = "whsec-test-1234";

	private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final FakeHttpReceiver receiver = FakeHttpReceiver.start();

	private AlertDispatcher dispatcher;

	private AlertBoard board;

	@AfterEach
	void stop() {
		if (this.dispatcher != null) {
			this.dispatcher.stop();
		}
		this.receiver.close();
	}

	@Test
	void webhookWhenUrgentTurnPostsSignedAlertWithoutPersonalData() throws Exception {
		start(webhook(), policy(3, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-42");

		this.dispatcher.urgentTurn(turn);

		Received request = this.receiver.next(GENEROUS);
		assertThat(request).as("webhook request").isNotNull();
		assertThat(request.path()).isEqualTo("/hooks/urgent");
		assertThat(request.header("Content-Type")).startsWith("application/json");
		long timestamp = Long.parseLong(request.header(WebhookSignature.TIMESTAMP_HEADER));
		assertThat(timestamp).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
		assertThat(new WebhookSignature(SECRET).verify(request.header(WebhookSignature.SIGNATURE_HEADER), timestamp,
				request.body()))
			.as("signature over the raw body")
			.isTrue();
		assertThat(request.header(WebhookSignature.DELIVERY_HEADER)).isEqualTo(turn.messageId());
		JsonNode alert = this.json.readTree(request.body()).get("alert");
		assertThat(this.json.readTree(request.body()).get("type").asText()).isEqualTo("urgent_turn");
		assertThat(alert.get("id").asText()).isEqualTo(turn.messageId());
		assertThat(alert.get("kind").asText()).isEqualTo("crisis");
		assertThat(alert.get("conversationId").asText()).isEqualTo("conv-42");
		assertThat(alert.get("channel").asText()).isEqualTo("sms");
		assertThat(alert.get("time").asText()).isEqualTo("2026-11-30T22:15:00Z");
		assertThat(alert.get("link").asText()).isEqualTo("https://clinic.example/staff/?conversation=conv-42");
		assertThat(alert.get("text").asText()).contains("[NAME]", "[PHONE]", "[EMAIL]", "saving my pills");
		assertThat(request.text()).doesNotContain("415-555-0134", "4155550134", "jane.doe", "example.com", "Jane",
				"Doe");
		awaitStatus(turn.messageId(), (status) -> status.deliveries().get(0).state() == State.DELIVERED);
	}

	@Test
	void webhookWhenReceiverFailsWith500RetriesWithBackoffAndDelivers() throws Exception {
		this.receiver.respond(500, 503);
		start(webhook(), policy(4, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-retry");

		this.dispatcher.urgentTurn(turn);

		for (int attempt = 1; attempt <= 3; attempt++) {
			Received request = this.receiver.next(GENEROUS);
			assertThat(request).as("attempt " + attempt).isNotNull();
			assertThat(request.header(WebhookSignature.DELIVERY_HEADER)).isEqualTo(turn.messageId());
			long timestamp = Long.parseLong(request.header(WebhookSignature.TIMESTAMP_HEADER));
			assertThat(new WebhookSignature(SECRET).verify(request.header(WebhookSignature.SIGNATURE_HEADER),
					timestamp, request.body()))
				.isTrue();
		}
		AlertStatus status = awaitStatus(turn.messageId(),
				(s) -> s.deliveries().get(0).state() == State.DELIVERED);
		assertThat(status.deliveries().get(0).attempts()).isEqualTo(3);
		assertThat(status.failed()).isFalse();
	}

	@Test
	void webhookWhenReceiverRefusesRecordsFailureWithoutRetrying() throws Exception {
		this.receiver.respond(401);
		start(webhook(), policy(4, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-refused");

		this.dispatcher.urgentTurn(turn);

		AlertStatus status = awaitStatus(turn.messageId(), AlertStatus::failed);
		assertThat(status.deliveries().get(0).attempts()).isEqualTo(1);
		assertThat(status.deliveries().get(0).error()).isEqualTo("HTTP 401");
		assertThat(this.receiver.next(GENEROUS)).isNotNull();
		assertThat(this.receiver.next(Duration.ofMillis(300))).as("no retry of a refused request").isNull();
	}

	@Test
	void urgentTurnWhenWebhookHangsReturnsAtOnceAndRecordsTheFailure() throws Exception {
		this.receiver.hang();
		start(webhook(), policy(2, Duration.ofMillis(300)));
		ChatTurn turn = AlertTurns.urgent("conv-hang");

		// returns without waiting on the receiver: if it waited, this test would hang until the receiver closes
		this.dispatcher.urgentTurn(turn);
		assertThat(this.board.find(turn.messageId())).isPresent();

		AlertStatus status = awaitStatus(turn.messageId(), AlertStatus::failed);
		assertThat(status.deliveries().get(0).attempts()).isEqualTo(2);
		assertThat(status.deliveries().get(0).error()).isEqualTo("no answer in time");
	}

	@Test
	void slackWhenUrgentTurnPostsMessageWithLinkAndEscapedText() throws Exception {
		start(List.of(new SlackRoute(WebClient.create(), this.receiver.url("/services/T000/B000/XXXX"))),
				policy(3, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-slack");

		this.dispatcher.urgentTurn(turn);

		Received request = this.receiver.next(GENEROUS);
		assertThat(request).isNotNull();
		assertThat(request.path()).isEqualTo("/services/T000/B000/XXXX");
		String text = this.json.readTree(request.body()).get("text").asText();
		assertThat(text).contains("Urgent crisis", "sms", "[PHONE]",
				"<https://clinic.example/staff/?conversation=conv-slack|Open conversation conv-slack on the staff page>");
		assertThat(request.text()).doesNotContain("415-555-0134", "jane.doe", "Jane");
		awaitStatus(turn.messageId(), (status) -> status.deliveries().get(0).state() == State.DELIVERED);
	}

	@Test
	void slackTextWhenVisitorWritesMarkupEscapesIt() {
		Alert alert = new Alert("m1", "crisis", "c1", "web", Instant.parse("2026-11-30T22:15:00Z"),
				"<!channel> & <https://evil.example|click>", List.of(), List.of(),
				Alert.linkTo(java.net.URI.create("https://clinic.example/staff"), "c1"));
		assertThat(SlackRoute.text(alert)).contains("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;")
			.doesNotContain("<!channel>");
	}

	@Test
	void emailWhenUrgentTurnSendsItOverSmtpWithoutPersonalData() throws Exception {
		try (SmtpTestServer smtp = SmtpTestServer.start()) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.port());
			start(List.of(new EmailRoute(sender, List.of("oncall@clinic.example", "nurse@clinic.example"),
					"bot@clinic.example", Schedulers.boundedElastic())), policy(3, Duration.ofSeconds(10)));
			ChatTurn turn = AlertTurns.urgent("conv-mail");

			this.dispatcher.urgentTurn(turn);

			SmtpTestServer.Mail mail = smtp.next(GENEROUS);
			assertThat(mail).as("e-mail").isNotNull();
			assertThat(mail.from()).contains("bot@clinic.example");
			assertThat(mail.to()).containsExactly("<oncall@clinic.example>", "<nurse@clinic.example>");
			assertThat(mail.content()).contains("Subject: Urgent chat (crisis): conversation conv-mail",
					"https://clinic.example/staff/?conversation=conv-mail", "[PHONE]", "saving my pills");
			assertThat(mail.content()).doesNotContain("415-555-0134", "jane.doe", "Jane");
			awaitStatus(turn.messageId(), (status) -> status.deliveries().get(0).state() == State.DELIVERED);
		}
	}

	@Test
	void urgentTurnWhenQueueIsFullRecordsTheAlertAsFailedInsteadOfWaiting() {
		this.receiver.hang();
		start(webhook(), new AlertDispatcher.Policy(1, Duration.ofMillis(50), Duration.ofMillis(400),
				Duration.ofSeconds(30), 1));

		// 16 deliveries hang in flight and one alert waits in the queue; the rest overflow, and every call returns
		for (int i = 0; i < 40; i++) {
			this.dispatcher.urgentTurn(AlertTurns.urgent("conv-flood-" + i));
		}

		assertThat(this.board.recent()).hasSize(40);
		assertThat(this.board.recent().stream().filter(AlertStatus::failed))
			.isNotEmpty()
			.allSatisfy((status) -> assertThat(status.deliveries().get(0).error()).isEqualTo("alert queue full"));
	}

	@Test
	void slackWhenWebhookHangsStillGetsEveryAlert() throws Exception {
		try (FakeHttpReceiver slack = FakeHttpReceiver.start()) {
			this.receiver.hang();
			List<AlertRoute> routes = new java.util.ArrayList<>(webhook());
			routes.add(new SlackRoute(WebClient.create(), slack.url("/services/T000/B000/XXXX")));
			start(routes, new AlertDispatcher.Policy(1, Duration.ofMillis(50), Duration.ofMillis(400),
					Duration.ofMinutes(5), 100));

			// more alerts than one route delivers at once: the webhook holds all its slots, Slack must not wait on it
			for (int i = 0; i < 40; i++) {
				this.dispatcher.urgentTurn(AlertTurns.urgent("conv-busy-" + i));
			}

			for (int i = 0; i < 40; i++) {
				assertThat(slack.next(GENEROUS)).as("Slack message " + (i + 1) + " of 40").isNotNull();
			}
		}
	}

	@Test
	void urgentTurnWhenNoRouteConfiguredStillShowsOnTheBoard() {
		start(List.of(), policy(3, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-none");

		this.dispatcher.urgentTurn(turn);

		assertThat(this.board.recent()).singleElement().satisfies((status) -> {
			assertThat(status.alert().conversationId()).isEqualTo("conv-none");
			assertThat(status.deliveries()).isEmpty();
		});
	}

	private List<AlertRoute> webhook() {
		return List.of(new WebhookRoute(WebClient.create(), this.receiver.url("/hooks/urgent"),
				new WebhookSignature(SECRET), this.json, Clock.systemUTC()));
	}

	private static AlertDispatcher.Policy policy(int maxAttempts, Duration timeout) {
		return new AlertDispatcher.Policy(maxAttempts, Duration.ofMillis(50), Duration.ofMillis(400), timeout, 10);
	}

	private void start(List<AlertRoute> routes, AlertDispatcher.Policy policy) {
		this.board = new AlertBoard(routes.stream().map(AlertRoute::name).toList(), 50, Clock.systemUTC());
		this.dispatcher = new AlertDispatcher(routes, this.board, new PersonalDataRedactor(),
				java.net.URI.create("https://clinic.example/staff/"), policy);
	}

	private AlertStatus awaitStatus(String id, Predicate<AlertStatus> condition) {
		await().atMost(GENEROUS)
			.until(() -> this.board.find(id).filter(condition).isPresent());
		return this.board.find(id).orElseThrow();
	}

}
