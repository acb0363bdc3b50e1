package com.clinicfaq.chatbot.channels.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.clinicfaq.chatbot.channels.ChannelsTestKit;
import com.clinicfaq.chatbot.channels.FakeProviderApi;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of {@code POST /webhooks/telegram} against a fake Bot API that records what the service sends.
 */
class TelegramWebhookTests {

	private static final String SECRET = "telegram-secret-token";

	private static final String BOT_TOKEN = "123456:test-bot-token";

	@TempDir
	Path transcripts;

	private ChannelsTestKit kit;

	private final FakeProviderApi botApi = new FakeProviderApi("{\"ok\":true,\"result\":{}}");

	private WebTestClient client;

	@BeforeEach
	void bind() {
		this.kit = new ChannelsTestKit(this.transcripts);
		this.client = client(SECRET);
	}

	@AfterEach
	void close() {
		this.kit.close();
		this.botApi.close();
	}

	@Test
	void aMessageIsAnsweredWithSendMessageAndSuggestionsAsAnInlineKeyboard() {
		post(SECRET, message(1001, "how long do the effects of ketamine last")).expectStatus().isOk();

		FakeProviderApi.Received sent = this.botApi.take();
		assertThat(sent.path()).isEqualTo("/bot" + BOT_TOKEN + "/sendMessage");
		JsonNode body = sent.json();
		assertThat(body.path("chat_id").asText()).isEqualTo("777");
		assertThat(body.path("text").asText()).contains("not medical advice").doesNotContain("Reply with a number");
		JsonNode keyboard = body.path("reply_markup").path("inline_keyboard");
		assertThat(keyboard.size()).isPositive();
		assertThat(keyboard.get(0).get(0).path("callback_data").asText()).isEqualTo("1");
		assertThat(this.kit.transcript()).singleElement().satisfies((line) -> {
			assertThat(line.channel()).isEqualTo("telegram");
			assertThat(line.conversationId()).startsWith("telegram:").doesNotContain("777");
		});
	}

	@Test
	void pressingAButtonAsksThatOptionAndAnswersThePress() {
		post(SECRET, message(1002, "how long do the effects of ketamine last")).expectStatus().isOk();
		String option = this.botApi.take().json().path("reply_markup").path("inline_keyboard").get(0).get(0)
			.path("text").asText();

		post(SECRET, "{\"update_id\":1003,\"callback_query\":{\"id\":\"cb-1\",\"from\":{\"id\":777},\"data\":\"1\","
				+ "\"message\":{\"message_id\":5,\"chat\":{\"id\":777,\"type\":\"private\"}}}}")
			.expectStatus().isOk();

		FakeProviderApi.Received answered = this.botApi.take();
		assertThat(answered.path()).endsWith("/answerCallbackQuery");
		assertThat(answered.json().path("callback_query_id").asText()).isEqualTo("cb-1");
		assertThat(this.botApi.take().path()).endsWith("/sendMessage");
		List<TranscriptEntry> lines = this.kit.transcript();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1).text()).isEqualTo(option);
	}

	@Test
	void anUrgentMessageGetsTheCrisisLinesAsTextAndNoButtons() {
		post(SECRET, message(1004, "I took too many pills and can't breathe")).expectStatus().isOk();

		JsonNode body = this.botApi.take().json();
		assertThat(body.path("text").asText()).contains("911");
		assertThat(body.has("reply_markup")).isFalse();
		assertThat(this.kit.transcript()).singleElement().satisfies((line) -> assertThat(line.urgent()).isTrue());
	}

	@Test
	void aRetriedUpdateIsProcessedOnce() throws InterruptedException {
		post(SECRET, message(1005, "what is ketamine")).expectStatus().isOk();
		post(SECRET, message(1005, "what is ketamine")).expectStatus().isOk();

		this.botApi.take();
		assertThat(this.botApi.poll(Duration.ofMillis(500))).isNull();
		assertThat(this.kit.transcript()).hasSize(1);
	}

	@Test
	void aWrongSecretIs403AMissingOne401AndNeitherReachesTheChatCore() {
		post("not-the-secret", message(1006, "what is ketamine")).expectStatus().isForbidden();
		this.client.post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(message(1007, "what is ketamine"))
			.exchange()
			.expectStatus().isUnauthorized();
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void withoutTheSecretTokenTheChannelIsOff() {
		client(null).post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
			.bodyValue(message(1008, "what is ketamine"))
			.exchange()
			.expectStatus().isNotFound();
	}

	private WebTestClient client(String secret) {
		TelegramProperties telegram = new TelegramProperties(secret, BOT_TOKEN, this.botApi.baseUrl());
		TelegramHandler handler = new TelegramHandler(this.kit.chat, this.kit.outbound, this.kit.queue, telegram,
				this.kit.properties, ChannelsTestKit.JSON);
		return WebTestClient.bindToRouterFunction(new TelegramRouter().telegramRoutes(handler)).build();
	}

	private WebTestClient.ResponseSpec post(String secret, String body) {
		return this.client.post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Telegram-Bot-Api-Secret-Token", secret)
			.bodyValue(body)
			.exchange();
	}

	private static String message(int updateId, String text) {
		return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"from\":{\"id\":777,"
				+ "\"is_bot\":false,\"first_name\":\"Sam\"},\"chat\":{\"id\":777,\"type\":\"private\"},\"date\":1700000000,"
				+ "\"text\":\"" + text + "\"}}";
	}

}
