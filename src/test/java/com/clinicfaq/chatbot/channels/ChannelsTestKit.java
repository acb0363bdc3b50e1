package com.clinicfaq.chatbot.channels;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The real channel plumbing around the real chat core, for end-to-end tests of one channel without Spring: transcripts
 * in a temporary folder, outbound calls to a {@link FakeProviderApi}.
 */
public final class ChannelsTestKit implements AutoCloseable {

	public static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
		.build()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	public static final String CONVERSATION_KEY = "test-conversation-key-0123456789";

	private final Path transcripts;

	private final TranscriptFiles files;

	public final ChannelChat chat;

	public final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	public final OutboundClient outbound;

	public final OutboundQueue queue = new OutboundQueue(100, 4);

	public final ChannelsProperties properties = new ChannelsProperties(CONVERSATION_KEY, Duration.ofHours(1), 1000,
			1000, DataSize.ofKilobytes(64), "General info only, not medical advice.",
			new ChannelsProperties.Outbound(Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(20),
					100, 4));

	public ChannelsTestKit(Path transcripts) {
		this.transcripts = transcripts;
		this.files = new TranscriptFiles(transcripts, false, JSON);
		this.chat = new ChannelChat(TestChatbot.chatService(),
				new TranscriptWriter(this.files, Schedulers.boundedElastic()), new ConversationIds(CONVERSATION_KEY),
				new ProcessedDeliveries(Duration.ofHours(1), 1000), new OfferedOptions(Duration.ofMinutes(30), 1000),
				new ReplyRenderer(this.properties.smsDisclaimer()), this.properties.maxTextLength());
		this.outbound = new OutboundClient(WebClient.builder(), this.properties.outbound(), this.meters);
		this.queue.start();
	}

	public List<TranscriptEntry> transcript() {
		return new TranscriptReader(JSON).readAll(this.transcripts);
	}

	public double failures(String provider) {
		return this.meters.counter("chatbot.channels.outbound.failures", "provider", provider).count();
	}

	@Override
	public void close() {
		this.queue.stop();
		this.files.close();
	}

}
