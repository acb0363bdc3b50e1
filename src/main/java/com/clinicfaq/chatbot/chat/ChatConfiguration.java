package com.clinicfaq.chatbot.chat;

import java.time.Clock;

import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.nlu.CurrentModel;
import com.clinicfaq.chatbot.safety.SafetyScreen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the conversation core.
 */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ConversationStore conversationStore(RoutingProperties properties) {
		return new ConversationStore(properties.conversationIdle(), properties.maxConversations());
	}

	@Bean
	ChatService chatService(SafetyScreen safety, CurrentModel model,
			RoutingProperties routing, AnswerComposer answers, ConversationStore conversations) {
		return new ChatService(safety, model, model, new RoutingPolicy(routing), answers, conversations,
				Clock.systemUTC());
	}

}
