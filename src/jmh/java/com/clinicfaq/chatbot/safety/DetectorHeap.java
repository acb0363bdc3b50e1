package com.clinicfaq.chatbot.safety;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.nlu.IntentClassifier;

/**
 * The heap the risk detector needs, with or without its second opinion ({@code -Dsecond=true|false}): builds the
 * intent classifier and the screen as the service does (saved files in a fresh folder: a first start), then trains
 * the detector again while the first is held (a staff retrain), printing the heap used after a full collection and
 * the peak of the heap pools after each step. Run with the Dockerfile's flags to see whether its heap still holds:
 * {@code java $JAVA_TOOL_OPTIONS -cp target/test-classes:target/classes:DEPS
 * com.clinicfaq.chatbot.safety.DetectorHeap CACHE_DIR}.
 */
public final class DetectorHeap {

	public static void main(String[] args) throws Exception {
		boolean second = Boolean.parseBoolean(System.getProperty("second", "true"));
		Path cache = Files.createDirectories(Path.of(args[0]));
		SafetyProperties.Detector settings = new SafetyProperties.Detector(true, Path.of("intents/safety/detector"),
				0.45, 0.15, 0.4, true, second, RiskDetector.SECOND_OPINION_FROM, Integer.getInteger("hidden", 0));
		IntentCatalog catalog = TestChatbot.catalog();
		IntentClassifier classifier = TestChatbot.trainer().train(catalog);
		report("classifier trained", classifier);
		SafetyScreen rules = new SafetyScreen(SafetyRules.load(Path.of("intents/safety")));
		List<RiskExample> examples = new ArrayList<>(RiskExample.load(settings.data()));
		examples.addAll(RiskDetectors.examplesOf(catalog));
		long t0 = System.nanoTime();
		RiskDetector first = RiskDetectors.train(rules, examples, cache, settings);
		System.out.printf(Locale.ROOT, "first start: detector trained in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
		report("first start (second opinion " + second + ")", first);
		examples.add(new RiskExample("a phrase staff taught just now", Urgency.NONE, "intent:test", false));
		t0 = System.nanoTime();
		RiskDetector retrained = RiskDetectors.train(rules, examples, cache, settings);
		System.out.printf(Locale.ROOT, "retrain: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
		report("staff retrain, old detector still held", first, retrained, classifier);
	}

	private static void report(String step, Object... held) {
		System.gc();
		long used = 0;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf(Locale.ROOT, "%s: heap used after GC %.1f MB, pools' peaks %.1f MB (%d objects held)%n", step,
				used / 1e6, peak / 1e6, held.length);
	}

}
