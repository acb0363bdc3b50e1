package com.clinicfaq.chatbot.chat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.safety.RiskDetectors;
import com.clinicfaq.chatbot.safety.SafetyScreen;

/**
 * Thread CPU time per {@link ChatService#reply} and per screen + classification (what {@code /api/v1/parse} does) over
 * varied messages (a catalog phrase with an opener and an ending, as {@code scripts/bench/varied.lua} builds them, from
 * fixed seeds), one thread: the cost per unique message, which other processes on a shared machine do not add to (as
 * they add to wall-clock times). Uses the saved detector in {@code cache/}. Run from the project root:
 * {@code mvn -Pbenchmark test-compile} then
 * {@code java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:<dependencies>
 * com.clinicfaq.chatbot.chat.ChatTurnCpu 300} (the module as the Dockerfile adds it: the risk detector's search uses the
 * vector API)
 * (docs/measurements.md).
 */
public final class ChatTurnCpu {
	static final String[] OPENERS = { "", "hi, ", "hello! ", "quick question: ", "hey so ", "um ", "sorry to bother you, ", "good morning. ", "i was wondering ", "ok so " };
	static final String[] ENDINGS = { "", "?", " please", " thanks!", " for my mom", " asap", " lol", "??", " (asking for a friend)", " thank you" };
	public static void main(String[] args) throws Exception {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		IntentCatalog catalog = TestChatbot.catalog();
		SafetyScreen screen = RiskDetectors.screen(TestChatbot.safety(), catalog, Path.of("cache"));
		IntentClassifier classifier = TestChatbot.trainer().train(catalog);
		ChatService chat = new ChatService(screen, classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100000), Clock.systemUTC());
		List<String> phrases = new ArrayList<>();
		catalog.all().forEach((intent) -> phrases.addAll(intent.examples()));
		Collections.sort(phrases);
		int n = Integer.parseInt(args[0]);
		for (int round = 0; round < 3; round++) {
			Random random = new Random(round);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < 2 * n; i++) {
				texts.add(OPENERS[random.nextInt(OPENERS.length)] + phrases.get(random.nextInt(phrases.size())) + ENDINGS[random.nextInt(ENDINGS.length)]);
			}
			long t0 = cpu.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) chat.reply(new ChatRequest("c" + round + "-" + i, "web", texts.get(i)));
			long t1 = cpu.getCurrentThreadCpuTime();
			for (int i = n; i < 2 * n; i++) { screen.screen(texts.get(i)); classifier.classify(texts.get(i)); }
			long t2 = cpu.getCurrentThreadCpuTime();
			System.out.printf("round %d: reply %.2f CPU ms/message, screen+classify %.2f%n", round, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
		}
	}
}
