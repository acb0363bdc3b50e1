package com.clinicfaq.chatbot.channels;

import java.security.SecureRandom;
import java.util.Base64;

import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.RoutingProperties;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Wires what the channels share.
 */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ChannelsConfiguration.class);

	@Bean
	ChannelChat channelChat(ChatService chat, TranscriptWriter transcripts, ChannelsProperties properties,
			RoutingProperties routing) {
		return new ChannelChat(chat, transcripts, conversationIds(properties),
				new ProcessedDeliveries(properties.deliveryTtl(), properties.maxDeliveries()),
				new OfferedOptions(routing.conversationIdle(), routing.maxConversations()),
				new ReplyRenderer(properties.smsDisclaimer()), properties.maxTextLength());
	}

	@Bean
	OutboundClient outboundClient(WebClient.Builder builder, ChannelsProperties properties, MeterRegistry meters) {
		return new OutboundClient(builder, properties.outbound(), meters);
	}

	@Bean
	OutboundQueue outboundQueue(ChannelsProperties properties) {
		return new OutboundQueue(properties.outbound().queueCapacity(), properties.outbound().concurrency());
	}

	private static ConversationIds conversationIds(ChannelsProperties properties) {
		String key = properties.conversationKey();
		if (key == null || key.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			key = Base64.getEncoder().encodeToString(random);
			logger.info("No channel conversation key is configured (set CHANNELS_CONVERSATION_KEY): channel "
					+ "conversations will not continue across a restart.");
		}
		return new ConversationIds(key);
	}

}
