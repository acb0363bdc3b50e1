package com.clinicfaq.chatbot.intents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the curated intent files live.
 *
 * @param directory the folder of intent YAML files
 */
@ConfigurationProperties("chatbot.intents")
public record IntentsProperties(@DefaultValue("intents") Path directory) {
}
