package com.clinicfaq.chatbot.web;

import java.util.List;

import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.UnderstandingScheduler;
import com.clinicfaq.chatbot.nlu.CurrentModel;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The warm-up of the understanding path after start-up ({@link UnderstandingWarmUp}), part of the readiness group
 * ({@code warmUp}): readiness goes up once it has run ({@code chatbot.warm-up.*}).
 */
@Configuration(proxyBeanMethods = false)
class WarmUpConfiguration {

	@Bean
	UnderstandingWarmUp warmUpHealthIndicator(ChatService chat, EmbeddingsAhead embeddingsAhead) {
		return new UnderstandingWarmUp(chat::classify, embeddingsAhead, UnderstandingScheduler.shared(),
				Runtime.getRuntime().availableProcessors());
	}

	/** Starts the warm-up on a thread of its own once the application has started (the server is listening). */
	@Bean
	ApplicationListener<ApplicationStartedEvent> warmUpStarter(UnderstandingWarmUp warmUp, WarmUpProperties properties,
			CurrentModel model) {
		return (event) -> {
			List<String> messages = UnderstandingWarmUp.messages(model.get(), properties.messages());
			if (messages.isEmpty()) {
				warmUp.run(messages, properties.timeLimit());
				return;
			}
			Thread thread = new Thread(() -> warmUp.run(messages, properties.timeLimit()), "warm-up");
			thread.setDaemon(true);
			thread.start();
		};
	}

}
