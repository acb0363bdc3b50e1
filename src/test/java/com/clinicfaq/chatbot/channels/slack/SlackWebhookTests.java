package com.clinicfaq.chatbot.channels.slack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.clinicfaq.chatbot.channels.ChannelsTestKit;
import com.clinicfaq.chatbot.channels.FakeProviderApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of {@code POST /webhooks/slack} against a fake Slack Web API that records what the service posts.
 */
class SlackWebhookTests {

	private static final String SECRET = "slack-test-signing-secret";

	private static final String BOT_TOKEN = "xoxb-test-token";

	@TempDir
	Path transcripts;

	private ChannelsTestKit kit;

	private final FakeProviderApi slackApi = new FakeProviderApi("{\"ok\":true,\"ts\":\"1700000000.000200\"}");

	private WebTestClient client;

	@BeforeEach
	void bind() {
		this.kit = new ChannelsTestKit(this.transcripts);
		this.client = client(SECRET);
	}

	@AfterEach
	void close() {
		this.kit.close();
		this.slackApi.close();
	}

	@Test
	void urlVerificationAnswersTheChallenge() {
		signedPost("{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
				+ "\"type\":\"url_verification\"}", Instant.now())
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.challenge").isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
	}

	@Test
	void aDirectMessageIsAcknowledgedThenAnsweredInItsThread() {
		signedPost(message("Ev0001", "how long do the effects of ketamine last"), Instant.now())
			.expectStatus().isOk();

		FakeProviderApi.Received post = this.slackApi.take();
		assertThat(post.path()).isEqualTo("/api/chat.postMessage");
		assertThat(post.header("Authorization")).isEqualTo("Bearer " + BOT_TOKEN);
		JsonNode body = post.json();
		assertThat(body.path("channel").asText()).isEqualTo("D0123");
		assertThat(body.path("thread_ts").asText()).isEqualTo("1700000000.000100");
		assertThat(body.path("text").asText()).contains("Reply with a number:").contains("not medical advice");
		assertThat(this.kit.transcript()).singleElement().satisfies((line) -> {
			assertThat(line.channel()).isEqualTo("slack");
			assertThat(line.intent()).isEqualTo("duration");
			assertThat(line.conversationId()).startsWith("slack:").doesNotContain("U0456");
		});
	}

	@Test
	void aRetriedEventIsAcknowledgedWithoutASecondReplyOrTranscriptLine() throws InterruptedException {
		String event = message("Ev0002", "what is ketamine");
		signedPost(event, Instant.now()).expectStatus().isOk();
		this.slackApi.take();

		signedPost(event, Instant.now()).expectStatus().isOk();

		assertThat(this.slackApi.poll(Duration.ofMillis(500))).isNull();
		assertThat(this.kit.transcript()).hasSize(1);
	}

	@Test
	void theBotsOwnMessagesAreIgnored() throws InterruptedException {
		String own = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev0003\",\"event\":{\"type\":"
				+ "\"message\",\"bot_id\":\"B1\",\"user\":\"U0BOT\",\"channel\":\"D0123\",\"text\":\"an answer\","
				+ "\"ts\":\"1700000000.000300\"}}";

		signedPost(own, Instant.now()).expectStatus().isOk();

		assertThat(this.slackApi.poll(Duration.ofMillis(300))).isNull();
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void aSlackOutageIsRetriedWithBackoff() {
		this.slackApi.failNext(503, 429);

		signedPost(message("Ev0004", "what is ketamine"), Instant.now()).expectStatus().isOk();

		assertThat(this.slackApi.take().path()).isEqualTo("/api/chat.postMessage");
		assertThat(this.slackApi.take().path()).isEqualTo("/api/chat.postMessage");
		assertThat(this.slackApi.take().json().path("text").asText()).isNotEmpty();
		assertThat(this.kit.failures("slack")).isZero();
	}

	@Test
	void aRefusedPostIsNotRetriedAndIsCounted() throws InterruptedException {
		this.slackApi.failNext(400);

		signedPost(message("Ev0005", "what is ketamine"), Instant.now()).expectStatus().isOk();

		this.slackApi.take();
		assertThat(this.slackApi.poll(Duration.ofMillis(500))).isNull();
		assertThat(this.kit.failures("slack")).isEqualTo(1.0);
	}

	@Test
	void aStaleTimestampIs403AndNeverReachesTheChatCore() {
		signedPost(message("Ev0006", "what is ketamine"), Instant.now().minus(Duration.ofMinutes(10)))
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void aTamperedBodyIs403AndAMissingSignature401() {
		String signed = message("Ev0007", "what is ketamine");
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		this.client.post()
			.uri("/webhooks/slack")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", SlackSignature.of(SECRET, timestamp, signed.getBytes(StandardCharsets.UTF_8)))
			.bodyValue(signed.replace("what is ketamine", "how much does it cost"))
			.exchange()
			.expectStatus().isForbidden();
		this.client.post()
			.uri("/webhooks/slack")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Slack-Request-Timestamp", timestamp)
			.bodyValue(signed)
			.exchange()
			.expectStatus().isUnauthorized();
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void withoutASigningSecretTheChannelIsOff() {
		client(null).post()
			.uri("/webhooks/slack")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(message("Ev0008", "what is ketamine"))
			.exchange()
			.expectStatus().isNotFound();
	}

	private WebTestClient client(String secret) {
		SlackProperties slack = new SlackProperties(secret, BOT_TOKEN, this.slackApi.baseUrl() + "/api",
				Duration.ofMinutes(5));
		SlackHandler handler = new SlackHandler(this.kit.chat, this.kit.outbound, this.kit.queue, slack,
				this.kit.properties, ChannelsTestKit.JSON);
		return WebTestClient.bindToRouterFunction(new SlackRouter().slackRoutes(handler)).build();
	}

	private WebTestClient.ResponseSpec signedPost(String body, Instant when) {
		String timestamp = String.valueOf(when.getEpochSecond());
		return this.client.post()
			.uri("/webhooks/slack")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", SlackSignature.of(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8)))
			.bodyValue(body)
			.exchange();
	}

	private static String message(String eventId, String text) {
		return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
				+ eventId + "\",\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
				+ "\"user\":\"U0456\",\"channel\":\"D0123\",\"text\":\"" + text + "\",\"ts\":\"1700000000.000100\"}}";
	}

}
