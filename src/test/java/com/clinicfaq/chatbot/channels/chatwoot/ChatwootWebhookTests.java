package com.clinicfaq.chatbot.channels.chatwoot;

import java.nio.file.Path;
import java.time.Duration;

import com.clinicfaq.chatbot.channels.ChannelsTestKit;
import com.clinicfaq.chatbot.channels.FakeProviderApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of {@code POST /webhooks/chatwoot} against a fake Chatwoot that records what the service sends,
 * including the handoff: the bot answers a pending conversation, hands off by opening it, and is silent while open.
 */
class ChatwootWebhookTests {

	private static final String WEBHOOK_TOKEN = "chatwoot-webhook-token";

	private static final String API_TOKEN = "chatwoot-bot-access-token";

	@TempDir
	Path transcripts;

	private ChannelsTestKit kit;

	private final FakeProviderApi chatwootApi = new FakeProviderApi("{\"id\":1}");

	private WebTestClient client;

	@BeforeEach
	void bind() {
		this.kit = new ChannelsTestKit(this.transcripts);
		this.client = client(WEBHOOK_TOKEN);
	}

	@AfterEach
	void close() {
		this.kit.close();
		this.chatwootApi.close();
	}

	@Test
	void thePendingConversationIsAnsweredThenHandedOffThenLeftToPeopleUntilPendingAgain()
			throws InterruptedException {
		post(message(501, "pending", "how long do the effects of ketamine last")).expectStatus().isOk();
		FakeProviderApi.Received answer = this.chatwootApi.take();
		assertThat(answer.path()).isEqualTo("/api/v1/accounts/3/conversations/42/messages");
		assertThat(answer.header("api_access_token")).isEqualTo(API_TOKEN);
		assertThat(answer.json().path("message_type").asText()).isEqualTo("outgoing");
		assertThat(answer.json().path("content").asText()).contains("not medical advice");
		assertThat(this.chatwootApi.poll(Duration.ofMillis(300))).isNull();

		post(message(502, "pending", "I want to talk to a real person")).expectStatus().isOk();
		assertThat(this.chatwootApi.take().path()).endsWith("/conversations/42/messages");
		FakeProviderApi.Received toggle = this.chatwootApi.take();
		assertThat(toggle.path()).isEqualTo("/api/v1/accounts/3/conversations/42/toggle_status");
		assertThat(toggle.json().path("status").asText()).isEqualTo("open");

		post(message(503, "open", "hello? what is ketamine")).expectStatus().isOk();
		assertThat(this.chatwootApi.poll(Duration.ofMillis(500))).isNull();
		assertThat(this.kit.transcript()).hasSize(2);

		post(message(504, "pending", "what is ketamine")).expectStatus().isOk();
		assertThat(this.chatwootApi.take().path()).endsWith("/conversations/42/messages");
		assertThat(this.kit.transcript()).hasSize(3)
			.allSatisfy((line) -> assertThat(line.channel()).isEqualTo("chatwoot"));
	}

	@Test
	void anUrgentMessageIsAnsweredWithTheCrisisLinesAndHandedOff() {
		post(message(505, "pending", "I want to end my life")).expectStatus().isOk();

		assertThat(this.chatwootApi.take().json().path("content").asText()).contains("988");
		assertThat(this.chatwootApi.take().path()).endsWith("/toggle_status");
		assertThat(this.kit.transcript()).singleElement().satisfies((line) -> assertThat(line.urgent()).isTrue());
	}

	@Test
	void outgoingMessagesAndPrivateNotesAreIgnored() throws InterruptedException {
		post(message(506, "pending", "what is ketamine").replace("\"incoming\"", "\"outgoing\"")).expectStatus().isOk();
		post(message(507, "pending", "what is ketamine").replace("\"private\":false", "\"private\":true"))
			.expectStatus().isOk();

		assertThat(this.chatwootApi.poll(Duration.ofMillis(300))).isNull();
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void theTokenMayComeInAHeaderAndAWrongOneIs403() {
		this.client.post()
			.uri("/webhooks/chatwoot")
			.header("X-Chatwoot-Webhook-Token", WEBHOOK_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(message(508, "pending", "what is ketamine"))
			.exchange()
			.expectStatus().isOk();
		this.client.post()
			.uri("/webhooks/chatwoot?token=guess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(message(509, "pending", "what is ketamine"))
			.exchange()
			.expectStatus().isForbidden();
		this.client.post()
			.uri("/webhooks/chatwoot")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(message(510, "pending", "what is ketamine"))
			.exchange()
			.expectStatus().isUnauthorized();
		assertThat(this.kit.transcript()).hasSize(1);
	}

	@Test
	void withoutTheWebhookTokenTheChannelIsOff() {
		client(null).post()
			.uri("/webhooks/chatwoot?token=" + WEBHOOK_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(message(511, "pending", "what is ketamine"))
			.exchange()
			.expectStatus().isNotFound();
	}

	private WebTestClient client(String webhookToken) {
		ChatwootProperties chatwoot = new ChatwootProperties(this.chatwootApi.baseUrl(), API_TOKEN, webhookToken);
		ChatwootHandler handler = new ChatwootHandler(this.kit.chat, this.kit.outbound, this.kit.queue, chatwoot,
				this.kit.properties, ChannelsTestKit.JSON);
		return WebTestClient.bindToRouterFunction(new ChatwootRouter().chatwootRoutes(handler)).build();
	}

	private WebTestClient.ResponseSpec post(String body) {
		return this.client.post()
			.uri("/webhooks/chatwoot?token=" + WEBHOOK_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static String message(int id, String status, String text) {
		return "{\"event\":\"message_created\",\"id\":" + id + ",\"content\":\"" + text + "\","
				+ "\"message_type\":\"incoming\",\"private\":false,\"content_type\":\"text\","
				+ "\"sender\":{\"id\":9,\"name\":\"Visitor\",\"type\":\"contact\"},"
				+ "\"conversation\":{\"id\":42,\"status\":\"" + status + "\",\"inbox_id\":1},"
				+ "\"account\":{\"id\":3,\"name\":\"Clinic\"},\"inbox\":{\"id\":1,\"name\":\"Website\"}}";
	}

}
