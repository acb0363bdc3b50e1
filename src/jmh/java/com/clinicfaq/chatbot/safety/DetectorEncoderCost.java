package com.clinicfaq.chatbot.safety;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.clinicfaq.chatbot.nlu.SentenceEmbedder;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CPU cost of the risk detector's encoder runs per message, for each encoder: every unit the screen reads in the
 * messages of JSON-lines files (field {@code text}) embedded once, on this thread, and the thread's CPU time counted
 * (not wall time: the machine is shared). Run from the project root after {@code mvn -Pbenchmark -DskipTests
 * test-compile}: {@code java -cp target/test-classes:target/classes:DEPS
 * com.clinicfaq.chatbot.safety.DetectorEncoderCost FILE...}.
 */
public final class DetectorEncoderCost {

	public static void main(String[] args) throws Exception {
		ObjectMapper json = new ObjectMapper();
		SafetyScreen screen = new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
		List<List<String>> messages = new ArrayList<>();
		for (String file : args) {
			for (String line : Files.readAllLines(Path.of(file))) {
				if (line.isBlank()) {
					continue;
				}
				List<String> units = new ArrayList<>();
				screen.scoredUnits(json.readTree(line).path("text").asText()).forEach((u) -> units.add(u.text()));
				messages.add(units);
			}
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (SentenceEmbedder.Encoder encoder : SentenceEmbedder.Encoder.values()) {
			SentenceEmbedder embedder = SentenceEmbedder.load(encoder);
			embedder.embed("warm up the session once");
			for (int round = 0; round < 2; round++) {
				Set<String> seen = new LinkedHashSet<>();
				long start = threads.getCurrentThreadCpuTime();
				int runs = 0;
				for (List<String> units : messages) {
					for (String unit : units) {
						// distinct texts only, so no embedding comes from the embedder's memory of recent texts
						if (seen.add(round + unit)) {
							embedder.embed(round + " " + unit);
							runs++;
						}
					}
				}
				long cpu = threads.getCurrentThreadCpuTime() - start;
				System.out.printf(Locale.ROOT, "%s round %d: %d messages, %d encoder runs, %.2f ms CPU per run, "
						+ "%.2f ms CPU per message%n", encoder, round, messages.size(), runs, cpu / 1e6 / runs,
						cpu / 1e6 / messages.size());
			}
		}
	}

}
