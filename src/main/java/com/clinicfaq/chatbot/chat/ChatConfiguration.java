package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.util.List;

import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.intents.CurrentCatalog;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.safety.SafetyScreen;

import org.springframework.beans.factory.ObjectProvider;
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
	ChatService chatService(SafetyScreen safety, IntentClassifier classifier, CurrentCatalog catalog,
			RoutingProperties routing, AnswerComposer answers, ConversationStore conversations,
			ObjectProvider<UrgentTurnListener> urgentTurns) {
		List<UrgentTurnListener> listeners = urgentTurns.orderedStream().toList();
		return new ChatService(safety, classifier, catalog, new RoutingPolicy(routing), answers, conversations,
				Clock.systemUTC(), (turn) -> listeners.forEach((listener) -> listener.urgentTurn(turn)));
	}

}
