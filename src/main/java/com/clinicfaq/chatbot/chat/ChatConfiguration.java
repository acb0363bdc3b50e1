package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.util.List;

import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.answers.ClinicFactLines;
import com.clinicfaq.chatbot.answers.ClinicFacts;
import com.clinicfaq.chatbot.nlu.CurrentModel;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.SafetyScreen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the conversation core.
 */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ChatConfiguration.class);

	@Bean
	ConversationStore conversationStore(RoutingProperties properties) {
		return new ConversationStore(properties.conversationIdle(), properties.maxConversations());
	}

	@Bean
	ChatService chatService(SafetyScreen safety, CurrentModel model, RoutingProperties routing,
			AnswerComposer answers, ConversationStore conversations, ObjectProvider<UrgentTurnListener> urgentTurns,
			ClinicFacts facts, TextNormalizer normalizer) {
		List<UrgentTurnListener> listeners = urgentTurns.orderedStream().toList();
		return new ChatService(safety, model, model, new RoutingPolicy(routing), answers, conversations,
				Clock.systemUTC(), (turn) -> listeners.forEach((listener) -> notify(listener, turn)),
				TopicGuard.load(normalizer), new ClinicFactLines(answers.clinic(), facts));
	}

	/**
	 * A listener that breaks its contract and throws must not cost the visitor the urgent reply.
	 */
	private static void notify(UrgentTurnListener listener, ChatTurn turn) {
		try {
			listener.urgentTurn(turn);
		}
		catch (RuntimeException ex) {
			logger.error("Urgent turn listener {} failed on turn {} of conversation {}", listener, turn.messageId(),
					turn.conversationId(), ex);
		}
	}

}
