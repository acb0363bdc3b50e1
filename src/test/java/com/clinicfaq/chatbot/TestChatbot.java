package com.clinicfaq.chatbot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.answers.AnswerProperties;
import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ConversationStore;
import com.clinicfaq.chatbot.chat.RoutingPolicy;
import com.clinicfaq.chatbot.chat.RoutingProperties;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.IntentModelTrainer;
import com.clinicfaq.chatbot.nlu.NluProperties;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.SafetyProperties;
import com.clinicfaq.chatbot.safety.RiskDetectors;
import com.clinicfaq.chatbot.safety.SafetyScreen;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The real chat core, built once from the repository's {@code intents/} folder with the default configuration, for
 * tests that need the whole pipeline without Spring.
 */
public final class TestChatbot {

	public static final Path INTENTS = Path.of("intents");

	private static IntentCatalog catalog;

	private static IntentClassifier classifier;

	private static SafetyScreen screen;

	private TestChatbot() {
	}

	public static synchronized IntentCatalog catalog() {
		if (catalog == null) {
			catalog = IntentCatalog.load(INTENTS);
		}
		return catalog;
	}

	public static synchronized IntentClassifier classifier() {
		if (classifier == null) {
			classifier = trainer().train(catalog());
		}
		return classifier;
	}

	/**
	 * The trainer the service uses, with the declared default training parameters.
	 */
	public static IntentModelTrainer trainer() {
		return new IntentModelTrainer(new TextNormalizer(), bind("chatbot.nlu", NluProperties.class));
	}

	public static ClinicContact clinic() {
		return bind("chatbot.clinic", ClinicContact.class);
	}

	public static RoutingProperties routing() {
		return bind("chatbot.routing", RoutingProperties.class);
	}

	public static SafetyProperties safety() {
		return bind("chatbot.safety", SafetyProperties.class);
	}

	public static AnswerComposer answers() {
		return new AnswerComposer(clinic(), safety().crisisLines(), bind("chatbot.answers", AnswerProperties.class).disclaimer());
	}

	/**
	 * The screen the service uses: the curated rules and the risk detector trained on its data (once per test run).
	 */
	public static synchronized SafetyScreen safetyScreen() {
		if (screen == null) {
			screen = RiskDetectors.screen(safety(), catalog());
		}
		return screen;
	}

	public static ChatService chatService() {
		return new ChatService(safetyScreen(), classifier(), TestChatbot::catalog, new RoutingPolicy(routing()),
				answers(), new ConversationStore(Duration.ofMinutes(30), 1000), Clock.systemUTC());
	}

	/**
	 * Binds properties the way Spring Boot does, so tests see the same declared defaults as the service.
	 */
	public static <T> T bind(String prefix, Class<T> type) {
		return new Binder(new MapConfigurationPropertySource()).bindOrCreate(prefix, type);
	}

}
