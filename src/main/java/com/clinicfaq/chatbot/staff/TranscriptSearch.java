package com.clinicfaq.chatbot.staff;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;

/**
 * Finds transcript turns in the daily files. Reads only the day files that the time filter can match; blocking, so
 * callers run it off the event loop.
 */
class TranscriptSearch {

	private static final Comparator<TranscriptEntry> NEWEST_FIRST = Comparator.comparing(TranscriptEntry::time)
		.thenComparing(TranscriptEntry::messageId)
		.reversed();

	private static final Comparator<TranscriptEntry> URGENT_FIRST = Comparator
		.comparing((TranscriptEntry entry) -> !entry.urgent())
		.thenComparing(NEWEST_FIRST);

	private final Path directory;

	private final TranscriptReader reader;

	TranscriptSearch(Path directory, TranscriptReader reader) {
		this.directory = directory;
		this.reader = reader;
	}

	/**
	 * The matching turns, newest first (urgent ones first when asked).
	 */
	List<TranscriptEntry> find(TranscriptQuery query) {
		return read(query).filter(query::matches)
			.sorted(query.urgentFirst() ? URGENT_FIRST : NEWEST_FIRST)
			.toList();
	}

	/**
	 * One page of the matching turns and how many match in all.
	 */
	TranscriptPage page(TranscriptQuery query, int page, int size) {
		List<TranscriptEntry> all = find(query);
		int first = (int) Math.min((long) page * size, all.size());
		int last = Math.min(first + size, all.size());
		int damaged = dayFiles(query).stream().mapToInt(this.reader::damagedLines).sum();
		return new TranscriptPage(page, size, all.size(), all.subList(first, last), damaged);
	}

	/**
	 * One conversation's turns in the order they happened.
	 */
	List<TranscriptEntry> conversation(String conversationId) {
		TranscriptQuery query = new TranscriptQuery(null, null, null, null, null, null, conversationId, false);
		return read(query).filter(query::matches).sorted(Comparator.comparing(TranscriptEntry::time)).toList();
	}

	private Stream<TranscriptEntry> read(TranscriptQuery query) {
		return dayFiles(query).stream().flatMap((file) -> this.reader.read(file).stream());
	}

	private List<Path> dayFiles(TranscriptQuery query) {
		LocalDate firstDay = (query.from() != null) ? query.from().atOffset(ZoneOffset.UTC).toLocalDate() : null;
		LocalDate lastDay = (query.to() != null) ? query.to().atOffset(ZoneOffset.UTC).toLocalDate() : null;
		return TranscriptFiles.dayFiles(this.directory, firstDay, lastDay);
	}

	/**
	 * A page of turns.
	 *
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param total how many turns match in all
	 * @param items this page's turns
	 * @param damagedLines lines of the searched day files that could not be read (invalid bytes, torn or corrupt
	 * lines) and were skipped
	 */
	record TranscriptPage(int page, int size, int total, List<TranscriptEntry> items, int damagedLines) {

		TranscriptPage {
			items = List.copyOf(items);
		}

	}

}
