package com.clinicfaq.chatbot.channels;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OutboundQueue}.
 */
class OutboundQueueTests {

	@Test
	void stopLetsQueuedRepliesGoOutAndRefusesNewOnes() {
		OutboundQueue queue = new OutboundQueue(10, 1, Duration.ofSeconds(10));
		queue.start();
		List<String> sent = new CopyOnWriteArrayList<>();
		Sinks.One<String> slow = Sinks.one();
		assertThat(queue.submit(slow.asMono().doOnNext(sent::add))).isTrue();
		assertThat(queue.submit(Mono.fromRunnable(() -> sent.add("second")))).isTrue();

		Thread release = new Thread(() -> slow.tryEmitValue("first"));
		release.start();
		queue.stop();

		assertThat(sent).containsExactly("first", "second");
		assertThat(queue.submit(Mono.fromRunnable(() -> sent.add("late")))).isFalse();
	}

	@Test
	void aFailedSendDoesNotStopTheQueue() {
		OutboundQueue queue = new OutboundQueue(10, 1);
		queue.start();
		List<String> sent = new CopyOnWriteArrayList<>();

		queue.submit(Mono.error(new IllegalStateException("provider down")));
		queue.submit(Mono.fromRunnable(() -> sent.add("next")));
		queue.stop();

		assertThat(sent).containsExactly("next");
	}

	@Test
	void submitWhenFullRefusesSoTheWebhookCanAskForARetry() {
		OutboundQueue queue = new OutboundQueue(1, 1, Duration.ofMillis(100));
		Sinks.One<String> never = Sinks.one();
		queue.start();
		assertThat(queue.submit(never.asMono())).isTrue();
		assertThat(queue.submit(never.asMono())).isTrue();

		assertThat(queue.submit(never.asMono())).isFalse();
		queue.stop();
	}

}
