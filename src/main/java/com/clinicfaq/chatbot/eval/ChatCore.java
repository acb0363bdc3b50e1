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
import com.clinicfaq.chatbot.safety.RiskDetectors;
import com.clinicfaq.chatbot.safety.SafetyProperties;
import com.clinicfaq.chatbot.safety.SafetyRules;
import com.clinicfaq.chatbot.safety.SafetyScreen;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The chat core as the service wires it (same classes, same bound properties), without the web server.
 *
 * @param chat the chat service
 * @param catalog the catalog it was trained on
 * @param classifier its classifier
 * @param screen its safety screen: the curated rules, and the risk detector when asked for
 */
record ChatCore(ChatService chat, IntentCatalog catalog, IntentClassifier classifier, SafetyScreen screen) {

	/**
	 * The core trained on the catalog in {@code intents}.
	 * @param withDetector whether the safety screen also has the risk detector, as the service has (trained here, about a
	 * minute); without it the screen has the curated rules only, as the figures before 2026-12-05 were measured, so a
	 * detector's false alarm on an ordinary turn does not show in them
	 */
	static ChatCore build(Path intents, Binder binder, boolean withDetector) {
		IntentCatalog catalog = IntentCatalog.load(intents);
		NluProperties nlu = binder.bindOrCreate("chatbot.nlu", NluProperties.class);
		RoutingProperties routing = binder.bindOrCreate("chatbot.routing", RoutingProperties.class);
		SafetyProperties safety = binder.bindOrCreate("chatbot.safety", SafetyProperties.class);
		SafetyScreen screen = withDetector ? RiskDetectors.screen(safety, catalog)
				: new SafetyScreen(SafetyRules.load(safety.rules()));
		return build(catalog, new IntentModelTrainer(new TextNormalizer(), nlu).train(catalog), screen, routing,
				binder);
	}

	/**
	 * The same core with other routing settings, reusing the trained classifier and the safety screen.
	 */
	ChatCore withRouting(RoutingProperties routing, Binder binder) {
		return build(this.catalog, this.classifier, this.screen, routing, binder);
	}

	private static ChatCore build(IntentCatalog catalog, IntentClassifier classifier, SafetyScreen screen,
			RoutingProperties routing, Binder binder) {
		SafetyProperties safety = binder.bindOrCreate("chatbot.safety", SafetyProperties.class);
		ClinicContact clinic = binder.bindOrCreate("chatbot.clinic", ClinicContact.class);
		AnswerProperties answerProperties = binder.bindOrCreate("chatbot.answers", AnswerProperties.class);
		AnswerComposer answers = new AnswerComposer(clinic, safety.crisisLines(), answerProperties.disclaimer());
		ChatService chat = new ChatService(screen,
				classifier, () -> catalog,
				new RoutingPolicy(routing), answers,
				new ConversationStore(routing.conversationIdle(), routing.maxConversations()), Clock.systemUTC(),
				UrgentTurnListener.NONE,
				TopicGuard.load(new TextNormalizer()),
				new ClinicFactLines(clinic, binder.bindOrCreate("chatbot.clinic", ClinicFacts.class)));
		return new ChatCore(chat, catalog, classifier, screen);
	}

}
