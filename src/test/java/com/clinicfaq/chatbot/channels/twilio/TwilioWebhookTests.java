package com.clinicfaq.chatbot.channels.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.channels.ChannelsTestKit;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of {@code POST /webhooks/twilio}: signed form in, TwiML out, through the real chat core and
 * transcript.
 */
class TwilioWebhookTests {

	private static final String TOKEN = "twilio-test-token";

	private static final String PUBLIC_URL = "https://clinic.example/webhooks/twilio";

	@TempDir
	Path transcripts;

	private ChannelsTestKit kit;

	private WebTestClient client;

	@BeforeEach
	void bind() {
		this.kit = new ChannelsTestKit(this.transcripts);
		this.client = client(new TwilioProperties(TOKEN, PUBLIC_URL));
	}

	@AfterEach
	void close() {
		this.kit.close();
	}

	@Test
	void smsGetsATwimlReplyWithNumberedOptionsAndTheShortDisclaimer() {
		String twiml = send(form("SM0001", "+15551230001", "how long do the effects of ketamine last"), TOKEN);

		assertThat(twiml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>")
			.contains("Reply with a number:\n1. ")
			.endsWith("General info only, not medical advice.</Message></Response>");
		String message = twiml.substring(twiml.indexOf("<Message>") + 9, twiml.indexOf("</Message>"));
		assertThat(message.length()).isLessThanOrEqualTo(612);
		List<TranscriptEntry> lines = this.kit.transcript();
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.channel()).isEqualTo("sms");
			assertThat(line.intent()).isEqualTo("duration");
			assertThat(line.conversationId()).startsWith("sms:").doesNotContain("1230001");
		});
	}

	@Test
	void aRetriedMessageGetsTheSameReplyAndOneTranscriptLine() {
		Map<String, String> form = form("SM0002", "+15551230002", "how much does ketamine therapy cost");

		String first = send(form, TOKEN);
		String retry = send(form, TOKEN);

		assertThat(retry).isEqualTo(first);
		assertThat(this.kit.transcript()).hasSize(1);
	}

	@Test
	void aNumberAnswersWithTheOptionOfferedOnThePreviousTurn() {
		String first = send(form("SM0003", "+15551230003", "how long do the effects of ketamine last"), TOKEN);
		String option = first.substring(first.indexOf("1. ") + 3, first.indexOf('\n', first.indexOf("1. ")));

		send(form("SM0004", "+15551230003", "1"), TOKEN);

		List<TranscriptEntry> lines = this.kit.transcript();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1).text()).isEqualTo(option);
		assertThat(lines.get(1).route()).isEqualTo(Route.ANSWER);
		assertThat(lines.get(1).conversationId()).isEqualTo(lines.get(0).conversationId());
	}

	@Test
	void anUrgentSmsGetsTheCrisisLinesAsText() {
		String twiml = send(form("SM0005", "+15551230005", "I want to kill myself tonight"), TOKEN);

		assertThat(twiml).contains("988").contains("911");
		assertThat(this.kit.transcript()).singleElement().satisfies((line) -> {
			assertThat(line.urgent()).isTrue();
			assertThat(line.handoffReason()).isEqualTo(HandoffReason.URGENT);
		});
	}

	@Test
	void whatsappThroughTwilioIsItsOwnChannelWithTheFullDisclaimer() {
		String twiml = send(form("SM0006", "whatsapp:+15551230006", "what is ketamine"), TOKEN);

		assertThat(twiml).contains("not medical advice").doesNotContain("General info only");
		assertThat(this.kit.transcript()).singleElement()
			.satisfies((line) -> assertThat(line.channel()).isEqualTo("whatsapp"));
	}

	@Test
	void aMissingSignatureIs401AndNeverReachesTheChatCore() {
		this.client.post()
			.uri("/webhooks/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(encode(form("SM0007", "+15551230007", "what is ketamine")))
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void aSignatureWithAnotherKeyIs403AndNeverReachesTheChatCore() {
		this.client.post()
			.uri("/webhooks/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", signature(form("SM0008", "+15551230008", "hi"), "another-token"))
			.bodyValue(encode(form("SM0008", "+15551230008", "hi")))
			.exchange()
			.expectStatus().isForbidden();
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void aTamperedBodyIs403() {
		Map<String, String> signed = form("SM0009", "+15551230009", "what is ketamine");
		Map<String, String> tampered = form("SM0009", "+15551230009", "what is ketamine?");

		this.client.post()
			.uri("/webhooks/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", signature(signed, TOKEN))
			.bodyValue(encode(tampered))
			.exchange()
			.expectStatus().isForbidden();
		assertThat(this.kit.transcript()).isEmpty();
	}

	@Test
	void withoutAnAuthTokenTheChannelIsOff() {
		WebTestClient off = client(new TwilioProperties(null, PUBLIC_URL));
		Map<String, String> form = form("SM0010", "+15551230010", "what is ketamine");

		off.post()
			.uri("/webhooks/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", signature(form, TOKEN))
			.bodyValue(encode(form))
			.exchange()
			.expectStatus().isNotFound();
	}

	private WebTestClient client(TwilioProperties twilio) {
		TwilioHandler handler = new TwilioHandler(this.kit.chat, twilio, this.kit.properties);
		return WebTestClient.bindToRouterFunction(new TwilioRouter().twilioRoutes(handler)).build();
	}

	private String send(Map<String, String> form, String token) {
		return this.client.post()
			.uri("/webhooks/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", signature(form, token))
			.bodyValue(encode(form))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_XML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, String> form(String sid, String from, String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("MessageSid", sid);
		form.put("AccountSid", "AC00000000000000000000000000000000");
		form.put("From", from);
		form.put("To", "+15550000000");
		form.put("Body", body);
		form.put("NumMedia", "0");
		return form;
	}

	private static String signature(Map<String, String> form, String token) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		form.forEach((name, value) -> parameters.put(name, List.of(value)));
		return TwilioSignature.of(token, PUBLIC_URL, parameters);
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
