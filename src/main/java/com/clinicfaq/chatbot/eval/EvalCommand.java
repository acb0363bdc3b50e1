package com.clinicfaq.chatbot.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.clinicfaq.chatbot.chat.FollowUpReader;
import com.clinicfaq.chatbot.chat.RoutingProperties;
import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.nlu.IntentModelTrainer;
import com.clinicfaq.chatbot.nlu.NluProperties;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.SentenceEmbedder;
import com.clinicfaq.chatbot.nlu.TextNormalizer;
import com.clinicfaq.chatbot.safety.RiskDetectorCrossValidator;
import com.clinicfaq.chatbot.safety.RiskExample;
import com.clinicfaq.chatbot.safety.SafetyProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * {@code java -jar app.jar eval ...}: trains the classifier as the service does (same trainer, same default
 * properties) and prints, and optionally writes as JSON and HTML, how well it understands labelled messages. Runs
 * without starting the web server.
 */
public final class EvalCommand {

	static final String USAGE = """
			Usage:
			  eval --train TRAIN.jsonl --test TEST.jsonl [--val VAL.jsonl] [options]
			  eval --intents DIR --folds K [options]
			  eval --intents DIR --test TEST.jsonl [--val VAL.jsonl] [options]
			  eval --chat FILE_OR_DIR [--chat ...] [--intents DIR] [--misses FILE] [--report FILE] [--dump FILE] [--readings FILE] [--any-listed] [--with-detector] [--set ...]
			      replays visitor conversations (JSON lines {"id","persona","kind","turns":[{"text","expect"}]})
			      through the whole chat core and prints per-kind figures; --misses writes the wrong turns;
			      --dump writes every turn's decision (route, reason, intent, urgent, signals) as a JSON line;
			      --readings writes every follow-up's candidate readings and features (the follow-up reader's data);
			      --grid "A1,A2;M1,M2[;F1,F2]" replays once per answer threshold, clarify margin (and fallback)
			      --any-listed: an answer turn listing several intents is right when any is answered (not in
			      two_questions cases, where both must be); for writers who list each acceptable answer
			      --with-detector: the safety screen has the risk detector too, as the service has (trained first, about a
			      minute); without it, the curated rules only, so a detector's false alarm on an ordinary turn does not show
			  eval --safety FILE... [--show-misses] [--dump FILE] [--set KEY=VALUE]
			  eval --safety-cv [--folds K] [--spanish [--per-category]] [--set KEY=VALUE]
			--safety-cv cross-validates the risk detector on the team's written sentences (intents/safety/detector),
			or with --spanish the Spanish risk detector on its sentences (intents/safety/detector-es, a table of thresholds,
			then each held-out message through the whole screen: rules and the fold's Spanish detector; --per-category
			prints that screen's figures per category too), training each fold as the service trains, and prints recall
			and false alarms per category.
			--safety runs each file's messages through the whole pipeline (rules, risk detector, classifier, routing)
			and prints urgent recall per kind, the false-urgent rate, risk information handled right and the signals
			that fired. Lines {"text", "urgent", "kind", "category", "expect": {"route", "intent"}}; a line without
			"urgent" is a non-urgent message. --show-misses prints misses, each file's before its figures, and never
			for a held-back file (a name with "held" or "final"). --dump writes
			one JSON line per message (label, verdict, route, signals, the classifier's best intent, whether the
			"if this is happening now" line was added, the rules that fired, every detector unit's
			scores) for replaying decision variants; unit texts only for files whose name has no "held" or "final".
			Files hold JSON lines {"text": "...", "intent": "..."}; intent "oos" or "out_of_scope" is out of scope.
			With the JVM option -Dchatbot.nlu.batch-encoder=true every encoder run goes through its batch graph, as in a
			service that batches (the decisions must not change).
			Options:
			  --report FILE     write the figures as JSON
			  --html FILE       write a self-contained HTML page (per-intent table, confusion heat map)
			  --threshold X     out-of-scope threshold when there is no --val (default: the service's
			                    chatbot.routing.fallback-threshold)
			  --drop-oos        drop out-of-scope training messages (the paper's oos-threshold method) instead of
			                    learning them as one more intent, as the service learns its out_of_scope intent
			  --seed N          shuffling seed for --folds (default 42)
			  --rankings FILE   with --folds: write every message's out-of-fold ranking (first five) as JSON lines
			  --set KEY=VALUE   override a chatbot.nlu.* or chatbot.routing.* property, as in application.yml
			""";

	private static final Set<String> FLAGS = Set.of("--drop-oos", "--any-listed", "--with-detector");

	private final PrintStream out;

	private final List<String> chatSets = new ArrayList<>();

	EvalCommand(PrintStream out) {
		this.out = out;
	}

	/**
	 * Runs the command and returns the process exit code.
	 */
	public static int run(String[] args) {
		return new EvalCommand(System.out).execute(args);
	}

	int execute(String[] args) {
		if (Boolean.getBoolean("chatbot.nlu.batch-encoder")) {
			// every run on the encoder's batch graph, as a service that batches runs them: its decisions must be the same
			SentenceEmbedder.load().enableBatchesAndWait();
		}
		if (args.length > 0 && args[0].equals("--safety")) {
			return executeSafety(args);
		}
		if (args.length > 0 && args[0].equals("--safety-cv")) {
			return executeSafetyCrossValidation(args);
		}
		Map<String, String> options;
		Map<String, Object> overrides = new HashMap<>();
		try {
			options = parse(args, overrides, this.chatSets);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(USAGE);
			return 2;
		}
		quietLogging();
		try {
			Binder binder = new Binder(new MapConfigurationPropertySource(overrides));
			if (!this.chatSets.isEmpty()) {
				return replayConversations(binder, options);
			}
			NluProperties nlu = binder.bindOrCreate("chatbot.nlu", NluProperties.class);
			RoutingProperties routing = binder.bindOrCreate("chatbot.routing", RoutingProperties.class);
			double threshold = options.containsKey("--threshold") ? Double.parseDouble(options.get("--threshold"))
					: routing.fallbackThreshold();
			// the service learns its catalog's out_of_scope intent as a class, so the evaluation does the same
			Evaluator evaluator = new Evaluator(new IntentModelTrainer(new TextNormalizer(), nlu),
					!options.containsKey("--drop-oos"), options.containsKey("--intents"));
			EvaluationReport report = evaluate(evaluator, options, threshold);
			print(report);
			write(report, options);
			return 0;
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			System.err.println("eval: " + ex.getMessage());
			return 1;
		}
	}

	private int executeSafetyCrossValidation(String[] args) {
		Map<String, Object> overrides = new HashMap<>();
		int folds = 5;
		boolean spanish = false;
		boolean verbose = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--folds") && i + 1 < args.length) {
				folds = Integer.parseInt(args[++i]);
			}
			else if (args[i].equals("--spanish")) {
				spanish = true;
			}
			else if (args[i].equals("--per-category")) {
				verbose = true;
			}
			else if (args[i].equals("--set") && i + 1 < args.length && args[i + 1].indexOf('=') > 0) {
				String value = args[++i];
				overrides.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
			}
			else {
				System.err.println("Unknown or incomplete option '" + args[i] + "'");
				System.err.print(USAGE);
				return 2;
			}
		}
		quietLogging();
		Binder binder = new Binder(new MapConfigurationPropertySource(overrides));
		SafetyProperties safety = binder.bindOrCreate("chatbot.safety", SafetyProperties.class);
		Path intents = binder.bind("chatbot.intents.directory", Path.class).orElse(Path.of("intents"));
		RiskDetectorCrossValidator validator = new RiskDetectorCrossValidator(safety);
		if (spanish) {
			List<RiskDetectorCrossValidator.Scored> scored = validator
				.crossValidateSpanish(RiskExample.load(safety.spanishDetector().data()), folds);
			this.out.printf(Locale.ROOT, "== Spanish risk detector, %d-fold cross-validation on %s%n", folds,
					safety.spanishDetector().data());
			for (double threshold = 0.3; threshold < 0.91; threshold += 0.05) {
				printTotals(RiskDetectorCrossValidator.atThreshold(scored, threshold), "threshold "
						+ String.format(Locale.ROOT, "%.2f: ", threshold));
			}
			this.out.printf(Locale.ROOT, "at the configured threshold %.2f:%n", safety.spanishDetector().threshold());
			int status = printCrossValidation(
					RiskDetectorCrossValidator.atThreshold(scored, safety.spanishDetector().threshold()));
			this.out.printf(Locale.ROOT, "== the whole screen (curated rules and the fold's Spanish detector at %.2f) "
					+ "on each held-out message%n", safety.spanishDetector().threshold());
			RiskDetectorCrossValidator.Result screened = validator.crossValidateSpanishScreen(
					RiskExample.load(safety.spanishDetector().data()), folds, safety.spanishDetector().threshold());
			if (verbose) {
				printCrossValidation(screened);
			}
			printTotals(screened, "screen: ");
			return status;
		}
		RiskDetectorCrossValidator.Result result = validator
			.crossValidate(RiskExample.load(safety.detector().data()), IntentCatalog.load(intents), folds);
		this.out.printf(Locale.ROOT, "== risk detector, %d-fold cross-validation on the written sentences "
				+ "(threshold %.2f)%n", folds, safety.detector().threshold());
		return printCrossValidation(result);
	}

	private int printCrossValidation(RiskDetectorCrossValidator.Result result) {
		result.urgent().forEach((category, counts) -> this.out.printf(Locale.ROOT, "  recall     %-40s %d/%d%n",
				category, counts[1], counts[0]));
		result.ordinary().forEach((category, counts) -> this.out.printf(Locale.ROOT, "  false alarm %-39s %d/%d%n",
				category, counts[1], counts[0]));
		printTotals(result, "");
		return 0;
	}

	private void printTotals(RiskDetectorCrossValidator.Result result, String prefix) {
		int[] urgent = { 0, 0 };
		int[] ordinary = { 0, 0 };
		result.urgent().values().forEach((counts) -> {
			urgent[0] += counts[0];
			urgent[1] += counts[1];
		});
		result.ordinary().values().forEach((counts) -> {
			ordinary[0] += counts[0];
			ordinary[1] += counts[1];
		});
		this.out.printf(Locale.ROOT, "%surgent recall %d/%d (%.1f%%), false alarms %d/%d (%.1f%%)%n", prefix,
				urgent[1], urgent[0], 100.0 * urgent[1] / Math.max(1, urgent[0]), ordinary[1], ordinary[0],
				100.0 * ordinary[1] / Math.max(1, ordinary[0]));
	}

	private int executeSafety(String[] args) {
		List<Path> files = new ArrayList<>();
		Map<String, Object> overrides = new HashMap<>();
		boolean showMisses = false;
		Path dump = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--show-misses")) {
				showMisses = true;
			}
			else if (args[i].equals("--dump") && i + 1 < args.length) {
				dump = Path.of(args[++i]);
			}
			else if (args[i].equals("--set") && i + 1 < args.length && args[i + 1].indexOf('=') > 0) {
				String value = args[++i];
				overrides.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
			}
			else if (args[i].startsWith("--")) {
				System.err.println("Unknown or incomplete option '" + args[i] + "'");
				System.err.print(USAGE);
				return 2;
			}
			else {
				files.add(Path.of(args[i]));
			}
		}
		if (files.isEmpty()) {
			System.err.println("eval --safety needs at least one file");
			System.err.print(USAGE);
			return 2;
		}
		quietLogging();
		try {
			SafetyEvaluation.of(this.out, new Binder(new MapConfigurationPropertySource(overrides)))
				.run(files, showMisses, dump);
			return 0;
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			System.err.println("eval: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Keeps training progress (OpenNLP logs every iteration) and library chatter out of the printed figures.
	 */
	private static void quietLogging() {
		LoggingSystem logging = LoggingSystem.get(EvalCommand.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		logging.setLogLevel("ai.djl", LogLevel.ERROR);
	}

	private EvaluationReport evaluate(Evaluator evaluator, Map<String, String> options, double threshold) {
		List<LabeledText> validation = options.containsKey("--val") ? read(options.get("--val")) : List.of();
		if (options.containsKey("--intents")) {
			List<LabeledText> catalog = examplesOf(IntentCatalog.load(Path.of(options.get("--intents"))));
			if (options.containsKey("--test")) {
				return evaluator.evaluate(catalog, read(options.get("--test")), validation, threshold);
			}
			int folds = Integer.parseInt(options.getOrDefault("--folds", "5"));
			long seed = Long.parseLong(options.getOrDefault("--seed", "42"));
			this.out.printf(Locale.ROOT, "Cross-validating %d examples in %d folds%n", catalog.size(), folds);
			if (!options.containsKey("--rankings")) {
				return evaluator.crossValidate(catalog, folds, threshold, seed);
			}
			List<String> lines = new ArrayList<>();
			EvaluationReport report = evaluator.crossValidate(catalog, folds, threshold, seed,
					(example, prediction) -> lines.add(rankingLine(example, prediction)));
			try {
				Files.write(Path.of(options.get("--rankings")), lines, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the rankings", ex);
			}
			return report;
		}
		if (!options.containsKey("--train") || !options.containsKey("--test")) {
			throw new IllegalArgumentException("give --train and --test, or --intents\n" + USAGE);
		}
		return evaluator.evaluate(read(options.get("--train")), read(options.get("--test")), validation, threshold);
	}

	static List<LabeledText> examplesOf(IntentCatalog catalog) {
		List<LabeledText> examples = new ArrayList<>();
		for (IntentDefinition intent : catalog.all()) {
			for (String example : intent.trainingPhrases()) {
				examples.add(new LabeledText(example, intent.name()));
			}
		}
		return examples;
	}

	private static List<LabeledText> read(String file) {
		return LabeledTextFiles.read(Path.of(file));
	}

	private int replayConversations(Binder binder, Map<String, String> options) {
		List<ChatCase> cases = new ArrayList<>();
		this.chatSets.forEach((location) -> cases.addAll(ChatCaseFiles.read(Path.of(location))));
		if (options.containsKey("--any-listed")) {
			cases.replaceAll(ChatCase::anyListedIntent);
		}
		Path intents = Path.of(options.getOrDefault("--intents", "intents"));
		long start = System.nanoTime();
		ChatCore core = ChatCore.build(intents, binder, options.containsKey("--with-detector"));
		this.out.printf(Locale.ROOT, "trained on %s in %.1f s; replaying %d conversations%n", intents,
				(System.nanoTime() - start) / 1e9, cases.size());
		if (options.containsKey("--grid")) {
			grid(core, binder, cases, options.get("--grid"));
			return 0;
		}
		List<ChatEvaluation.TurnDecision> decisions = new ArrayList<>();
		List<Map<String, Object>> readings = new ArrayList<>();
		if (options.containsKey("--readings")) {
			core.chat().recordFollowUpReadings((choice) -> readings.add(readingOf(choice)));
		}
		ChatEvaluationReport report = new ChatEvaluation(core.chat(), core.catalog()).run(cases, decisions::add);
		ChatReportPrinter.print(report, this.out);
		try {
			if (options.containsKey("--dump")) {
				ObjectMapper json = new ObjectMapper();
				StringBuilder lines = new StringBuilder();
				for (ChatEvaluation.TurnDecision decision : decisions) {
					lines.append(json.writeValueAsString(decision)).append('\n');
				}
				Files.writeString(Path.of(options.get("--dump")), lines, StandardCharsets.UTF_8);
			}
			if (options.containsKey("--readings")) {
				ObjectMapper json = new ObjectMapper();
				StringBuilder lines = new StringBuilder();
				for (Map<String, Object> reading : readings) {
					lines.append(json.writeValueAsString(reading)).append('\n');
				}
				Files.writeString(Path.of(options.get("--readings")), lines, StandardCharsets.UTF_8);
			}
			if (options.containsKey("--misses")) {
				writeLines(Path.of(options.get("--misses")), report.misses());
			}
			if (options.containsKey("--report")) {
				new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
					.writeValue(Path.of(options.get("--report")).toFile(),
							Map.of("cases", report.cases(), "kinds", report.kinds()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report", ex);
		}
		return 0;
	}

	/** A follow-up's candidate readings as a JSON object: what the follow-up reader is trained on. */
	private static Map<String, Object> readingOf(FollowUpReader.Choice choice) {
		List<Map<String, Object>> candidates = new ArrayList<>();
		for (FollowUpReader.Candidate candidate : choice.candidates()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("reading", candidate.reading().name());
			one.put("route", candidate.decision().route().value());
			one.put("reason", (candidate.decision().reason() != null) ? candidate.decision().reason().value() : null);
			one.put("intent", candidate.decision().intent());
			one.put("also", candidate.decision().also());
			one.put("options", candidate.decision().options());
			one.put("features", new TreeMap<>(candidate.features()));
			candidates.add(one);
		}
		Map<String, Object> reading = new LinkedHashMap<>();
		reading.put("conversation", choice.conversation());
		reading.put("text", choice.text());
		reading.put("chosen", choice.chosen());
		reading.put("candidates", candidates);
		return reading;
	}

	/**
	 * Replays the cases once per routing setting of the grid "ANSWER,...;MARGIN,...[;FALLBACK,...]" with one trained
	 * classifier, printing one line of aggregate figures per setting.
	 */
	private void grid(ChatCore core, Binder binder, List<ChatCase> cases, String grid) {
		String[] axes = grid.split(";");
		RoutingProperties base = binder.bindOrCreate("chatbot.routing", RoutingProperties.class);
		String[] fallbacks = (axes.length > 2) ? axes[2].split(",") : new String[] { "" + base.fallbackThreshold() };
		for (String answer : axes[0].split(",")) {
			for (String margin : axes[1].split(",")) {
				for (String fallback : fallbacks) {
					RoutingProperties routing = new RoutingProperties(Double.parseDouble(answer),
							Double.parseDouble(fallback), Double.parseDouble(margin), base.followUpOwnThreshold(),
							base.conversationIdle(), base.maxConversations(), base.unanchoredAnswerThreshold());
					ChatEvaluationReport report = new ChatEvaluation(core.withRouting(routing, binder).chat(),
							core.catalog()).run(cases);
					this.out.printf(Locale.ROOT, "answer %s margin %s fallback %s: %s%n", answer, margin, fallback,
							ChatReportPrinter.summary(report));
				}
			}
		}
	}

	/**
	 * One cross-validated message as a JSON line: its text, its intent and the first five intents of the ranking the
	 * model that did not see it gave (name and confidence).
	 */
	static String rankingLine(LabeledText example, Prediction prediction) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("text", example.text());
		line.put("intent", example.intent());
		line.put("ranking", prediction.top(5).stream().map((scored) -> List.of(scored.name(), scored.confidence())).toList());
		try {
			return new ObjectMapper().writeValueAsString(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeLines(Path file, List<ChatEvaluationReport.Miss> misses) throws IOException {
		ObjectMapper json = new ObjectMapper();
		StringBuilder lines = new StringBuilder();
		for (ChatEvaluationReport.Miss miss : misses) {
			lines.append(json.writeValueAsString(miss)).append('\n');
		}
		Files.writeString(file, lines, StandardCharsets.UTF_8);
	}

	static Map<String, String> parse(String[] args, Map<String, Object> overrides) {
		return parse(args, overrides, new ArrayList<>());
	}

	static Map<String, String> parse(String[] args, Map<String, Object> overrides, List<String> chatSets) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (FLAGS.contains(name)) {
				options.put(name, "true");
				continue;
			}
			if (!Set.of("--train", "--test", "--val", "--intents", "--folds", "--report", "--html", "--threshold",
					"--seed", "--set", "--chat", "--misses", "--grid", "--rankings", "--dump", "--readings")
				.contains(name)) {
				throw new IllegalArgumentException("Unknown option '" + name + "'");
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("Option " + name + " needs a value");
			}
			String value = args[++i];
			if (name.equals("--set")) {
				int equals = value.indexOf('=');
				if (equals < 1) {
					throw new IllegalArgumentException("--set needs KEY=VALUE, was '" + value + "'");
				}
				overrides.put(value.substring(0, equals), value.substring(equals + 1));
			}
			else if (name.equals("--chat")) {
				chatSets.add(value);
			}
			else {
				options.put(name, value);
			}
		}
		return options;
	}

	private void print(EvaluationReport report) {
		this.out.printf(Locale.ROOT, "examples           %d (%d in scope, %d out of scope), %d intents%n",
				report.examples(), report.inScopeExamples(), report.oosExamples(), report.intents());
		this.out.printf(Locale.ROOT, "inScopeAccuracy    %s%n", percent(report.inScopeAccuracy()));
		this.out.printf(Locale.ROOT, "oosRecall          %s%n", percent(report.oosRecall()));
		this.out.printf(Locale.ROOT, "oosPrecision       %s%n", percent(report.oosPrecision()));
		this.out.printf(Locale.ROOT, "accuracy           %s%n", percent(report.accuracy()));
		this.out.printf(Locale.ROOT, "macroF1            %s%n", percent(report.macroF1()));
		this.out.printf(Locale.ROOT, "threshold          %.4f%n", report.threshold());
		this.out.printf(Locale.ROOT, "trainSeconds       %.2f%n", report.trainSeconds());
		if (report.oosExamples() > 0) {
			this.out.println("threshold curve (threshold: inScopeAccuracy / oosRecall):");
			for (CurvePoint point : report.curve()) {
				this.out.printf(Locale.ROOT, "  %.2f: %s / %s%n", point.threshold(), percent(point.inScopeAccuracy()),
						percent(point.oosRecall()));
			}
		}
		this.out.println("most frequent confusions (expected -> predicted: count):");
		report.confusions()
			.stream()
			.limit(10)
			.forEach((confusion) -> this.out.printf(Locale.ROOT, "  %s -> %s: %d%n", confusion.expected(),
					confusion.predicted(), confusion.count()));
	}

	private static String percent(Double value) {
		return (value == null) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * value);
	}

	private void write(EvaluationReport report, Map<String, String> options) {
		try {
			if (options.containsKey("--report")) {
				Path file = Path.of(options.get("--report"));
				new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
				this.out.println("wrote " + file);
			}
			if (options.containsKey("--html")) {
				Path file = Path.of(options.get("--html"));
				String title = "Intent classifier evaluation"
						+ (options.containsKey("--test") ? ": " + Path.of(options.get("--test")).getFileName() : "");
				Files.writeString(file, HtmlReport.render(report, title), StandardCharsets.UTF_8);
				this.out.println("wrote " + file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report", ex);
		}
	}

}
