package com.clinicfaq.chatbot.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A scratch copy of the real {@code intents/} folder and of the fixture transcripts, so that tests that add phrases
 * or delete conversations never touch the checked-in files.
 */
final class StaffFixture {

	static final String USER = "staff";

	static final String PASSWORD = "test-staff-password";

	final Path root;

	final Path intents;

	final Path transcripts;

	final Path audit;

	private StaffFixture(Path root) {
		this.root = root;
		this.intents = root.resolve("intents");
		this.transcripts = root.resolve("transcripts");
		this.audit = root.resolve("audit").resolve("audit.jsonl");
	}

	static StaffFixture create() {
		try {
			StaffFixture fixture = new StaffFixture(Files.createTempDirectory("staff-tests-"));
			copy(Paths.get("intents"), fixture.intents);
			copy(Paths.get(StaffFixture.class.getResource("transcripts").toURI()), fixture.transcripts);
			return fixture;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void register(DynamicPropertyRegistry registry) {
		registry.add("chatbot.intents.directory", this.intents::toString);
		registry.add("chatbot.transcripts.directory", this.transcripts::toString);
		registry.add("chatbot.transcripts.retention-days", () -> "0");
		registry.add("chatbot.transcripts.fsync", () -> "false");
		registry.add("chatbot.staff.username", () -> USER);
		registry.add("chatbot.staff.password", () -> PASSWORD);
		registry.add("chatbot.staff.audit-log", this.audit::toString);
		// these tests send hundreds of chat messages from one address on purpose
		registry.add("chatbot.web.rate-limit.enabled", () -> "false");
		// the test clients keep pooled keep-alive connections open, which a graceful shutdown would wait 30 s for
		registry.add("server.shutdown", () -> "immediate");
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

}
