package com.clinicfaq.chatbot.intents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intent files' editor. The catalog itself is loaded by {@code nlu.CurrentModel}'s configuration, which owns the
 * catalog in use; there is deliberately no {@link IntentCatalog} bean, which would go stale after the first taught
 * phrase.
 */
@Configuration(proxyBeanMethods = false)
class IntentsConfiguration {

	@Bean
	IntentFileEditor intentFileEditor() {
		return new IntentFileEditor();
	}

}
