package com.clinicfaq.chatbot.safety;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.nlu.EmbeddingCacheFile;
import com.clinicfaq.chatbot.nlu.MaxentLab;
import com.clinicfaq.chatbot.nlu.SentenceEmbedder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The risk detector's lab: trains variants of the detector's linear head (iterations, L2, bagging) and of how its
 * score is combined with the nearest-sentence vote and thresholded, on the detector's own sentences, and replays the
 * screen's decision on every message of readable {@code eval --safety --dump} files (rules, classifier ranking and
 * benign reading from the dump; detector units from the screen; unit scores from the variant). Also a sentence-level
 * 5-fold cross-validation of the written sentences, as {@code eval --safety-cv}.
 * <p>
 * Run from the project root after {@code mvn -Pbenchmark -DskipTests test-compile}:
 * {@code java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:DEPS
 * com.clinicfaq.chatbot.safety.DetectorLab DUMP CACHE_DIR VARIANT...}. Never give it a dump of a held-out or final set
 * (their dumps carry no texts, so it cannot read them anyway).
 */
public final class DetectorLab {

	private static final ObjectMapper json = new ObjectMapper();

	record Unit(String text, SafetyScreen.UnitKind kind, boolean question, boolean animal) {
	}

	record Message(String file, boolean urgent, String kind, String category, String text, boolean rules,
			boolean benign, String top, double topP, boolean turnUrgent, List<Unit> units, List<double[]> dumped) {
	}

	/** A variant of the detector: how its linear head trains and how scores combine. */
	record Variant(String name, int iterations, double l2, int urgentWeight, int writtenWeight, int bags,
			double alpha, double temperature, int neighbours, String calibration, double tolerance) {

		static Variant parse(String spec) {
			Map<String, String> p = new HashMap<>();
			for (String part : spec.split(",")) {
				String[] kv = part.split("=", 2);
				p.put(kv[0], (kv.length > 1) ? kv[1] : "");
			}
			return new Variant(spec, Integer.parseInt(p.getOrDefault("it", "300")),
					Double.parseDouble(p.getOrDefault("l2", "0.1")), Integer.parseInt(p.getOrDefault("uw", "3")),
					Integer.parseInt(p.getOrDefault("ww", "3")), Integer.parseInt(p.getOrDefault("bags", "0")),
					Double.parseDouble(p.getOrDefault("alpha", "0.5")),
					Double.parseDouble(p.getOrDefault("temp", "0.05")), Integer.parseInt(p.getOrDefault("k", "10")),
					p.getOrDefault("cal", "none"), Double.parseDouble(p.getOrDefault("tol", "0")));
		}

		String trainingKey() {
			return "it=" + this.iterations + ",l2=" + this.l2 + ",uw=" + this.urgentWeight + ",ww="
					+ this.writtenWeight + ",bags=" + this.bags + ",tol=" + this.tolerance;
		}

	}

	private final List<RiskExample> examples;

	private final List<float[]> vectors;

	private final SafetyScreen screen;

	private final SentenceEmbedder embedder;

	private final EmbeddingCacheFile unitCache;

	private final PrintWriter out;

	private DetectorLab(List<RiskExample> examples, List<float[]> vectors, SafetyScreen screen,
			SentenceEmbedder embedder, EmbeddingCacheFile unitCache, PrintWriter out) {
		this.examples = examples;
		this.vectors = vectors;
		this.screen = screen;
		this.embedder = embedder;
		this.unitCache = unitCache;
		this.out = out;
	}

	public static void main(String[] args) throws Exception {
		Path dump = Path.of(args[0]);
		Path cache = Path.of(args[1]);
		Files.createDirectories(cache);
		SafetyProperties properties = new SafetyProperties(Path.of("intents/safety"), null, null);
		SafetyScreen screen = new SafetyScreen(SafetyRules.load(properties.rules()));
		IntentCatalog catalog = IntentCatalog.load(Path.of("intents"));
		List<RiskExample> examples = new ArrayList<>(RiskExample.load(properties.detector().data()));
		examples.addAll(RiskDetectors.examplesOf(catalog));
		SentenceEmbedder.Encoder encoder = SentenceEmbedder.Encoder.valueOf(System.getProperty("lab.encoder", "MINILM"));
		SentenceEmbedder embedder = SentenceEmbedder.load(encoder);
		String suffix = (encoder == SentenceEmbedder.Encoder.MINILM) ? "" : "-" + encoder.name().toLowerCase();
		List<String> prepared = examples.parallelStream().map((e) -> screen.prepared(e.text())).toList();
		long t0 = System.nanoTime();
		List<float[]> vectors = new EmbeddingCacheFile(cache.resolve("train-embeddings" + suffix + ".bin")).embed(embedder,
				prepared);
		System.err.printf("%d training sentences embedded in %d ms%n", vectors.size(),
				(System.nanoTime() - t0) / 1_000_000);
		PrintWriter out = new PrintWriter(System.out, true);
		DetectorLab lab = new DetectorLab(examples, vectors, screen, embedder,
				new EmbeddingCacheFile(cache.resolve("unit-embeddings" + suffix + ".bin")), out);
		List<Message> messages = lab.read(dump);
		String[] thresholds = System.getProperty("lab.thresholds", "0.4").split(";");
		for (int i = 2; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("cv:")) {
				lab.crossValidate(Variant.parse(arg.substring(3)), thresholds);
			}
			else if (arg.startsWith("stab:")) {
				lab.stability(Variant.parse(arg.substring(5)), messages, thresholds[0]);
			}
			else {
				lab.evaluate(Variant.parse(arg), messages, thresholds);
			}
		}
	}

	/** The messages of a readable dump, with the units the screen reads and their embeddings. */
	private List<Message> read(Path dump) throws Exception {
		List<Message> messages = new ArrayList<>();
		for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
			JsonNode node = json.readTree(line);
			if (!node.has("text")) {
				throw new IllegalArgumentException("a dump line without a text (a held-out set?): not read");
			}
			String text = node.path("text").asText();
			List<Unit> units = new ArrayList<>();
			for (SafetyScreen.ScoredUnit unit : this.screen.scoredUnits(text)) {
				units.add(new Unit(unit.text(), unit.kind(), unit.question(), unit.animal()));
			}
			List<double[]> dumped = new ArrayList<>();
			for (JsonNode u : node.path("units")) {
				dumped.add(new double[] { u.path("c").asDouble(), u.path("e").asDouble() });
			}
			if (dumped.size() != units.size()) {
				System.err.println("unit count differs from the dump: " + text);
			}
			JsonNode top = node.path("ranking").path(0);
			messages.add(new Message(node.path("file").asText(), node.path("urgent").asBoolean(),
					node.path("kind").asText(), node.path("category").asText(), text, node.path("rules").asBoolean(),
					node.path("benign").asBoolean(), top.path("name").asText(null), top.path("p").asDouble(0),
					node.path("turnUrgent").asBoolean(), units, dumped));
		}
		Set<String> texts = new LinkedHashSet<>();
		messages.forEach((m) -> m.units().forEach((u) -> texts.add(u.text())));
		List<String> list = List.copyOf(texts);
		long t0 = System.nanoTime();
		List<float[]> embedded = this.unitCache.embed(this.embedder, list);
		for (int i = 0; i < list.size(); i++) {
			this.unitVectors.put(list.get(i), embedded.get(i));
		}
		System.err.printf("%d messages, %d units embedded in %d ms%n", messages.size(), list.size(),
				(System.nanoTime() - t0) / 1_000_000);
		return messages;
	}

	private final Map<String, float[]> unitVectors = new HashMap<>();

	/** A trained variant: scores a vector. */
	interface Scorer {

		double[] score(float[] vector);

	}

	private final Map<String, List<MaxentLab.Trained>> heads = new HashMap<>();

	private Scorer train(Variant variant, List<Integer> indices, String cacheKey) {
		List<MaxentLab.Trained> trained = this.heads.computeIfAbsent(variant.trainingKey() + "|" + cacheKey,
				(key) -> trainHeads(variant, indices));
		List<float[]> vs = new ArrayList<>();
		List<Urgency> labels = new ArrayList<>();
		for (int i : indices) {
			vs.add(this.vectors.get(i));
			labels.add(this.examples.get(i).urgency());
		}
		NearestSentences index = NearestSentences.of(vs);
		return (vector) -> {
			double[] linear = new double[2];
			for (MaxentLab.Trained head : trained) {
				double[] p = head.probabilities(withBias(vector));
				linear[0] += p[head.outcomes().indexOf("CRISIS")] / trained.size();
				linear[1] += p[head.outcomes().indexOf("EMERGENCY")] / trained.size();
			}
			double[] vote = vote(index, labels, vector, variant.neighbours(), variant.temperature());
			double a = variant.alpha();
			return new double[] { a * linear[0] + (1 - a) * vote[0], a * linear[1] + (1 - a) * vote[1], linear[0],
					linear[1], vote[0], vote[1] };
		};
	}

	private List<MaxentLab.Trained> trainHeads(Variant variant, List<Integer> indices) {
		List<MaxentLab.Trained> heads = new ArrayList<>();
		int bags = Math.max(1, variant.bags());
		for (int bag = 0; bag < bags; bag++) {
			Random random = new Random(1000 + bag);
			int[] draws = new int[indices.size()];
			if (variant.bags() == 0) {
				java.util.Arrays.fill(draws, 1);
			}
			else {
				for (int d = 0; d < indices.size(); d++) {
					draws[random.nextInt(indices.size())]++;
				}
			}
			List<String> outcomes = new ArrayList<>();
			List<float[]> rows = new ArrayList<>();
			Map<Integer, float[]> rowOf = new HashMap<>();
			for (int j = 0; j < indices.size(); j++) {
				int i = indices.get(j);
				RiskExample example = this.examples.get(i);
				int weight = (example.urgency() != Urgency.NONE) ? variant.urgentWeight()
						: example.written() ? variant.writtenWeight() : 1;
				float[] row = rowOf.computeIfAbsent(i, (x) -> withBias(this.vectors.get(x)));
				for (int copy = 0; copy < weight * draws[j]; copy++) {
					outcomes.add(example.urgency().name());
					rows.add(row);
				}
			}
			long t0 = System.nanoTime();
			MaxentLab.Trained head = MaxentLab.train(outcomes, rows, 385, variant.iterations(), variant.l2(),
					variant.tolerance());
			List<double[]> course = head.course();
			double[] last = course.get(course.size() - 1);
			double norm = 0;
			for (double w : head.weights()) {
				norm += w * w;
			}
			double[] before = course.get(Math.max(0, course.size() - 21));
			System.err.printf(Locale.ROOT,
					"  head %s bag %d: %d rows, %d evaluations, nll %.2f + l2 %.2f = %.3f (20 evaluations before: %.3f), |w|^2 %.1f, %d ms%n",
					variant.trainingKey(), bag, rows.size(), course.size(), last[0], variant.l2() * norm,
					last[0] + variant.l2() * norm, before[0] + variant.l2() * before[1], norm,
					(System.nanoTime() - t0) / 1_000_000);
			heads.add(head);
		}
		return heads;
	}

	private static double[] vote(NearestSentences index, List<Urgency> labels, float[] vector, int k,
			double temperature) {
		double[] top = new double[k];
		int[] topIndex = index.nearest(vector, k, top);
		double total = 0;
		double crisis = 0;
		double emergency = 0;
		for (int j = 0; j < k; j++) {
			double weight = Math.exp((top[j] - top[0]) / temperature);
			total += weight;
			Urgency label = labels.get(topIndex[j]);
			crisis += (label == Urgency.CRISIS) ? weight : 0;
			emergency += (label == Urgency.EMERGENCY) ? weight : 0;
		}
		return new double[] { crisis / total, emergency / total };
	}

	private static float[] withBias(float[] vector) {
		float[] row = new float[vector.length + 1];
		System.arraycopy(vector, 0, row, 0, vector.length);
		row[vector.length] = 1;
		return row;
	}

	private List<Integer> all() {
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < this.examples.size(); i++) {
			all.add(i);
		}
		return all;
	}

	/**
	 * Thresholds: "0.4" for every unit, or "s0.4/c0.5/p0.5/m0.5" per unit kind (sentence, clause, pair, message);
	 * "q0.8" sets the question threshold.
	 */
	record Thresholds(double sentence, double clause, double pair, double message, double question) {

		static Thresholds parse(String spec) {
			double all = 0.4;
			double[] t = { Double.NaN, Double.NaN, Double.NaN, Double.NaN };
			double q = SafetyScreen.QUESTION_THRESHOLD;
			for (String part : spec.split("/")) {
				char c = part.charAt(0);
				if (Character.isDigit(c)) {
					all = Double.parseDouble(part);
					continue;
				}
				double v = Double.parseDouble(part.substring(1));
				switch (c) {
					case 's' -> t[0] = v;
					case 'c' -> t[1] = v;
					case 'p' -> t[2] = v;
					case 'm' -> t[3] = v;
					case 'q' -> q = v;
					default -> throw new IllegalArgumentException(spec);
				}
			}
			for (int i = 0; i < 4; i++) {
				t[i] = Double.isNaN(t[i]) ? all : t[i];
			}
			return new Thresholds(t[0], t[1], t[2], t[3], q);
		}

		double of(SafetyScreen.UnitKind kind) {
			return switch (kind) {
				case SENTENCE -> this.sentence;
				case CLAUSE -> this.clause;
				case PAIR -> this.pair;
				case MESSAGE -> this.message;
			};
		}

	}

	/** The replayed decision: 0 not urgent, 1 rules, 2 detector (not rules), 3 classifier with the detector. */
	private static int decide(Message m, List<double[]> scores, Thresholds thresholds) {
		double risk = 0;
		boolean detector = false;
		for (int i = 0; i < m.units().size(); i++) {
			Unit unit = m.units().get(i);
			double[] s = scores.get(i);
			double max = Math.max(s[0], s[1]);
			risk = Math.max(risk, max);
			if (unit.question() && max < thresholds.question()) {
				continue;
			}
			double urgentMax = unit.animal() ? s[0] : max;
			detector |= urgentMax >= thresholds.of(unit.kind());
		}
		if (m.rules()) {
			return 1;
		}
		if (detector) {
			return 2;
		}
		boolean urgentIntent = "crisis".equals(m.top()) || "emergency".equals(m.top());
		if (urgentIntent && !(m.benign() && m.topP() < 0.9) && risk >= 0.15) {
			return 3;
		}
		return 0;
	}

	private List<double[]> scores(Message m, Scorer scorer, Map<String, double[]> memo) {
		List<double[]> scores = new ArrayList<>();
		for (Unit unit : m.units()) {
			scores.add(memo.computeIfAbsent(unit.text(), (t) -> {
				if (t.chars().noneMatch(Character::isLetter)) {
					return new double[6];
				}
				return scorer.score(this.unitVectors.get(t));
			}));
		}
		return scores;
	}

	private void evaluate(Variant variant, List<Message> messages, String[] thresholds) throws Exception {
		Scorer scorer = train(variant, all(), "all");
		if (variant.calibration().startsWith("stack")) {
			scorer = stacked(variant, scorer);
		}
		Map<String, double[]> memo = new HashMap<>();
		List<List<double[]>> all = new ArrayList<>();
		double maxDiff = 0;
		int replayMismatch = 0;
		for (Message m : messages) {
			List<double[]> s = scores(m, scorer, memo);
			all.add(s);
			for (int i = 0; i < Math.min(s.size(), m.dumped().size()); i++) {
				maxDiff = Math.max(maxDiff, Math.abs(s.get(i)[0] - m.dumped().get(i)[0]));
				maxDiff = Math.max(maxDiff, Math.abs(s.get(i)[1] - m.dumped().get(i)[1]));
			}
			replayMismatch += ((decide(m, m.dumped(), Thresholds.parse("0.4")) > 0) != m.turnUrgent()) ? 1 : 0;
		}
		this.out.printf(Locale.ROOT, "### %s (largest score difference from the dump %.4f; replay of the dump "
				+ "against its verdicts: %d mismatches)%n", variant.name(), maxDiff, replayMismatch);
		for (String spec : thresholds) {
			Thresholds t = Thresholds.parse(spec);
			report(spec, messages, all, t);
		}
		String units = System.getProperty("lab.units");
		if (units != null) {
			writeUnits(Path.of(units + "-" + variant.name().replaceAll("[^a-z0-9.=]", "_") + ".tsv"), messages, all);
		}
	}

	private void report(String label, List<Message> messages, List<List<double[]>> all, Thresholds t) {
		Map<String, int[]> perFile = new TreeMap<>();
		for (int n = 0; n < messages.size(); n++) {
			Message m = messages.get(n);
			int d = decide(m, all.get(n), t);
			int[] c = perFile.computeIfAbsent(m.file(), (f) -> new int[6]);
			if (m.urgent()) {
				c[0]++;
				c[1] += (d > 0) ? 1 : 0;
			}
			else {
				c[2]++;
				c[3] += (d > 0) ? 1 : 0;
				c[4] += (d == 2) ? 1 : 0;
				c[5] += (d == 3) ? 1 : 0;
			}
		}
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-22s", label));
		int urgentMissed = 0;
		int falseAll = 0;
		for (Map.Entry<String, int[]> e : perFile.entrySet()) {
			int[] c = e.getValue();
			String name = e.getKey().replace(".jsonl", "");
			line.append(String.format(Locale.ROOT, " | %s u%d/%d f%d/%d(d%d,c%d)", name.substring(0,
					Math.min(12, name.length())), c[1], c[0], c[3], c[2], c[4], c[5]));
			urgentMissed += c[0] - c[1];
			falseAll += c[3];
		}
		line.append(String.format(Locale.ROOT, " || missed %d false %d", urgentMissed, falseAll));
		this.out.println(line);
	}

	private void writeUnits(Path path, List<Message> messages, List<List<double[]>> all) throws Exception {
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path))) {
			for (int n = 0; n < messages.size(); n++) {
				Message m = messages.get(n);
				for (int i = 0; i < m.units().size(); i++) {
					Unit u = m.units().get(i);
					double[] s = all.get(n).get(i);
					w.printf(Locale.ROOT, "%s\t%d\t%s\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%s%n",
							m.file(), n, m.urgent() ? "U" : "N", m.rules() ? "R" : "-", u.kind(), u.question() ? "Q" : "-",
							u.animal() ? 1 : 0, s[0], s[1], s[2], s[3], s[4], s[5], u.text());
				}
			}
		}
	}

	/**
	 * Trains the variant twice, once on all sentences and once without a random 0.5% of the non-urgent written
	 * sentences, and counts the messages and units whose decision differs: how chaotic the training is.
	 */
	private void stability(Variant variant, List<Message> messages, String threshold) {
		Thresholds t = Thresholds.parse(threshold);
		Scorer full = train(variant, all(), "all");
		Random random = new Random(7);
		List<Integer> dropped = new ArrayList<>();
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < this.examples.size(); i++) {
			RiskExample e = this.examples.get(i);
			if (e.urgency() == Urgency.NONE && e.written() && random.nextDouble() < 0.005) {
				dropped.add(i);
			}
			else {
				kept.add(i);
			}
		}
		Scorer perturbed = train(variant, kept, "drop" + dropped.size());
		Map<String, double[]> memoA = new HashMap<>();
		Map<String, double[]> memoB = new HashMap<>();
		int flips = 0;
		int unitFlips = 0;
		double sumDiff = 0;
		int units = 0;
		for (Message m : messages) {
			List<double[]> a = scores(m, full, memoA);
			List<double[]> b = scores(m, perturbed, memoB);
			flips += ((decide(m, a, t) > 0) != (decide(m, b, t) > 0)) ? 1 : 0;
			for (int i = 0; i < a.size(); i++) {
				double ma = Math.max(a.get(i)[0], a.get(i)[1]);
				double mb = Math.max(b.get(i)[0], b.get(i)[1]);
				unitFlips += ((ma >= t.sentence()) != (mb >= t.sentence())) ? 1 : 0;
				sumDiff += Math.abs(ma - mb);
				units++;
			}
		}
		this.out.printf(Locale.ROOT, "### stability %s: without %d written negatives, %d messages and %d of %d units "
				+ "change side, mean |score change| %.4f%n", variant.name(), dropped.size(), flips, unitFlips, units,
				sumDiff / units);
	}

	/** Out-of-fold scores of the written sentences (5 folds, as the cross-validation), with their examples. */
	private List<double[]> outOfFold(Variant variant, List<RiskExample> held) {
		int folds = 5;
		List<double[]> heldScores = new ArrayList<>();
		for (int fold = 0; fold < folds; fold++) {
			List<Integer> training = new ArrayList<>();
			List<Integer> test = new ArrayList<>();
			for (int i = 0; i < this.examples.size(); i++) {
				RiskExample e = this.examples.get(i);
				(e.written() && foldOf(e, folds) == fold ? test : training).add(i);
			}
			Scorer scorer = train(variant, training, "fold" + fold);
			for (int i : test) {
				held.add(this.examples.get(i));
				heldScores.add(scorer.score(this.vectors.get(i)));
			}
		}
		return heldScores;
	}

	private static float[] stackFeatures(double[] s, String calibration) {
		double lc = Math.min(Math.max(s[2], 1e-6), 1 - 1e-6);
		double le = Math.min(Math.max(s[3], 1e-6), 1 - 1e-6);
		if (calibration.equals("stack2")) {
			return new float[] { (float) Math.log(lc / (1 - lc)), (float) Math.log(le / (1 - le)), (float) s[4],
					(float) s[5], (float) (s[4] * Math.log(lc / (1 - lc))), (float) (s[5] * Math.log(le / (1 - le))),
					1 };
		}
		return new float[] { (float) Math.log(lc / (1 - lc)), (float) Math.log(le / (1 - le)), (float) s[4],
				(float) s[5], 1 };
	}

	/**
	 * The linear and neighbour scores combined by a small maximum-entropy model fitted on the out-of-fold scores of
	 * the written sentences, instead of their mean.
	 */
	private Scorer stacked(Variant variant, Scorer scorer) {
		List<RiskExample> held = new ArrayList<>();
		List<double[]> scores = outOfFold(variant, held);
		List<String> outcomes = new ArrayList<>();
		List<float[]> rows = new ArrayList<>();
		for (int n = 0; n < held.size(); n++) {
			outcomes.add(held.get(n).urgency().name());
			rows.add(stackFeatures(scores.get(n), variant.calibration()));
		}
		MaxentLab.Trained combiner = MaxentLab.train(outcomes, rows, rows.get(0).length, 1000, 0.01, 1e-9);
		this.out.printf(Locale.ROOT, "  combiner weights %s (outcomes %s)%n",
				java.util.Arrays.toString(combiner.weights()), combiner.outcomes());
		return (vector) -> {
			double[] s = scorer.score(vector);
			double[] p = combiner.probabilities(stackFeatures(s, variant.calibration()));
			return new double[] { p[combiner.outcomes().indexOf("CRISIS")], p[combiner.outcomes().indexOf("EMERGENCY")],
					s[2], s[3], s[4], s[5] };
		};
	}

	/** Sentence-level 5-fold cross-validation of the written sentences, as {@code eval --safety-cv}. */
	private void crossValidate(Variant variant, String[] thresholds) {
		List<RiskExample> held = new ArrayList<>();
		List<double[]> heldScores = outOfFold(variant, held);
		String units = System.getProperty("lab.units");
		if (units != null) {
			Path path = Path.of(units + "-cv-" + variant.name().replaceAll("[^a-z0-9.=]", "_") + ".tsv");
			try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path))) {
				for (int n = 0; n < held.size(); n++) {
					double[] s = heldScores.get(n);
					w.printf(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%s%n", held.get(n).urgency(),
							held.get(n).category(), s[0], s[1], s[2], s[3], s[4], s[5], held.get(n).text());
				}
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		for (String spec : thresholds) {
			double t = Thresholds.parse(spec).sentence();
			int urgent = 0;
			int hit = 0;
			int none = 0;
			int falseAlarm = 0;
			for (int n = 0; n < held.size(); n++) {
				boolean read = Math.max(heldScores.get(n)[0], heldScores.get(n)[1]) >= t;
				if (held.get(n).urgency() != Urgency.NONE) {
					urgent++;
					hit += read ? 1 : 0;
				}
				else {
					none++;
					falseAlarm += read ? 1 : 0;
				}
			}
			this.out.printf(Locale.ROOT, "### cv %s at %.2f: urgent %d/%d, false alarms %d/%d%n", variant.name(), t,
					hit, urgent, falseAlarm, none);
		}
	}

	private static int foldOf(RiskExample example, int folds) {
		CRC32 crc = new CRC32();
		crc.update(example.text().getBytes(StandardCharsets.UTF_8));
		return (int) (crc.getValue() % folds);
	}

}
