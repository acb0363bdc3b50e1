package com.clinicfaq.chatbot.web;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first handler of every server connection: closes a connection accepted over the limit, and closes one that
 * has gone {@code responseDeadline} without anything written to it (a client trickling its request headers, or one
 * that sends nothing at all). One instance per connection; the counter is shared.
 */
class ConnectionGuard extends ChannelDuplexHandler {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionGuard.class);

	private final AtomicInteger open;

	private final int maxConnections;

	private final long deadlineNanos;

	private ScheduledFuture<?> deadline;

	private boolean counted;

	ConnectionGuard(AtomicInteger open, int maxConnections, Duration responseDeadline) {
		this.open = open;
		this.maxConnections = maxConnections;
		this.deadlineNanos = responseDeadline.toNanos();
	}

	@Override
	public void channelActive(ChannelHandlerContext context) throws Exception {
		this.counted = true;
		if (this.open.incrementAndGet() > this.maxConnections) {
			logger.debug("Closing a connection over the limit of {}", this.maxConnections);
			context.close();
			return;
		}
		arm(context);
		super.channelActive(context);
	}

	@Override
	public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
		arm(context);
		super.write(context, message, promise);
	}

	@Override
	public void channelInactive(ChannelHandlerContext context) throws Exception {
		if (this.counted) {
			this.open.decrementAndGet();
			this.counted = false;
		}
		if (this.deadline != null) {
			this.deadline.cancel(false);
		}
		super.channelInactive(context);
	}

	private void arm(ChannelHandlerContext context) {
		if (this.deadline != null) {
			this.deadline.cancel(false);
		}
		this.deadline = context.executor().schedule(() -> {
			if (context.channel().isActive()) {
				context.close();
			}
		}, this.deadlineNanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * Not sharable: it keeps the connection's deadline.
	 */
	@Override
	public boolean isSharable() {
		return false;
	}

	static ChannelHandler create(AtomicInteger open, ConnectionProperties properties) {
		return new ConnectionGuard(open, properties.maxConnections(), properties.responseDeadline());
	}

}
