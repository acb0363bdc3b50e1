package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.HandoffReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@link UrgentTurnListener} hook of {@link ChatService}: staff alerting hears of every urgent turn,
 * once, and of nothing else.
 */
class ChatServiceUrgentTurnTests {

	private final List<ChatTurn> heard = new CopyOnWriteArrayList<>();

	private final ChatService chat = new ChatService(TestChatbot.safetyScreen(), TestChatbot.classifier(),
			TestChatbot::catalog, new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
			new ConversationStore(Duration.ofMinutes(30), 1000), Clock.systemUTC(), this.heard::add);

	@Test
	void replyWhenUrgentTellsTheListenerOnceWithTheTurn() {
		ChatTurn turn = this.chat.reply(new ChatRequest("conv-1", "sms", "I want to kill myself tonight"));

		assertThat(turn.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(this.heard).containsExactly(turn);
	}

	@Test
	void replyWhenNotUrgentTellsTheListenerNothing() {
		this.chat.reply(new ChatRequest("conv-2", "web", "what are the side effects of ketamine?"));
		this.chat.reply(new ChatRequest("conv-2", "web", "can i talk to a person"));

		assertThat(this.heard).isEmpty();
	}

}
