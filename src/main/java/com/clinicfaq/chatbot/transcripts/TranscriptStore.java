package com.clinicfaq.chatbot.transcripts;

import java.util.List;

/**
 * Where recorded turns are kept durably: the daily JSON-lines files today, a database table next.
 */
public interface TranscriptStore {

	/**
	 * Appends the entries in the given order and returns only once every one of them is durable; throws (an
	 * unchecked exception) when any could not be kept, in which case the caller must treat the whole batch as lost.
	 */
	void appendAll(List<TranscriptEntry> entries);

}
