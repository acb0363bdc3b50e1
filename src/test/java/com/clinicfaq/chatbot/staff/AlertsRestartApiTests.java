package com.clinicfaq.chatbot.staff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.ChatbotApplication;
import com.clinicfaq.chatbot.alerts.FakeHttpReceiver;
import com.clinicfaq.chatbot.alerts.FakeHttpReceiver.Received;
import com.clinicfaq.chatbot.alerts.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for alerts across restarts of the whole service, on one transcripts folder (encrypted): an urgent message
 * whose webhook delivery was still owed when the service stopped is back on the staff API after the restart, not
 * acknowledged, and reaches a real local webhook receiver, signed and redacted; its acknowledgement survives the next
 * restart, and nothing is sent twice.
 */
class AlertsRestartApiTests {

	private static final Duration GENEROUS = Duration.ofSeconds(20);

	private static final String SECRET = "restart-test-secret";

	private static final String URGENT = "This is Jane Doe, 415-555-0134, jane.doe@example.com. I am going to kill "
			+ "myself tonight, I have the pills ready.";

	private final StaffFixture fixture = StaffFixture.create();

	private final String key = newKey();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void restartBringsBackTheOpenAlertAndSendsTheWebhookItStillOwedOnce() throws Exception {
		String id;
		try (FakeHttpReceiver hanging = FakeHttpReceiver.start()) {
			hanging.hang();
			try (ConfigurableApplicationContext first = start(hanging)) {
				id = chat(client(first), URGENT).get("messageId").asText();
				assertThat(hanging.next(GENEROUS)).as("the first attempt, hanging when the service stops").isNotNull();
			}
		}
		assertThat(journal()).as("encrypted with the transcripts' key").startsWith("enc:v1:")
			.doesNotContain("kill myself", id);

		try (FakeHttpReceiver receiver = FakeHttpReceiver.start()) {
			try (ConfigurableApplicationContext second = start(receiver)) {
				WebTestClient staff = staff(second);
				JsonNode restored = alert(staff, id);
				assertThat(restored.get("acknowledgement").isNull()).as("not acknowledged").isTrue();
				assertThat(restored.get("alert").get("text").asText()).contains("[NAME]", "[PHONE]", "[EMAIL]");

				Received request = receiver.next(GENEROUS,
						(r) -> id.equals(r.header(WebhookSignature.DELIVERY_HEADER)));
				assertThat(request).as("the webhook owed by the first run").isNotNull();
				long timestamp = Long.parseLong(request.header(WebhookSignature.TIMESTAMP_HEADER));
				assertThat(new WebhookSignature(SECRET).verify(request.header(WebhookSignature.SIGNATURE_HEADER),
						timestamp, request.body()))
					.isTrue();
				assertThat(request.text()).contains("kill myself")
					.doesNotContain("Jane", "Doe", "415-555-0134", "jane.doe", "example.com");
				await().atMost(GENEROUS)
					.until(() -> alert(staff, id).get("deliveries").findValuesAsText("state")
						.equals(List.of("delivered")));
				assertThat(alert(staff, id).get("deliveries").get(0).get("attempts").asInt())
					.as("the attempt cut short by the shutdown was not counted as a failure")
					.isEqualTo(1);

				staff.post()
					.uri("/api/v1/alerts/{id}/acknowledgement", id)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("outcome", "called_back", "note", "reached them, safe"))
					.exchange()
					.expectStatus()
					.isOk();
			}

			try (ConfigurableApplicationContext third = start(receiver)) {
				JsonNode acknowledged = alert(staff(third), id);
				assertThat(acknowledged.get("acknowledgement").get("outcome").asText()).isEqualTo("called_back");
				assertThat(acknowledged.get("acknowledgement").get("note").asText()).isEqualTo("reached them, safe");
				assertThat(acknowledged.get("deliveries").findValuesAsText("state")).containsExactly("delivered");
				assertThat(receiver.next(Duration.ofSeconds(1))).as("nothing is sent twice").isNull();
			}
		}
	}

	private ConfigurableApplicationContext start(FakeHttpReceiver webhook) {
		Map<String, Object> properties = new HashMap<>(this.fixture.properties());
		properties.put("server.port", "0");
		properties.put("chatbot.transcripts.encryption-key", this.key);
		properties.put("chatbot.alerts.webhook.url", webhook.url("/hooks/urgent").toString());
		properties.put("chatbot.alerts.webhook.secret", SECRET);
		properties.put("chatbot.alerts.timeout", "60s");
		// the safety rules catch this message; the learned detector would add half a minute to each start
		properties.put("chatbot.safety.detector.enabled", "false");
		// as command-line arguments: they rank above application.yml, as in production
		return new SpringApplicationBuilder(ChatbotApplication.class)
			.run(properties.entrySet().stream().map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new));
	}

	private static WebTestClient client(ConfigurableApplicationContext context) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	private static WebTestClient staff(ConfigurableApplicationContext context) {
		return client(context).mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth(StaffFixture.USER, StaffFixture.PASSWORD))
			.build();
	}

	private JsonNode chat(WebTestClient client, String text) throws Exception {
		byte[] body = client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", text))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode reply = this.json.readTree(body);
		assertThat(reply.get("handoff").get("reason").asText()).isEqualTo("urgent");
		return reply;
	}

	private JsonNode alert(WebTestClient staff, String id) throws Exception {
		byte[] body = staff.get()
			.uri("/api/v1/alerts")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		for (JsonNode status : this.json.readTree(body).get("alerts")) {
			if (status.get("alert").get("id").asText().equals(id)) {
				return status;
			}
		}
		throw new AssertionError("No alert " + id + " on the staff API");
	}

	private String journal() throws Exception {
		Path folder = this.fixture.transcripts.resolve("alerts");
		StringBuilder text = new StringBuilder();
		try (var files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
