package com.clinicfaq.chatbot.transcripts;

import com.clinicfaq.chatbot.chat.ChatTurn;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Records chat turns without blocking the event loop: redacts personal data, then appends the line on a bounded
 * elastic scheduler; the returned {@link Mono} completes only once the line is written.
 */
public class TranscriptWriter {

	private final TranscriptFiles files;

	private final Scheduler scheduler;

	public TranscriptWriter(TranscriptFiles files, Scheduler scheduler) {
		this.files = files;
		this.scheduler = scheduler;
	}

	private final PersonalDataRedactor redactor = new PersonalDataRedactor();

	/**
	 * Redacts and records one chat turn.
	 */
	public Mono<Void> record(ChatTurn turn) {
		return Mono.fromCallable(() -> TranscriptEntry.of(turn, this.redactor)).flatMap(this::record);
	}

	public Mono<Void> record(TranscriptEntry entry) {
		return Mono.fromRunnable(() -> this.files.append(entry)).subscribeOn(this.scheduler).then();
	}

}
