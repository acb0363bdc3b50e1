package com.clinicfaq.chatbot.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.clinicfaq.chatbot.answers.AnswerComposer;
import com.clinicfaq.chatbot.answers.AnswerProperties;
import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.chat.ChatRequest;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.chat.ConversationStore;
import com.clinicfaq.chatbot.chat.RoutingPolicy;
import com.clinicfaq.chatbot.chat.RoutingProperties;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.IntentModelTrainer;
import com.clinicfaq.chatbot.nlu.NluProperties;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.RiskDetectors;
import com.clinicfaq.chatbot.safety.SafetyProperties;
import com.clinicfaq.chatbot.safety.SafetyScreen;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * {@code eval --safety FILE...}: runs labelled messages through the whole pipeline the service uses (safety screen
 * with the risk detector, classifier trained on {@code intents/}, routing, answers) and prints, per file, urgent recall
 * per kind, the false-urgent rate, how many risk-information questions were handled right, and which signals fired.
 * <p>
 * Each file holds JSON lines {@code {"text", "urgent": bool, "kind": crisis|emergency|none, "category", "expect":
 * {"route", "intent"}}}; a line without {@code urgent} counts as a non-urgent message (so public data sets such as
 * CLINC150 or MedQuAD can be measured as they are). Misses are printed only with {@code --show-misses}: never use it
 * on a held-back final set.
 */
final class SafetyEvaluation {

	private static final ObjectMapper json = new ObjectMapper();

	private final PrintStream out;

	private final ChatService chat;

	private final SafetyScreen screen;

	SafetyEvaluation(PrintStream out, ChatService chat, SafetyScreen screen) {
		this.out = out;
		this.chat = chat;
		this.screen = screen;
	}

	static SafetyEvaluation of(PrintStream out, Binder binder) {
		SafetyProperties safety = binder.bindOrCreate("chatbot.safety", SafetyProperties.class);
		NluProperties nlu = binder.bindOrCreate("chatbot.nlu", NluProperties.class);
		RoutingProperties routing = binder.bindOrCreate("chatbot.routing", RoutingProperties.class);
		ClinicContact clinic = binder.bindOrCreate("chatbot.clinic", ClinicContact.class);
		AnswerProperties answers = binder.bindOrCreate("chatbot.answers", AnswerProperties.class);
		Path intents = binder.bind("chatbot.intents.directory", Path.class).orElse(Path.of("intents"));
		IntentCatalog catalog = IntentCatalog.load(intents);
		IntentClassifier classifier = new IntentModelTrainer(new TextNormalizer(), nlu).train(catalog);
		SafetyScreen screen = RiskDetectors.screen(safety, catalog);
		ChatService chat = new ChatService(screen, classifier, () -> catalog, new RoutingPolicy(routing),
				new AnswerComposer(clinic, safety.crisisLines(), answers.disclaimer()),
				new ConversationStore(routing.conversationIdle(), 1000), Clock.systemUTC());
		return new SafetyEvaluation(out, chat, screen);
	}

	List<Result> run(List<Path> files, boolean showMisses) {
		return run(files, showMisses, null);
	}

	/**
	 * As {@link #run(List, boolean)}, writing one JSON line per message to {@code dump} when it is not {@code null}:
	 * the label, the turn's verdict and signals, the classifier's best intent and every detector unit's scores (unit
	 * texts only for files whose name has no "held" or "final", so a held-back set's messages are never written out).
	 */
	List<Result> run(List<Path> files, boolean showMisses, Path dump) {
		List<Result> results = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		for (Path file : files) {
			Result result = evaluate(file, showMisses, (dump != null) ? lines : null);
			print(result);
			results.add(result);
		}
		if (dump != null) {
			try {
				Files.write(dump, lines);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + dump, ex);
			}
		}
		return results;
	}

	/**
	 * Whether a file is a held-back set by its name ("held" or "final"): its messages and misses are never printed.
	 */
	static boolean heldBack(String fileName) {
		return fileName.contains("held") || fileName.contains("final");
	}

	private String dumpLine(Path file, Case c, ChatTurn turn) {
		String name = file.getFileName().toString();
		boolean withText = !heldBack(name);
		ObjectNode line = json.createObjectNode();
		line.put("file", name);
		line.put("urgent", c.urgent());
		line.put("kind", c.kind());
		line.put("category", c.category());
		if (withText) {
			line.put("text", c.text());
		}
		line.put("turnUrgent", turn.urgent());
		line.put("route", turn.route().value());
		line.put("reason", (turn.reason() != null) ? turn.reason().value() : null);
		turn.signals().forEach(line.putArray("signals")::add);
		line.put("rules", !turn.verdict().matchedRules().isEmpty());
		turn.verdict().matchedRules().forEach(line.putArray("ruleIds")::add);
		line.put("benign", turn.verdict().benignReading());
		line.put("intent", (turn.intent() != null) ? turn.intent().name() : null);
		line.put("happeningNow", !turn.urgent() && turn.answer().text().contains(AnswerComposer.HAPPENING_NOW));
		ChatEvaluation.Outcome.of(turn, Map.of()).answered().forEach(line.putArray("answered")::add);
		ArrayNode ranking = line.putArray("ranking");
		turn.ranking().forEach((scored) -> ranking.addObject().put("name", scored.name()).put("p", scored.confidence()));
		ArrayNode units = line.putArray("units");
		for (SafetyScreen.ScoredUnit unit : this.screen.scoredUnits(c.text())) {
			ObjectNode u = units.addObject();
			if (withText) {
				u.put("text", unit.text());
			}
			u.put("kind", unit.kind().name());
			u.put("q", unit.question());
			u.put("animal", unit.animal());
			u.put("mild", unit.mild());
			u.put("c", unit.score().crisis());
			u.put("e", unit.score().emergency());
		}
		return line.toString();
	}

	private Result evaluate(Path file, boolean showMissesAsked, List<String> dump) {
		Result result = new Result(file.getFileName().toString());
		boolean showMisses = showMissesAsked && !heldBack(result.file);
		if (showMisses) {
			this.out.printf(Locale.ROOT, "-- misses in %s (its figures follow under \"== %s\")%n", result.file,
					result.file);
		}
		else if (showMissesAsked) {
			this.out.printf(Locale.ROOT, "-- misses in %s not shown: a held-back file (its name has \"held\" or \"final\")%n",
					result.file);
		}
		for (Case c : read(file)) {
			ChatTurn turn = this.chat.reply(new ChatRequest(null, "eval", c.text()));
			if (dump != null) {
				dump.add(dumpLine(file, c, turn));
			}
			String signals = turn.urgent() ? String.join(",", turn.signals()) : "";
			if (c.urgent()) {
				result.urgent.merge(c.kind(), new int[] { 1, turn.urgent() ? 1 : 0 }, Result::add);
				if (turn.urgent()) {
					result.urgentSignals.merge(signals, 1, Integer::sum);
				}
				else if (showMisses) {
					this.out.printf(Locale.ROOT, "  MISSED %s/%s %s: %s%n", c.kind(), c.category(),
							scores(turn), c.text());
				}
				continue;
			}
			result.nonUrgent.merge(c.category(), new int[] { 1, turn.urgent() ? 1 : 0 }, Result::add);
			if (turn.urgent()) {
				result.falseSignals.merge(signals, 1, Integer::sum);
				if (showMisses) {
					this.out.printf(Locale.ROOT, "  FALSE URGENT %s [%s] %s: %s%n", c.category(), signals,
							scores(turn), c.text());
					this.out.printf(Locale.ROOT, "    highest unit %s%n", highestUnit(c.text()));
				}
			}
			if (c.expectedRoute() != null) {
				boolean right = !turn.urgent() && turn.route().value().equals(c.expectedRoute())
						&& (c.expectedIntent() == null
								|| (turn.intent() != null && turn.intent().name().equals(c.expectedIntent())));
				boolean withLine = turn.answer().text().contains(AnswerComposer.HAPPENING_NOW);
				// as eval --chat counts an answer: the expected curated answer is one of those the reply holds (a reply
				// with two answers, the expected one second, is counted here but not as right above)
				boolean given = !turn.urgent() && turn.route().value().equals(c.expectedRoute())
						&& (c.expectedIntent() == null || ChatEvaluation.Outcome.of(turn, Map.of())
							.answered()
							.contains(c.expectedIntent()));
				result.expected[0]++;
				result.expected[1] += right ? 1 : 0;
				result.expected[2] += (right && withLine) ? 1 : 0;
				result.expected[3] += given ? 1 : 0;
				if (!right && showMisses) {
					this.out.printf("  WRONG %s expected %s/%s got %s/%s: %s%n", c.category(), c.expectedRoute(),
							c.expectedIntent(), turn.route().value(),
							(turn.intent() != null) ? turn.intent().name() : null, c.text());
					this.out.printf(Locale.ROOT, "    ranking %s%n", turn.ranking()
						.stream()
						.map((scored) -> String.format(Locale.ROOT, "%s %.2f", scored.name(), scored.confidence()))
						.toList());
				}
			}
		}
		return result;
	}

	/**
	 * The unit of a message the detector scored highest (a sentence, clause, pair or the whole message), for review.
	 */
	private String highestUnit(String text) {
		return this.screen.unitScores(text)
			.entrySet()
			.stream()
			.max(Comparator.comparingDouble((entry) -> entry.getValue().max()))
			.map((entry) -> String.format(Locale.ROOT, "(c=%.2f e=%.2f) \"%s\"", entry.getValue().crisis(),
					entry.getValue().emergency(), entry.getKey()))
			.orElse("none");
	}

	private static String scores(ChatTurn turn) {
		return String.format(Locale.ROOT, "(c=%.2f e=%.2f)", turn.verdict().risk().crisis(),
				turn.verdict().risk().emergency());
	}

	private void print(Result result) {
		this.out.printf(Locale.ROOT, "== %s%n", result.file);
		int[] all = { 0, 0 };
		result.urgent.values().forEach((counts) -> Result.add(all, counts));
		if (all[0] > 0) {
			result.urgent.forEach((kind, counts) -> this.out.printf(Locale.ROOT, "urgent recall %-10s %s%n", kind,
					ratio(counts[1], counts[0])));
			this.out.printf(Locale.ROOT, "urgent recall %-10s %s%n", "all", ratio(all[1], all[0]));
			this.out.printf("  signals on urgent hits: %s%n", result.urgentSignals);
		}
		int[] none = { 0, 0 };
		result.nonUrgent.values().forEach((counts) -> Result.add(none, counts));
		if (none[0] > 0) {
			this.out.printf(Locale.ROOT, "false urgent             %s%n", ratio(none[1], none[0]));
			result.nonUrgent.forEach((category, counts) -> {
				if (counts[1] > 0) {
					this.out.printf(Locale.ROOT, "  in %-22s %s%n", category, ratio(counts[1], counts[0]));
				}
			});
			this.out.printf("  signals on false alarms: %s%n", result.falseSignals);
		}
		if (result.expected[0] > 0) {
			this.out.printf(Locale.ROOT, "risk info handled right  %s (with the \"happening now\" line: %d)%n",
					ratio(result.expected[1], result.expected[0]), result.expected[2]);
			this.out.printf(Locale.ROOT, "risk info answer given   %s (the expected answer among the reply's answers, "
					+ "as eval --chat counts)%n", ratio(result.expected[3], result.expected[0]));
		}
	}

	private static String ratio(int part, int whole) {
		return String.format(Locale.ROOT, "%d/%d (%.1f%%)", part, whole, (whole == 0) ? 0.0 : 100.0 * part / whole);
	}

	static List<Case> read(Path file) {
		List<Case> cases = new ArrayList<>();
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		String fallbackCategory = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			try {
				JsonNode node = json.readTree(lines.get(i));
				boolean urgent = node.path("urgent").asBoolean(false);
				JsonNode expect = node.path("expect");
				cases.add(new Case(node.path("text").asText(), urgent, node.path("kind").asText(urgent ? "?" : "none"),
						node.path("category").asText(fallbackCategory),
						expect.isObject() ? expect.path("route").asText(null) : null,
						expect.isObject() ? expect.path("intent").asText(null) : null));
			}
			catch (IOException ex) {
				throw new IllegalArgumentException(file + ":" + (i + 1) + ": not JSON", ex);
			}
		}
		return cases;
	}

	record Case(String text, boolean urgent, String kind, String category, String expectedRoute,
			String expectedIntent) {
	}

	static final class Result {

		final String file;

		final Map<String, int[]> urgent = new TreeMap<>();

		final Map<String, int[]> nonUrgent = new TreeMap<>();

		final Map<String, Integer> urgentSignals = new TreeMap<>();

		final Map<String, Integer> falseSignals = new TreeMap<>();

		/**
		 * risk-information questions: total, handled right (the expected answer first), handled right with the
		 * "happening now" line, the expected answer among the reply's answers
		 */
		final int[] expected = new int[4];

		Result(String file) {
			this.file = file;
		}

		static int[] add(int[] a, int[] b) {
			a[0] += b[0];
			a[1] += b[1];
			return a;
		}

		int urgentMissed() {
			return this.urgent.values().stream().mapToInt((c) -> c[0] - c[1]).sum();
		}

		int falseUrgent() {
			return this.nonUrgent.values().stream().mapToInt((c) -> c[1]).sum();
		}

	}

}
