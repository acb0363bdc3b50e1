package com.clinicfaq.chatbot.chat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.nlu.OpenNlpIntentClassifier;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.SafetyProperties;
import com.clinicfaq.chatbot.safety.SafetyTestSets;
import org.junit.jupiter.api.Test;

class PipelineMeasureTests {

	@Test
	void measure() {
		IntentCatalog catalog = IntentCatalog.load(Path.of("intents"));
		OpenNlpIntentClassifier classifier = OpenNlpIntentClassifier.train(catalog, new TextNormalizer(), 150, 0);
		ChatService chat = new ChatService(SafetyTestSets.screen(), classifier, () -> catalog,
				new RoutingPolicy(new RoutingProperties(0.45, 0.2, 0.1, Duration.ofMinutes(30), 1000)),
				new AnswerComposer(new ClinicContact("c", "p", "e", "h", "b"),
						new SafetyProperties(Path.of("intents/safety"), null).crisisLines(), "d"),
				new ConversationStore(Duration.ofMinutes(1), 100), Clock.systemUTC());
		int fa = 0;
		for (SafetyTestSets.Case c : SafetyTestSets.nonUrgent()) {
			Classification cl = chat.classify(c.text());
			if (cl.decision().reason() == com.clinicfaq.chatbot.intents.HandoffReason.URGENT) {
				fa++;
				System.out.println("FALSE " + cl.ranking() + " " + c);
			}
		}
		int miss = 0;
		for (SafetyTestSets.Case c : SafetyTestSets.urgent()) {
			Classification cl = chat.classify(c.text());
			if (cl.decision().reason() != com.clinicfaq.chatbot.intents.HandoffReason.URGENT) {
				miss++;
				System.out.println("MISS " + c);
			}
		}
		System.out.println("pipeline misses=" + miss + " false=" + fa);
	}

}
