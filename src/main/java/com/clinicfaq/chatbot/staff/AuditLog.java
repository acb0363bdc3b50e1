package com.clinicfaq.chatbot.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends one JSON line per staff action (who, what, on which conversation or intent) to the audit file.
 */
class AuditLog {

	private final Path file;

	private final ObjectMapper json;

	private final Clock clock;

	AuditLog(Path file, ObjectMapper json, Clock clock) {
		this.file = file;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Writes the line and returns once it is in the file; blocking, so callers run it off the event loop.
	 */
	synchronized void record(String user, String action, String target, Map<String, ?> details) {
		Entry entry = new Entry(this.clock.instant(), user, action, target, details);
		try {
			Path parent = this.file.toAbsolutePath().getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				Files.createDirectories(parent, (posix()) ? new FileAttribute<?>[] { PosixFilePermissions
					.asFileAttribute(PosixFilePermissions.fromString("rwx------")) } : new FileAttribute<?>[0]);
			}
			if (!Files.exists(this.file)) {
				// owner read and write only (0600): the log names staff and conversations
				Files.createFile(this.file, (posix()) ? new FileAttribute<?>[] { PosixFilePermissions
					.asFileAttribute(PosixFilePermissions.fromString("rw-------")) } : new FileAttribute<?>[0]);
			}
			Files.writeString(this.file, this.json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot serialize audit entry " + action, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit log " + this.file, ex);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	Path file() {
		return this.file;
	}

	/**
	 * One audit line.
	 *
	 * @param time when the action happened
	 * @param user the staff user
	 * @param action what was done, such as {@code view_conversation}
	 * @param target the conversation id or intent name, or {@code null}
	 * @param details the request's parameters, such as the filters of an export
	 */
	record Entry(Instant time, String user, String action, String target, Map<String, ?> details) {
	}

}
