package com.clinicfaq.chatbot.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Netty limits: idle and read timeouts, a response deadline and a cap on open connections
 * ({@link ConnectionProperties}).
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

	@Bean
	NettyServerCustomizer connectionLimits(ConnectionProperties properties) {
		AtomicInteger open = new AtomicInteger();
		return (server) -> server.idleTimeout(properties.idleTimeout())
			.readTimeout(properties.readTimeout())
			.doOnChannelInit((observer, channel, address) -> channel.pipeline()
				.addFirst("connectionGuard", ConnectionGuard.create(open, properties)));
	}

}
