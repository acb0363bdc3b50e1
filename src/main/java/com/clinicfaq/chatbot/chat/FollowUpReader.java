package com.clinicfaq.chatbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses how a follow-up after an answer is read, among a few candidate readings: what the follow-up rules decided,
 * the message alone (as a first message), the message's own likeliest topic, the message read with the previous
 * question, and the previous topic carried on. A small logistic model scores each candidate from features of the
 * turn (how sure each reading is, the message's length and pointers, whether it names a form, medicine or condition,
 * the previous topic) and of the candidate (its confidence in each reading, whether the readings agree on it); the
 * rules' reading stands unless another candidate scores higher by {@link #switchMargin()}.
 * <p>
 * The weights are trained offline on conversations ({@code scripts/followup_reader.py --groups}, judged leaving one
 * set of conversations out) and ship as {@code followup-reader.tsv} beside this class: lines
 * {@code group:READING|feature<TAB>weight} and one {@code margin<TAB>value}. A group is the way the rules read the
 * conversation ({@link ContextUse#value()}, e.g. {@code same_question}): the reader weighs only the turns of the groups
 * it has weights for, and every other turn keeps the rules' reading (session 17: one reader over all turns tied the
 * rules, as in session 14; per group it gained on three, docs/nlu.md). Ungrouped lines {@code READING|feature} (the
 * session-14 format) weigh every turn of no named group. Without the file every follow-up keeps the rules' reading.
 * For evaluations
 * the system property {@code chatbot.follow-up-reader} names a weights file to use instead, or {@code none} (for
 * recording the rules' readings with {@code eval --chat ... --readings FILE}). The reader never sees an urgent turn
 * or a conversation that had one: the caller keeps safety decisions out of its reach.
 */
public final class FollowUpReader {

	private static final String RESOURCE = "followup-reader.tsv";

	/** The candidate readings of a follow-up, the rules' first. */
	public enum Reading {

		/** What the follow-up rules decided. */
		RULES,

		/** The message alone, as the first message of a conversation. */
		ALONE,

		/** The topic the message's own ranking puts first, answered. */
		ALONE_BEST,

		/** The topic first in the ranking of the message read after the previous question, answered. */
		WITH_PREVIOUS,

		/** The previous answer's topic again. */
		PREVIOUS_TOPIC

	}

	/**
	 * One candidate reading: the decision it leads to and its features by name.
	 */
	public record Candidate(Reading reading, RoutingDecision decision, Map<String, Double> features) {

		public Candidate {
			features = Map.copyOf(features);
		}

		/** The decision's route, reason and intents, for reading a dump. */
		public String outcome() {
			return this.decision.route().value()
					+ ((this.decision.reason() != null) ? "/" + this.decision.reason().value() : "")
					+ ((this.decision.intent() != null) ? " " + this.decision.intent() : "")
					+ ((this.decision.also() != null) ? "+" + this.decision.also() : "");
		}

	}

	/** A follow-up's candidates and the one chosen (an index into {@code candidates}). */
	public record Choice(String conversation, String text, List<Candidate> candidates, int chosen) {

		public Choice {
			candidates = List.copyOf(candidates);
		}

	}

	/** The reader that keeps every rules' reading. */
	static final FollowUpReader NONE = new FollowUpReader(Map.of(), Double.POSITIVE_INFINITY);

	private final Map<String, Double> weights;

	private final double switchMargin;

	private final Set<String> groups;

	FollowUpReader(Map<String, Double> weights, double switchMargin) {
		this.weights = Map.copyOf(weights);
		this.switchMargin = switchMargin;
		this.groups = weights.keySet()
			.stream()
			.filter((name) -> name.indexOf(':') > 0)
			.map((name) -> name.substring(0, name.indexOf(':')))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The trained reader beside this class, or {@link #NONE} when there is none or it is turned off. */
	static FollowUpReader load() {
		String chosen = System.getProperty("chatbot.follow-up-reader");
		if ("none".equals(chosen)) {
			return NONE;
		}
		try (InputStream in = (chosen != null) ? Files.newInputStream(Path.of(chosen))
				: FollowUpReader.class.getResourceAsStream(RESOURCE)) {
			return (in != null) ? read(in) : NONE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	static FollowUpReader read(InputStream in) throws IOException {
		Map<String, Double> weights = new HashMap<>();
		double margin = Double.POSITIVE_INFINITY;
		BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			if (fields.length != 2) {
				throw new IllegalArgumentException(RESOURCE + ": not 'name<TAB>weight': " + line);
			}
			if (fields[0].equals("margin")) {
				margin = Double.parseDouble(fields[1]);
			}
			else {
				weights.put(fields[0], Double.parseDouble(fields[1]));
			}
		}
		return new FollowUpReader(weights, margin);
	}

	/** Whether it can choose anything but the rules' reading. */
	boolean active() {
		return !this.weights.isEmpty() && Double.isFinite(this.switchMargin);
	}

	/** How much more than the rules' reading another candidate must score to be chosen. */
	double switchMargin() {
		return this.switchMargin;
	}

	/**
	 * Whether it weighs a turn the rules read in {@code group} ({@code null}: no rule of the conversation): a group of
	 * its own, or ungrouped weights for every turn of no named group.
	 */
	boolean reads(String group) {
		return active() && (named(group) || this.weights.keySet()
			.stream()
			.anyMatch((name) -> name.indexOf(':') < 0));
	}

	private boolean named(String group) {
		return group != null && this.groups.contains(group);
	}

	/** The candidate's score (a log-odds that it is the right reading) among the turns of {@code group}. */
	double score(String group, Candidate candidate) {
		String prefix = (named(group) ? group + ":" : "") + candidate.reading().name() + "|";
		double sum = 0;
		for (Map.Entry<String, Double> feature : candidate.features().entrySet()) {
			sum += this.weights.getOrDefault(prefix + feature.getKey(), 0.0) * feature.getValue();
		}
		return sum;
	}

	/**
	 * The index of the chosen candidate: the best scored, when it beats the rules' reading (the first) by the
	 * margin; otherwise the rules' reading. {@code group} is how the rules read the conversation, as for
	 * {@link #reads(String)}: a turn of a group it does not weigh keeps the rules' reading.
	 */
	int choose(String group, List<Candidate> candidates) {
		if (!reads(group) || candidates.isEmpty()) {
			return 0;
		}
		double rules = score(group, candidates.get(0));
		int best = 0;
		double bestScore = rules;
		for (int i = 1; i < candidates.size(); i++) {
			double score = score(group, candidates.get(i));
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		return (bestScore - rules > this.switchMargin) ? best : 0;
	}

}
