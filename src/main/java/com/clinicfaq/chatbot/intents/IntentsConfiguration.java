package com.clinicfaq.chatbot.intents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the intent catalog once at start-up; a broken file stops the service with its name and line.
 */
@Configuration(proxyBeanMethods = false)
class IntentsConfiguration {

	@Bean
	IntentCatalog intentCatalog(IntentsProperties properties) {
		return IntentCatalog.load(properties.directory());
	}

	@Bean
	CurrentCatalog currentCatalog(IntentCatalog catalog) {
		return new CurrentCatalog(catalog);
	}

}
