package com.clinicfaq.chatbot.safety;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the safety rules once at start-up; a broken rule stops the service.
 */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	@Bean
	SafetyScreen safetyScreen(SafetyProperties properties) {
		return new SafetyScreen(SafetyRules.load(properties.rules()));
	}

}
