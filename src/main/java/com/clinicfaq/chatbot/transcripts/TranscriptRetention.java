package com.clinicfaq.chatbot.transcripts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the transcript day files that are older than the retention period (at start-up and then daily); a period
 * of 0 days keeps everything.
 */
public class TranscriptRetention {

	private static final Logger logger = LoggerFactory.getLogger(TranscriptRetention.class);

	private final TranscriptFiles files;

	private final int retentionDays;

	private final Clock clock;

	public TranscriptRetention(TranscriptFiles files, int retentionDays, Clock clock) {
		this.files = files;
		this.retentionDays = retentionDays;
		this.clock = clock;
	}

	/**
	 * Deletes the day files that fell out of the period: with 90 days, today and the 89 days before are kept.
	 */
	public List<Path> purge() {
		if (this.retentionDays <= 0) {
			return List.of();
		}
		LocalDate today = this.clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
		List<Path> deleted = this.files.deleteBefore(today.minusDays(this.retentionDays - 1L));
		if (!deleted.isEmpty()) {
			logger.info("Deleted {} transcript day files older than {} days: {}", deleted.size(), this.retentionDays,
					deleted);
		}
		return deleted;
	}

}
