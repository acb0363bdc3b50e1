package com.clinicfaq.chatbot.transcripts;

/**
 * Thrown (as the error of a {@code record}) when the transcript writer's queue is full: the disk is not keeping up,
 * and the caller should ask the visitor to retry shortly instead of queueing without bound.
 */
public class TranscriptQueueFullException extends RuntimeException {

	public TranscriptQueueFullException(int capacity) {
		super("The transcript queue is full (" + capacity + " turns waiting to be written)");
	}

}
