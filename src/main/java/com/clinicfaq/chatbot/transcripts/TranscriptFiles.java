package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.clinicfaq.chatbot.JsonLines;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends entries as JSON lines to the file of their UTC day. A batch of lines is written by one locked append and
 * forced to disk by one fsync (group commit), so that a killed process leaves at most one torn last line, which
 * {@link TranscriptReader} skips.
 */
public class TranscriptFiles implements TranscriptStore, AutoCloseable {

	private static final Pattern DAY_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.jsonl");

	private final Path directory;

	private final ObjectMapper json;

	private final LineCipher cipher;

	private final DayFileAppender appender;

	public TranscriptFiles(Path directory, boolean fsync, ObjectMapper json) {
		this(directory, fsync, json, null);
	}

	/**
	 * @param cipher encrypts each line at rest, or {@code null} to write plain JSON lines
	 */
	public TranscriptFiles(Path directory, boolean fsync, ObjectMapper json, LineCipher cipher) {
		this.directory = directory;
		this.json = json;
		this.cipher = cipher;
		this.appender = new DayFileAppender(directory, fsync, cipher, "the transcript");
	}

	/**
	 * Appends one entry and returns once the line is in the file (and on disk, when fsync is on).
	 */
	public void append(TranscriptEntry entry) {
		appendAll(List.of(entry));
	}

	/**
	 * Appends the entries in order and returns once their lines are in the files (and on disk, when fsync is on):
	 * the lines of one day go out in one write and one fsync, whatever their number.
	 */
	@Override
	public synchronized void appendAll(List<TranscriptEntry> entries) {
		int start = 0;
		while (start < entries.size()) {
			LocalDate day = dayOf(entries.get(start));
			int end = start + 1;
			while (end < entries.size() && dayOf(entries.get(end)).equals(day)) {
				end++;
			}
			write(day, entries.subList(start, end));
			start = end;
		}
	}

	private static LocalDate dayOf(TranscriptEntry entry) {
		return entry.time().atOffset(ZoneOffset.UTC).toLocalDate();
	}

	private void write(LocalDate day, List<TranscriptEntry> entries) {
		List<String> lines = new ArrayList<>(entries.size());
		for (TranscriptEntry entry : entries) {
			try {
				lines.add(this.json.writeValueAsString(entry));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Cannot serialize transcript entry " + entry.messageId(), ex);
			}
		}
		this.appender.append(day, lines);
	}

	/**
	 * Removes every line of one conversation (a visitor's request to be forgotten), rewriting each affected day file
	 * through a temporary file and an atomic move. Holds the append lock, so no line is written meanwhile.
	 *
	 * @return how many lines were removed
	 */
	public synchronized int removeConversation(String conversationId) {
		closeQuietly();
		int removed = 0;
		for (Path file : dayFiles()) {
			removed += removeConversation(file, conversationId);
		}
		return removed;
	}

	/**
	 * Works on raw lines so that a damaged day file can still be erased from: a line that cannot be read but contains
	 * the conversation id is removed too (better to lose a damaged line than to keep a visitor's data).
	 */
	private int removeConversation(Path file, String conversationId) {
		byte[] id = conversationId.getBytes(StandardCharsets.UTF_8);
		try {
			return DayFileAppender.removeLines(file, (line) -> {
				String text = JsonLines.decode(line);
				String lineId = (text != null) ? conversationIdOf(text) : null;
				return (lineId != null) ? lineId.equals(conversationId) : contains(line, id);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot rewrite transcript " + file, ex);
		}
	}

	private static boolean contains(byte[] line, byte[] id) {
		outer: for (int i = 0; i + id.length <= line.length; i++) {
			for (int j = 0; j < id.length; j++) {
				if (line[i + j] != id[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * Owner read and write only (0600) where the file system has POSIX permissions: transcripts hold health
	 * information.
	 */
	public static FileAttribute<?>[] privateFile() {
		return posix() ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(
				PosixFilePermissions.fromString("rw-------")) } : new FileAttribute<?>[0];
	}

	/**
	 * Creates the folder (and missing parents) readable only by the owner (0700).
	 */
	public static void createPrivateDirectories(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		if (posix()) {
			Files.createDirectories(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(directory);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private String conversationIdOf(String stored) {
		String line = (this.cipher != null) ? this.cipher.decrypt(stored) : stored;
		if (line == null) {
			return null;
		}
		try {
			JsonNode id = this.json.readTree(line).get("conversationId");
			return (id != null) ? id.asText() : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	/**
	 * Deletes the day files older than the given day, holding the append lock.
	 *
	 * @return the deleted files
	 */
	public synchronized List<Path> deleteBefore(LocalDate oldestKept) {
		closeQuietly();
		List<Path> deleted = new ArrayList<>();
		for (Path file : dayFiles()) {
			LocalDate day = dayOf(file);
			if (day.isBefore(oldestKept)) {
				try {
					Files.deleteIfExists(file);
					deleted.add(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot delete transcript " + file, ex);
				}
			}
		}
		return deleted;
	}

	private List<Path> dayFiles() {
		return dayFiles(this.directory, null, null);
	}

	/**
	 * The day files ({@code YYYY-MM-DD.jsonl}) of a transcript folder, oldest first: the one place that knows how they
	 * are named.
	 *
	 * @param directory the transcript folder; a missing folder has no files
	 * @param firstDay the first day to list, or {@code null} for no lower bound
	 * @param lastDay the last day to list, or {@code null} for no upper bound
	 */
	public static List<Path> dayFiles(Path directory, LocalDate firstDay, LocalDate lastDay) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> {
				LocalDate day = dayOf(file);
				return day != null && (firstDay == null || !day.isBefore(firstDay))
						&& (lastDay == null || !day.isAfter(lastDay));
			}).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list transcripts in " + directory, ex);
		}
	}

	/**
	 * The day of a day file, or {@code null} when the file is not one.
	 */
	public static LocalDate dayOf(Path file) {
		Matcher matcher = DAY_FILE.matcher(file.getFileName().toString());
		return matcher.matches() ? LocalDate.parse(matcher.group(1)) : null;
	}

	public Path fileOf(LocalDate day) {
		return this.directory.resolve(day + ".jsonl");
	}

	public Path directory() {
		return this.directory;
	}

	@Override
	public synchronized void close() {
		closeQuietly();
	}

	private void closeQuietly() {
		this.appender.close();
	}

}
