package com.clinicfaq.chatbot.transcripts;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Records turns without blocking the event loop: the append runs on a bounded elastic scheduler, and the returned
 * {@link Mono} completes only once the line is written.
 */
public class TranscriptWriter {

	private final TranscriptFiles files;

	private final Scheduler scheduler;

	public TranscriptWriter(TranscriptFiles files, Scheduler scheduler) {
		this.files = files;
		this.scheduler = scheduler;
	}

	public Mono<Void> record(TranscriptEntry entry) {
		return Mono.fromRunnable(() -> this.files.append(entry)).subscribeOn(this.scheduler).then();
	}

}
