package com.clinicfaq.chatbot.channels.meta;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

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
 * End-to-end tests of {@code /webhooks/meta} (WhatsApp Cloud API and Messenger) against a fake Graph API that
 * records what the service sends.
 */
class MetaWebhookTests {

	private static final String APP_SECRET = "meta-test-app-secret";

	private static final String VERIFY_TOKEN = "meta-verify-token";

	private static final String ACCESS_TOKEN = "EAAG-test-access-token";

	@TempDir
	Path transcripts;

	private ChannelsTestKit kit;

	private final FakeProviderApi graph = new FakeProviderApi("{\"messages\":[{\"id\":\"wamid.out\"}]}");

	private WebTestClient client;

	@BeforeEach
	void bind() {
		this.kit = new ChannelsTestKit(this.transcripts);
		this.client = client(APP_SECRET);
	}

	@AfterEach
	void close() {
		this.kit.close();
		this.graph.close();
	}

	@Test
	void theSubscriptionHandshakeAnswersTheChallengeOnlyForTheVerifyToken() {
		this.client.get()
			.uri("/webhooks/meta?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1158201444")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class).isEqualTo("1158201444");
		this.client.get()
			.uri("/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444")
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void aWhatsappMessageIsAnsweredThroughTheGraphApi() {
		signedPost(whatsapp("wamid.ID1", "how long do the effects of ketamine last")).expectStatus().isOk();

		FakeProviderApi.Received sent = this.graph.take();
		assertThat(sent.path()).isEqualTo("/v21.0/106540352242922/messages");
		assertThat(sent.header("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
		JsonNode body = sent.json();
		assertThat(body.path("messaging_product").asText()).isEqualTo("whatsapp");
		assertThat(body.path("to").asText()).isEqualTo("16505551234");
		assertThat(body.path("text").path("body").asText()).contains("Reply with a number:\n1. ");
		assertThat(this.kit.transcript()).singleElement().satisfies((line) -> {
			assertThat(line.channel()).isEqualTo("whatsapp");
			assertThat(line.conversationId()).doesNotContain("16505551234");
		});
	}

	@Test
	void aMessengerMessageIsAnsweredThroughTheSendApi() {
		String event = "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE1\",\"time\":1700000000,\"messaging\":[{"
				+ "\"sender\":{\"id\":\"PSID42\"},\"recipient\":{\"id\":\"PAGE1\"},\"timestamp\":1700000000,"
				+ "\"message\":{\"mid\":\"m_1\",\"text\":\"what is ketamine\"}}]}]}";

		signedPost(event).expectStatus().isOk();

		FakeProviderApi.Received sent = this.graph.take();
		assertThat(sent.path()).isEqualTo("/v21.0/me/messages");
		JsonNode body = sent.json();
		assertThat(body.path("recipient").path("id").asText()).isEqualTo("PSID42");
		assertThat(body.path("messaging_type").asText()).isEqualTo("RESPONSE");
		assertThat(body.path("message").path("text").asText()).contains("not medical advice");
		assertThat(this.kit.transcript()).singleElement()
			.satisfies((line) -> assertThat(line.channel()).isEqualTo("messenger"));
	}

	@Test
	void aRetriedDeliveryIsProcessedOnce() throws InterruptedException {
		signedPost(whatsapp("wamid.ID2", "what is ketamine")).expectStatus().isOk();
		signedPost(whatsapp("wamid.ID2", "what is ketamine")).expectStatus().isOk();

		this.graph.take();
		assertThat(this.graph.poll(Duration.ofMillis(500))).isNull();
		assertThat(this.kit.transcript()).hasSize(1);
	}

	@Test
	void aBadOrMissingSignatureNeverReachesTheChatCore() {
		String event = whatsapp("wamid.ID3", "what is ketamine");
		this.client.post()
			.uri("/webhooks/meta")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", MetaSignature.of("another-secret", event.getBytes(StandardCharsets.UTF_8)))
			.bodyValue(event)
			.exchange()
			.expectStatus().isForbidden();
		this.client.post()
			.uri("/webhooks/meta")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(event)
			.exchange()
			.expectStatus().isUnauthorized();
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void withoutTheAppSecretTheChannelIsOff() {
		client(null).get()
			.uri("/webhooks/meta?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1")
			.exchange()
			.expectStatus().isNotFound();
	}

	private WebTestClient client(String appSecret) {
		MetaProperties meta = new MetaProperties(appSecret, VERIFY_TOKEN, ACCESS_TOKEN, "999",
				this.graph.baseUrl() + "/v21.0");
		MetaHandler handler = new MetaHandler(this.kit.chat, this.kit.outbound, this.kit.queue, meta,
				this.kit.properties, ChannelsTestKit.JSON);
		return WebTestClient.bindToRouterFunction(new MetaRouter().metaRoutes(handler)).build();
	}

	private WebTestClient.ResponseSpec signedPost(String body) {
		return this.client.post()
			.uri("/webhooks/meta")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", MetaSignature.of(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)))
			.bodyValue(body)
			.exchange();
	}

	private static String whatsapp(String id, String text) {
		return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA1\",\"changes\":[{\"value\":{"
				+ "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
				+ "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Kerry\"},"
				+ "\"wa_id\":\"16505551234\"}],\"messages\":[{\"from\":\"16505551234\",\"id\":\"" + id + "\","
				+ "\"timestamp\":\"1700000000\",\"text\":{\"body\":\"" + text + "\"},\"type\":\"text\"}]},"
				+ "\"field\":\"messages\"}]}]}";
	}

}
