package com.clinicfaq.chatbot.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConnectionGuard} on Netty's in-memory channel, whose clock the test moves by hand.
 */
class ConnectionGuardTests {

	private final ConnectionProperties properties = new ConnectionProperties(2, Duration.ofSeconds(15),
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	@Test
	void connectionOverTheLimitIsClosedAndClosingOneMakesRoom() {
		AtomicInteger open = new AtomicInteger();
		EmbeddedChannel first = new EmbeddedChannel(ConnectionGuard.create(open, this.properties));
		EmbeddedChannel second = new EmbeddedChannel(ConnectionGuard.create(open, this.properties));

		EmbeddedChannel third = new EmbeddedChannel(ConnectionGuard.create(open, this.properties));

		assertThat(first.isActive()).isTrue();
		assertThat(second.isActive()).isTrue();
		assertThat(third.isActive()).isFalse();
		first.close();
		assertThat(new EmbeddedChannel(ConnectionGuard.create(open, this.properties)).isActive()).isTrue();
		assertThat(open.get()).isEqualTo(2);
	}

	@Test
	void connectionWithNothingWrittenForTheDeadlineIsClosed() {
		EmbeddedChannel channel = new EmbeddedChannel(ConnectionGuard.create(new AtomicInteger(), this.properties));
		channel.writeInbound(io.netty.buffer.Unpooled.wrappedBuffer("GET / HT".getBytes()));

		channel.advanceTimeBy(29, TimeUnit.SECONDS);
		channel.runScheduledPendingTasks();
		assertThat(channel.isActive()).isTrue();
		channel.advanceTimeBy(2, TimeUnit.SECONDS);
		channel.runScheduledPendingTasks();

		assertThat(channel.isActive()).isFalse();
	}

	@Test
	void eachResponseRestartsTheDeadline() {
		EmbeddedChannel channel = new EmbeddedChannel(ConnectionGuard.create(new AtomicInteger(), this.properties));
		channel.advanceTimeBy(20, TimeUnit.SECONDS);
		channel.writeOutbound(io.netty.buffer.Unpooled.wrappedBuffer("HTTP/1.1 200 OK\r\n".getBytes()));

		channel.advanceTimeBy(20, TimeUnit.SECONDS);
		channel.runScheduledPendingTasks();

		assertThat(channel.isActive()).isTrue();
	}

}
