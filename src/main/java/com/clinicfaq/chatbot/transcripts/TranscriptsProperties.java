package com.clinicfaq.chatbot.transcripts;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where transcripts are written and how hard the writer tries to keep them.
 *
 * @param directory the folder of daily {@code YYYY-MM-DD.jsonl} files
 * @param fsync whether each line is forced to disk before the reply is sent (survives power loss, not only a killed
 * process)
 * @param retentionDays how many days of transcripts are kept; older day files are deleted (0 keeps them forever)
 * @param queueCapacity how many turns may wait for the next group-commit flush; beyond it a visitor gets 503 with
 * Retry-After (an urgent turn is always queued)
 */
@Validated
@ConfigurationProperties("chatbot.transcripts")
public record TranscriptsProperties(@DefaultValue("transcripts") Path directory, @DefaultValue("true") boolean fsync,
		@DefaultValue("90") @Min(0) int retentionDays, @DefaultValue("1024") @Min(1) int queueCapacity) {
}
