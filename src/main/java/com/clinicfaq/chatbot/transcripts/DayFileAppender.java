package com.clinicfaq.chatbot.transcripts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.clinicfaq.chatbot.JsonLines;

/**
 * Appends JSON lines to one file per UTC day ({@code 2026-12-01.jsonl}) in an owner-only folder: the lines of one call
 * go out in one write and, when fsync is on, one flush to disk (group commit), each encrypted first when a cipher is
 * given. A process killed mid-write leaves at most one torn last line: the next append ends it with a newline, so the
 * line after it starts on its own, and the readers skip the torn one. Used by the transcript and the alert journal.
 */
public final class DayFileAppender implements AutoCloseable {

	private final Path directory;

	private final boolean fsync;

	private final LineCipher cipher;

	private final String what;

	/** The open day file; guarded by {@code this}. */
	private FileChannel channel;

	private LocalDate openDay;

	/**
	 * @param directory the folder of the day files (created, owner-only, on the first write)
	 * @param fsync whether each call's lines are forced to disk before it returns
	 * @param cipher encrypts each line at rest, or {@code null} for plain JSON lines
	 * @param what what the files are, for error messages ("the transcript", "the alert journal")
	 */
	public DayFileAppender(Path directory, boolean fsync, LineCipher cipher, String what) {
		this.directory = directory;
		this.fsync = fsync;
		this.cipher = cipher;
		this.what = what;
	}

	public Path directory() {
		return this.directory;
	}

	/**
	 * Appends the lines (JSON, without their newline) to the day's file and returns once they are written (and on
	 * disk, when fsync is on).
	 */
	public synchronized void append(LocalDate day, List<String> lines) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * lines.size());
		for (String line : lines) {
			bytes.writeBytes((((this.cipher != null) ? this.cipher.encrypt(line) : line) + "\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		try {
			FileChannel file = channelFor(day);
			ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
			while (buffer.hasRemaining()) {
				file.write(buffer);
			}
			if (this.fsync) {
				file.force(false);
			}
		}
		catch (IOException ex) {
			close();
			throw new UncheckedIOException("Cannot append to " + this.what + " in " + this.directory, ex);
		}
	}

	/**
	 * The open channel of the day's file. A file removed while open (by hand or a cleanup job) is noticed and
	 * created again, so later lines are not written into a deleted file.
	 */
	private FileChannel channelFor(LocalDate day) throws IOException {
		Path file = this.directory.resolve(day + ".jsonl");
		if (this.channel != null && (!day.equals(this.openDay) || !Files.exists(file))) {
			close();
		}
		if (this.channel == null) {
			TranscriptFiles.createPrivateDirectories(this.directory);
			this.channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND), TranscriptFiles.privateFile());
			this.openDay = day;
			if (endsTorn(file)) {
				this.channel.write(ByteBuffer.wrap(new byte[] { '\n' }));
			}
		}
		return this.channel;
	}

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

	/**
	 * Closes the open file, if any; the next append opens it again.
	 */
	@Override
	public synchronized void close() {
		if (this.channel != null) {
			try {
				this.channel.close();
			}
			catch (IOException ex) {
				// the next write opens the file again
			}
			this.channel = null;
			this.openDay = null;
		}
	}

	/**
	 * Removes the lines the predicate picks from one day file (given each raw stored line, damaged ones included),
	 * rewriting it through a temporary file and an atomic move; the file is left untouched when nothing is removed.
	 * The caller holds its append lock and has closed its appender, so no line is written meanwhile.
	 *
	 * @return how many lines were removed
	 */
	public static int removeLines(Path file, Predicate<byte[]> remove) throws IOException {
		List<byte[]> kept = new ArrayList<>();
		int[] removed = { 0 };
		JsonLines.rawLines(file, (line) -> {
			if (remove.test(line)) {
				removed[0]++;
			}
			else {
				kept.add(line);
			}
		});
		if (removed[0] > 0) {
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(temporary);
			try (FileChannel out = FileChannel.open(temporary,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), TranscriptFiles.privateFile())) {
				for (byte[] line : kept) {
					ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
					while (buffer.hasRemaining()) {
						out.write(buffer);
					}
				}
				out.force(true);
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		return removed[0];
	}

}
