package com.clinicfaq.chatbot.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProcessedDeliveries}.
 */
class ProcessedDeliveriesTests {

	private final ProcessedDeliveries deliveries = new ProcessedDeliveries(Duration.ofHours(1), 100);

	private final AtomicInteger runs = new AtomicInteger();

	@Test
	void onceWhenRetriedGivesTheSameReplyWithoutRunningAgain() {
		StepVerifier.create(this.deliveries.once("sms:SM1", this::work))
			.assertNext((reply) -> assertThat(reply.firstDelivery()).isTrue())
			.verifyComplete();
		StepVerifier.create(this.deliveries.once("sms:SM1", this::work))
			.assertNext((reply) -> {
				assertThat(reply.firstDelivery()).isFalse();
				assertThat(reply.rendered().text()).isEqualTo("reply 1");
			})
			.verifyComplete();
		assertThat(this.runs).hasValue(1);
	}

	@Test
	void onceWhenARetryArrivesDuringTheFirstWaitsForItsReply() {
		Sinks.One<ChannelReply> slow = Sinks.one();
		Mono<ChannelReply> first = this.deliveries.once("slack:Ev1", () -> {
			this.runs.incrementAndGet();
			return slow.asMono();
		});
		Mono<ChannelReply> retry = this.deliveries.once("slack:Ev1", this::work);

		StepVerifier.create(first.zipWith(retry))
			.then(() -> slow.tryEmitValue(reply("slow reply")))
			.assertNext((both) -> {
				assertThat(both.getT1().firstDelivery()).isTrue();
				assertThat(both.getT2().firstDelivery()).isFalse();
				assertThat(both.getT2().rendered().text()).isEqualTo("slow reply");
			})
			.verifyComplete();
		assertThat(this.runs).hasValue(1);
	}

	@Test
	void onceAfterAFailureProcessesTheRetryAfresh() {
		StepVerifier.create(this.deliveries.once("sms:SM2", () -> Mono.error(new IllegalStateException("disk full"))))
			.verifyError(IllegalStateException.class);
		StepVerifier.create(this.deliveries.once("sms:SM2", this::work))
			.assertNext((reply) -> assertThat(reply.firstDelivery()).isTrue())
			.verifyComplete();
	}

	private Mono<ChannelReply> work() {
		return Mono.fromSupplier(() -> reply("reply " + this.runs.incrementAndGet()));
	}

	private static ChannelReply reply(String text) {
		ChatTurn turn = new ChatTurn("sms:x", "m1", Instant.EPOCH, "sms", "hi", null, List.of(), Route.ANSWER, null,
				SafetyVerdict.SAFE, new Answer("a", text, "disclaimer", List.of(), List.of()));
		return new ChannelReply(turn, new RenderedReply(text, List.of()), true);
	}

}
