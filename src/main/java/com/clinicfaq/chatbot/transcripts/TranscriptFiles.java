package com.clinicfaq.chatbot.transcripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends entries as JSON lines to the file of their UTC day. Each line is written whole by one locked append, so
 * that a killed process leaves at most one torn last line, which {@link TranscriptReader} skips.
 */
public class TranscriptFiles implements AutoCloseable {

	private final Path directory;

	private final boolean fsync;

	private final ObjectMapper json;

	private LocalDate openDay;

	private FileChannel channel;

	public TranscriptFiles(Path directory, boolean fsync, ObjectMapper json) {
		this.directory = directory;
		this.fsync = fsync;
		this.json = json;
	}

	/**
	 * Appends one entry and returns once the line is in the file (and on disk, when fsync is on).
	 */
	public synchronized void append(TranscriptEntry entry) {
		byte[] line = line(entry);
		try {
			FileChannel file = channelFor(entry.time().atOffset(ZoneOffset.UTC).toLocalDate());
			ByteBuffer buffer = ByteBuffer.wrap(line);
			while (buffer.hasRemaining()) {
				file.write(buffer);
			}
			if (this.fsync) {
				file.force(false);
			}
		}
		catch (IOException ex) {
			closeQuietly();
			throw new UncheckedIOException("Cannot append to the transcript in " + this.directory, ex);
		}
	}

	private byte[] line(TranscriptEntry entry) {
		try {
			return (this.json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot serialize transcript entry " + entry.messageId(), ex);
		}
	}

	private FileChannel channelFor(LocalDate day) throws IOException {
		if (this.channel == null || !day.equals(this.openDay)) {
			closeQuietly();
			Files.createDirectories(this.directory);
			Path file = fileOf(day);
			this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND);
			this.openDay = day;
			if (endsTorn(file)) {
				this.channel.write(ByteBuffer.wrap(new byte[] { '\n' }));
			}
		}
		return this.channel;
	}

	/**
	 * A process killed mid-write can leave a last line without its newline; end it, so that the next entry starts on
	 * a line of its own instead of being glued to the torn one (which the reader skips).
	 */
	private static boolean endsTorn(Path file) throws IOException {
		try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = reader.size();
			if (size == 0) {
				return false;
			}
			ByteBuffer last = ByteBuffer.allocate(1);
			reader.read(last, size - 1);
			return last.get(0) != '\n';
		}
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
		if (this.channel != null) {
			try {
				this.channel.close();
			}
			catch (IOException ex) {
				// nothing more to do: the next append opens the file again
			}
			this.channel = null;
			this.openDay = null;
		}
	}

}
