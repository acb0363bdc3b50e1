package com.clinicfaq.chatbot.chat;

import java.io.FileWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.safety.RiskDetectors;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes, for every Nth message of JSON-lines files (field {@code text}), the whole decision of a first turn (urgent,
 * route, reason, intent, ranking with exact confidences, signals), the safety verdict with its exact risk scores and
 * every detector unit's score, one message a line: run before and after a change that must not change decisions and
 * compare the two files byte for byte. Uses the saved detector in {@code cache/}. Run from the project root:
 * {@code java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:<dependencies>
 * com.clinicfaq.chatbot.chat.DecisionDump OUT
 * FILE EVERY [FILE EVERY]...} after {@code mvn -Pbenchmark test-compile}. Never give it a {@code *-final*.jsonl} set.
 */
public final class DecisionDump {
	public static void main(String[] args) throws Exception {
		ObjectMapper json = new ObjectMapper();
		SafetyScreen screen = RiskDetectors.screen(TestChatbot.safety(), TestChatbot.catalog(), Path.of("cache"));
		IntentClassifier classifier = TestChatbot.trainer().train(TestChatbot.catalog());
		ChatService chat = new ChatService(screen, classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100000), Clock.systemUTC());
		try (PrintWriter out = new PrintWriter(new FileWriter(args[0]))) {
			long t0 = System.nanoTime(); int n = 0;
			for (int a = 1; a < args.length; a += 2) {
				int every = Integer.parseInt(args[a + 1]);
				List<String> lines = Files.readAllLines(Path.of(args[a]));
				for (int i = 0; i < lines.size(); i += every) {
					String text = json.readTree(lines.get(i)).get("text").asText();
					SafetyVerdict v = screen.screen(text);
					ChatTurn turn = chat.reply(new ChatRequest("dump-" + a + "-" + i, "web", text));
					out.println(args[a] + ":" + i + "\t" + turn.verdict().urgent() + "\t" + turn.route() + "\t" + turn.reason()
							+ "\t" + turn.intent() + "\t" + turn.ranking() + "\t" + turn.signals() + "\t" + v
							+ "\t" + screen.unitScores(text));
					n++;
				}
			}
			System.out.printf("%d messages in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
		}
	}
}
