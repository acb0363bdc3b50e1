package com.clinicfaq.chatbot.transcripts;

import java.nio.file.Path;
import java.util.List;

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
 * @param fallbackDirectory where urgent turns are written when {@code directory} cannot be (a disk full or gone);
 * best on another disk; when not set they are held in memory and retried
 * @param encryptionKey when set, the AES-256-GCM key (base64 of 32 bytes) every new line is encrypted with
 * @param previousEncryptionKeys keys of earlier rotations, still used to read the lines they wrote
 * @param queueCapacity how many turns may wait for the next group-commit flush; beyond it a visitor gets 503 with
 * Retry-After (an urgent turn is always queued)
 */
@Validated
@ConfigurationProperties("chatbot.transcripts")
public record TranscriptsProperties(@DefaultValue("transcripts") Path directory, @DefaultValue("true") boolean fsync,
		@DefaultValue("90") @Min(0) int retentionDays, Path fallbackDirectory, String encryptionKey,
		List<String> previousEncryptionKeys, @DefaultValue("1024") @Min(1) int queueCapacity) {

	public TranscriptsProperties {
		previousEncryptionKeys = (previousEncryptionKeys != null) ? List.copyOf(previousEncryptionKeys) : List.of();
	}

	/**
	 * The line cipher, or {@code null} when no key is set.
	 */
	public LineCipher cipher() {
		return (this.encryptionKey != null && !this.encryptionKey.isBlank())
				? new LineCipher(this.encryptionKey, this.previousEncryptionKeys) : null;
	}

	/**
	 * Never prints the keys.
	 */
	@Override
	public String toString() {
		return "TranscriptsProperties[directory=" + this.directory + ", fsync=" + this.fsync + ", retentionDays="
				+ this.retentionDays + ", fallbackDirectory=" + this.fallbackDirectory + ", encryption="
				+ ((cipher() != null) ? "on" : "off") + ", queueCapacity=" + this.queueCapacity + "]";
	}

}
