package com.clinicfaq.chatbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;

/**
 * A {@link ChatService} with the real catalog, rules and answers whose classifier gives every text one fixed ranking,
 * for tests of what routing does with a given ranking.
 */
final class FixedRankingChat {

	private FixedRankingChat() {
	}

	static ChatService chatRanking(ScoredIntent... ranking) {
		IntentClassifier classifier = (text) -> new Prediction(List.of(ranking));
		return new ChatService(TestChatbot.safetyScreen(), classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
	}

	/** A {@link ChatService} whose classifier is the given one (a lambda ranking texts as a test needs). */
	static ChatService chatClassifying(IntentClassifier classifier) {
		return new ChatService(TestChatbot.safetyScreen(), classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
	}

	static ChatTurn say(ChatService chat, String text) {
		return chat.reply(new ChatRequest(null, "web", text));
	}

}
