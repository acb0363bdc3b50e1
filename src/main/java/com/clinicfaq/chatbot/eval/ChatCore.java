package com.clinicfaq.chatbot.eval;

import java.nio.file.Path;
import java.time.Clock;

import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.answers.AnswerProperties;
import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.answers.ClinicFactLines;
import com.clinicfaq.chatbot.answers.ClinicFacts;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ConversationStore;
import com.clinicfaq.chatbot.chat.RoutingPolicy;
import com.clinicfaq.chatbot.chat.RoutingProperties;
import com.clinicfaq.chatbot.chat.TopicGuard;
import com.clinicfaq.chatbot.chat.UrgentTurnListener;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.IntentModelTrainer;
import com.clinicfaq.chatbot.nlu.NluProperties;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.SafetyProperties;
import com.clinicfaq.chatbot.safety.SafetyRules;
import com.clinicfaq.chatbot.safety.SafetyScreen;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The chat core as the service wires it (same classes, same bound properties), without the web server.
 *
 * @param chat the chat service
 * @param catalog the catalog it was trained on
 */
record ChatCore(ChatService chat, IntentCatalog catalog, IntentClassifier classifier) {

	static ChatCore build(Path intents, Binder binder) {
		IntentCatalog catalog = IntentCatalog.load(intents);
		NluProperties nlu = binder.bindOrCreate("chatbot.nlu", NluProperties.class);
		RoutingProperties routing = binder.bindOrCreate("chatbot.routing", RoutingProperties.class);
		return build(catalog, new IntentModelTrainer(new TextNormalizer(), nlu).train(catalog), routing, binder);
	}

	/**
	 * The same core with other routing settings, reusing the trained classifier.
	 */
	ChatCore withRouting(RoutingProperties routing, Binder binder) {
		return build(this.catalog, this.classifier, routing, binder);
	}

	private static ChatCore build(IntentCatalog catalog, IntentClassifier classifier, RoutingProperties routing,
			Binder binder) {
		SafetyProperties safety = binder.bindOrCreate("chatbot.safety", SafetyProperties.class);
		ClinicContact clinic = binder.bindOrCreate("chatbot.clinic", ClinicContact.class);
		AnswerProperties answerProperties = binder.bindOrCreate("chatbot.answers", AnswerProperties.class);
		AnswerComposer answers = new AnswerComposer(clinic, safety.crisisLines(), answerProperties.disclaimer());
		ChatService chat = new ChatService(new SafetyScreen(SafetyRules.load(safety.rules())),
				classifier, () -> catalog,
				new RoutingPolicy(routing), answers,
				new ConversationStore(routing.conversationIdle(), routing.maxConversations()), Clock.systemUTC(),
				UrgentTurnListener.NONE,
				TopicGuard.load(new TextNormalizer()),
				new ClinicFactLines(clinic, binder.bindOrCreate("chatbot.clinic", ClinicFacts.class)));
		return new ChatCore(chat, catalog, classifier);
	}

}
