package com.clinicfaq.chatbot.web;

import java.nio.file.Path;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

/**
 * Tests for {@link WidgetCorsConfiguration}: which web sites' pages may call the chat API from a browser.
 */
class WidgetCorsTests {

	private static final String CLINIC_SITE = "https://www.clinic.example";

	/** Absolute, as a browser's request always names its host (CORS compares it with the origin). */
	private static final String CHAT = "http://chatbot.clinic.example/api/v1/chat";

	private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path transcripts;

	@Test
	void aListedSiteMayCallTheChatApi() {
		WebTestClient client = client(List.of(CLINIC_SITE));

		preflight(client, CLINIC_SITE).expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CLINIC_SITE)
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
		client.post().uri(CHAT).header(HttpHeaders.ORIGIN, CLINIC_SITE)
			.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"what is ketamine\"}")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CLINIC_SITE);
	}

	@Test
	void anotherSiteIsRefused() {
		WebTestClient client = client(List.of(CLINIC_SITE));

		preflight(client, "https://evil.example").expectStatus().isForbidden()
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		client.post().uri(CHAT).header(HttpHeaders.ORIGIN, "https://evil.example")
			.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"what is ketamine\"}")
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void byDefaultNoSiteMayCallTheChatApiFromABrowser() {
		preflight(client(List.of()), CLINIC_SITE)
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	private WebTestClient client(List<String> allowedOrigins) {
		TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(this.transcripts, false, this.json),
				Schedulers.boundedElastic());
		ChatHandler handler = new ChatHandler(TestChatbot.chatService(), writer, TestChatbot.clinic(),
				new WebProperties(1000, DataSize.ofKilobytes(16), allowedOrigins), this.json);
		return WebTestClient.bindToRouterFunction(new ChatRouter().chatRoutes(handler))
			.webFilter(WidgetCorsConfiguration.widgetCors(allowedOrigins))
			.build();
	}

	private static WebTestClient.ResponseSpec preflight(WebTestClient client, String origin) {
		return client.method(HttpMethod.OPTIONS)
			.uri(CHAT)
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.exchange();
	}

}
