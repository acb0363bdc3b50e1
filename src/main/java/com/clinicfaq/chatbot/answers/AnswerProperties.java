package com.clinicfaq.chatbot.answers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The wording every reply carries.
 *
 * @param disclaimer shown with every reply
 */
@ConfigurationProperties("chatbot.answers")
public record AnswerProperties(@DefaultValue("This is general information, not medical advice. Please talk to a "
		+ "licensed healthcare provider about your own situation.") String disclaimer) {
}
