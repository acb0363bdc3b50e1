package com.clinicfaq.chatbot.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ConversationStore;
import com.clinicfaq.chatbot.chat.RoutingPolicy;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web request hands its message to {@link EmbeddingsAhead} (the batched encoder) and is understood only once that
 * is done; an encoder error there fails the request, as it did when the screen ran the encoder itself.
 */
class ChatHandlerEmbeddingsAheadTests {

	private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path transcripts;

	private final List<String> events = new CopyOnWriteArrayList<>();

	private WebTestClient client(EmbeddingsAhead ahead) {
		IntentClassifier trained = TestChatbot.classifier();
		IntentClassifier recording = (text) -> {
			this.events.add("understood on " + Thread.currentThread().getName());
			return trained.classify(text);
		};
		ChatService chat = new ChatService(TestChatbot.safetyScreen(), recording, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
		TranscriptWriter writer = new TranscriptWriter(new TranscriptFiles(this.transcripts, false, this.json),
				Schedulers.boundedElastic(), 1024, new SimpleMeterRegistry());
		return WebTestClient
			.bindToRouterFunction(new ChatRouter().chatRoutes(new ChatHandler(chat, writer, TestChatbot.clinic(),
					new WebProperties(1000, DataSize.ofKilobytes(16)), this.json, ahead)))
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void chatAndParseAreUnderstoodOnTheUnderstandingThreadsOnlyAfterTheirTextsAreEmbeddedAhead() {
		EmbeddingsAhead slowEncoder = (text) -> Mono.delay(Duration.ofMillis(100))
			.doOnNext((tick) -> this.events.add("embedded " + text))
			.then();
		WebTestClient client = client(slowEncoder);
		for (String path : List.of("/api/v1/chat", "/api/v1/parse")) {
			this.events.clear();
			assertAnsweredWithSessionLength(client, path);
			assertThat(this.events).first().isEqualTo("embedded how long does an infusion take");
			assertThat(this.events).last().asString().startsWith("understood on understanding-");
		}
	}

	@Test
	void anEncoderErrorWhileEmbeddingAheadFailsTheRequestWithoutUnderstandingIt() {
		WebTestClient client = client((text) -> Mono.error(new IllegalStateException("Sentence embedding failed")));
		client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"how long does an infusion take\"}")
			.exchange()
			.expectStatus().is5xxServerError();
		assertThat(this.events).isEmpty();
	}

	@Test
	void chatAndParseWhenNothingIsEmbeddedAheadWaitInTheUnderstandingQueueOnce() {
		WebTestClient client = client(EmbeddingsAhead.NONE);
		AtomicInteger understandingTasks = new AtomicInteger();
		Schedulers.onScheduleHook("count-understanding-tasks", (task) -> () -> {
			if (Thread.currentThread().getName().startsWith("understanding-")) {
				understandingTasks.incrementAndGet();
			}
			task.run();
		});
		try {
			for (String path : List.of("/api/v1/chat", "/api/v1/parse")) {
				understandingTasks.set(0);
				assertAnsweredWithSessionLength(client, path);
				assertThat(understandingTasks).as(path).hasValue(1);
			}
		}
		finally {
			Schedulers.resetOnScheduleHook("count-understanding-tasks");
		}
		assertThat(this.events).isNotEmpty()
			.allSatisfy((event) -> assertThat(event).startsWith("understood on understanding-"));
	}

	/** Asks how long an infusion takes on {@code path} and checks the answer's intent. */
	private static void assertAnsweredWithSessionLength(WebTestClient client, String path) {
		client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"how long does an infusion take\"}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.intent.name").isEqualTo("session_length");
	}

}
