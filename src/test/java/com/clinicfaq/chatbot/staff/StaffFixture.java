package com.clinicfaq.chatbot.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A scratch copy of the real {@code intents/} folder and of the fixture transcripts, so that tests that add phrases
 * or delete conversations never touch the checked-in files.
 */
final class StaffFixture {

	static final String USER = "staff";

	static final String PASSWORD = "test-staff-password";

	/** Where the services of the other tests keep the saved intent model ({@code chatbot.nlu.model-artifact}). */
	private static final Path SHARED_MODEL = Paths.get("cache", "intent-model.bin");

	final Path root;

	final Path intents;

	final Path transcripts;

	final Path audit;

	/**
	 * The fixture's own saved intent model, so that a phrase taught here retrains into it instead of over the file
	 * every other test's service loads (which then trained again, one to one and a half minutes each under load); it
	 * starts as a copy of that file, when a test before wrote it, and is used only if its key matches the catalog.
	 */
	final Path model;

	/** The risk detector's training sentences of a {@link #teaching()} fixture, else {@code null} (the real ones). */
	final Path detectorData;

	private StaffFixture(Path root, boolean smallDetector) {
		this.root = root;
		this.intents = root.resolve("intents");
		this.transcripts = root.resolve("transcripts");
		this.audit = root.resolve("audit").resolve("audit.jsonl");
		this.model = root.resolve("cache").resolve("intent-model.bin");
		this.detectorData = smallDetector ? this.intents.resolve("safety").resolve("detector") : null;
	}

	static StaffFixture create() {
		return create(false);
	}

	/**
	 * A fixture for the classes that teach phrases, where the point is the loop (a phrase taught, both models retrained
	 * in the background and swapped in while visitors are answered), not the detector's accuracy: its service's risk
	 * detector trains on the catalog and on the team's own curated sentences only ({@link #CURATED_DETECTOR_DATA},
	 * about 800 of the 13,700 in {@code intents/safety/detector/}) with one run of the minimizer instead of runs to
	 * the optimum, so each retrain after a taught phrase takes seconds instead of the one and a half to two and a half
	 * minutes each of the three took of every test run (session 16). The rules, the intent model and the catalog are
	 * the real ones.
	 */
	static StaffFixture teaching() {
		return create(true);
	}

	/** The detector's sentence files a {@link #teaching()} fixture keeps: the team's hand-written core. */
	static final Set<String> CURATED_DETECTOR_DATA = Set.of("crisis.jsonl", "emergency.jsonl", "none.jsonl",
			"crisis-contrasts.jsonl", "emergency-contrasts.jsonl", "none-contrasts.jsonl");

	private static StaffFixture create(boolean smallDetector) {
		try {
			StaffFixture fixture = new StaffFixture(Files.createTempDirectory("staff-tests-"), smallDetector);
			copy(Paths.get("intents"), fixture.intents);
			if (fixture.detectorData != null) {
				try (Stream<Path> files = Files.list(fixture.detectorData)) {
					for (Path file : files.toList()) {
						if (!CURATED_DETECTOR_DATA.contains(file.getFileName().toString())) {
							Files.delete(file);
						}
					}
				}
			}
			copy(Paths.get(StaffFixture.class.getResource("transcripts").toURI()), fixture.transcripts);
			Files.createDirectories(fixture.model.getParent());
			if (Files.isRegularFile(SHARED_MODEL)) {
				Files.copy(SHARED_MODEL, fixture.model);
			}
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
		properties().forEach((key, value) -> registry.add(key, () -> value));
	}

	/**
	 * The settings that point a service at this fixture, for tests that start the service themselves.
	 */
	Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("chatbot.intents.directory", this.intents.toString());
		properties.put("chatbot.transcripts.directory", this.transcripts.toString());
		properties.put("chatbot.transcripts.retention-days", "0");
		properties.put("chatbot.transcripts.fsync", "false");
		properties.put("chatbot.staff.username", USER);
		properties.put("chatbot.staff.password", PASSWORD);
		properties.put("chatbot.staff.audit-log", this.audit.toString());
		properties.put("chatbot.nlu.model-artifact", this.model.toString());
		if (this.detectorData != null) {
			properties.put("chatbot.safety.rules", this.intents.resolve("safety").toString());
			// one run of the minimizer (where OpenNLP stops) instead of runs to the optimum: the same retrain and swap,
			// a fraction of the work (the detector's accuracy is the safety tests' and the evaluations' business)
			properties.put("chatbot.safety.detector.trained-to-optimum", "false");
		}
		// these tests send hundreds of chat messages from one address on purpose
		properties.put("chatbot.web.rate-limit.enabled", "false");
		// the test clients keep pooled keep-alive connections open, which a graceful shutdown would wait 30 s for
		properties.put("server.shutdown", "immediate");
		return properties;
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
