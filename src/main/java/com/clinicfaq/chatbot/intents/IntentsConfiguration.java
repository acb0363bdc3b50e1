package com.clinicfaq.chatbot.intents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intent files' editor, and the catalog read once at start-up for the models built then ({@link StartupCatalog}).
 * The catalog in use is owned by {@code nlu.CurrentModel}'s configuration; there is deliberately no
 * {@link IntentCatalog} bean, which would go stale after the first taught phrase.
 */
@Configuration(proxyBeanMethods = false)
class IntentsConfiguration {

	@Bean
	StartupCatalog startupCatalog(IntentsProperties intents) {
		return new StartupCatalog(intents.directory());
	}

	@Bean
	IntentFileEditor intentFileEditor() {
		return new IntentFileEditor();
	}

}
