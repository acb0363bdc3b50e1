package com.clinicfaq.chatbot.answers;

import com.clinicfaq.chatbot.safety.SafetyProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the composer to the clinic's contact, crisis lines and disclaimer.
 */
@Configuration(proxyBeanMethods = false)
class AnswersConfiguration {

	@Bean
	AnswerComposer answerComposer(ClinicContact clinic, SafetyProperties safety, AnswerProperties properties) {
		return new AnswerComposer(clinic, safety.crisisLines(), properties.disclaimer());
	}

}
