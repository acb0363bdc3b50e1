package com.clinicfaq.chatbot.staff;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;

/**
 * Sums up a set of transcript turns: counts per day, fallback and urgent rates, and the questions the bot could not
 * match, grouped so that rephrasings of one question count together.
 * <p>
 * Grouping is greedy: distinct messages, most frequent first, join the first group whose first message shares at
 * least {@link #SIMILARITY} of its words (Jaccard index of the word sets after lower-casing and dropping punctuation),
 * otherwise they start a group. Simple and repeatable, and good enough to spot "the same question, asked again".
 */
class TranscriptInsights {

	static final double SIMILARITY = 0.6;

	private final int topUnmatched;

	TranscriptInsights(int topUnmatched) {
		this.topUnmatched = topUnmatched;
	}

	Insights summarize(List<TranscriptEntry> turns) {
		Map<LocalDate, List<TranscriptEntry>> byDay = turns.stream()
			.collect(Collectors.groupingBy((turn) -> turn.time().atOffset(ZoneOffset.UTC).toLocalDate(), TreeMap::new,
					Collectors.toList()));
		List<Day> days = byDay.entrySet().stream().map((day) -> Day.of(day.getKey(), day.getValue())).toList();
		long unmatched = turns.stream().filter(TranscriptInsights::unmatched).count();
		long urgent = turns.stream().filter(TranscriptEntry::urgent).count();
		long conversations = turns.stream().map(TranscriptEntry::conversationId).distinct().count();
		return new Insights(turns.size(), conversations, rate(unmatched, turns.size()), rate(urgent, turns.size()),
				Counts.of(turns), days, groupUnmatched(turns));
	}

	List<UnmatchedGroup> groupUnmatched(List<TranscriptEntry> turns) {
		Map<String, Message> messages = new LinkedHashMap<>();
		for (TranscriptEntry turn : turns) {
			if (unmatched(turn) && turn.text() != null && !turn.text().isBlank()) {
				String key = normalize(turn.text());
				messages.computeIfAbsent(key, (k) -> new Message(turn.text(), words(k))).add(turn);
			}
		}
		List<Message> byFrequency = new ArrayList<>(messages.values());
		byFrequency.sort(Comparator.comparingInt(Message::count).reversed().thenComparing(Message::text));
		List<List<Message>> groups = new ArrayList<>();
		for (Message message : byFrequency) {
			groups.stream()
				.filter((group) -> jaccard(group.get(0).words(), message.words()) >= SIMILARITY)
				.findFirst()
				.ifPresentOrElse((group) -> group.add(message), () -> groups.add(new ArrayList<>(List.of(message))));
		}
		return groups.stream()
			.map(UnmatchedGroup::of)
			.sorted(Comparator.comparingInt(UnmatchedGroup::count).reversed())
			.limit(this.topUnmatched)
			.toList();
	}

	static boolean unmatched(TranscriptEntry turn) {
		return turn.handoffReason() == HandoffReason.UNMATCHED;
	}

	static double jaccard(Set<String> left, Set<String> right) {
		if (left.isEmpty() && right.isEmpty()) {
			return 1.0;
		}
		Set<String> union = new HashSet<>(left);
		union.addAll(right);
		long common = left.stream().filter(right::contains).count();
		return (double) common / union.size();
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	private static Set<String> words(String normalized) {
		return normalized.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(normalized.split(" ")));
	}

	private static double rate(long count, long total) {
		return (total == 0) ? 0.0 : Math.round(count * 10_000.0 / total) / 10_000.0;
	}

	/**
	 * One distinct unmatched message (after normalization) and the turns that sent it.
	 */
	private static final class Message {

		private final String text;

		private final Set<String> words;

		private int count;

		private Instant lastSeen;

		private String lastConversationId;

		Message(String text, Set<String> words) {
			this.text = text;
			this.words = words;
		}

		void add(TranscriptEntry turn) {
			this.count++;
			if (this.lastSeen == null || turn.time().isAfter(this.lastSeen)) {
				this.lastSeen = turn.time();
				this.lastConversationId = turn.conversationId();
			}
		}

		String text() {
			return this.text;
		}

		Set<String> words() {
			return this.words;
		}

		int count() {
			return this.count;
		}

	}

	/**
	 * The whole summary.
	 *
	 * @param turns how many turns
	 * @param conversations how many distinct conversations
	 * @param fallbackRate the share of turns handed off because the bot could not match them
	 * @param urgentRate the share of urgent turns
	 * @param totals counts over the whole period
	 * @param days counts per UTC day, oldest first
	 * @param unmatched the most frequent unmatched questions, grouped by similarity
	 */
	record Insights(long turns, long conversations, double fallbackRate, double urgentRate, Counts totals,
			List<Day> days, List<UnmatchedGroup> unmatched) {
	}

	/**
	 * Counts by intent, route and handoff reason.
	 */
	record Counts(Map<String, Long> intents, Map<String, Long> routes, Map<String, Long> reasons) {

		static Counts of(List<TranscriptEntry> turns) {
			return new Counts(count(turns, TranscriptEntry::intent), count(turns, (turn) -> (turn.route() != null) ? turn.route().value() : null),
					count(turns, (turn) -> (turn.handoffReason() != null) ? turn.handoffReason().value() : null));
		}

		private static Map<String, Long> count(List<TranscriptEntry> turns,
				java.util.function.Function<TranscriptEntry, String> key) {
			return turns.stream()
				.filter((turn) -> key.apply(turn) != null)
				.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
		}

	}

	/**
	 * One UTC day's counts.
	 */
	record Day(LocalDate day, long turns, double fallbackRate, double urgentRate, Counts counts) {

		static Day of(LocalDate day, List<TranscriptEntry> turns) {
			long unmatched = turns.stream().filter(TranscriptInsights::unmatched).count();
			long urgent = turns.stream().filter(TranscriptEntry::urgent).count();
			return new Day(day, turns.size(), rate(unmatched, turns.size()), rate(urgent, turns.size()),
					Counts.of(turns));
		}

	}

	/**
	 * Rephrasings of one unmatched question.
	 *
	 * @param text the most frequent phrasing
	 * @param count how many turns in the group
	 * @param variants the distinct phrasings, most frequent first
	 * @param lastSeen the newest turn of the group
	 * @param lastConversationId that turn's conversation, to open it
	 */
	record UnmatchedGroup(String text, int count, List<Variant> variants, Instant lastSeen,
			String lastConversationId) {

		static UnmatchedGroup of(List<Message> messages) {
			Message newest = messages.stream().max(Comparator.comparing((Message m) -> m.lastSeen)).orElseThrow();
			return new UnmatchedGroup(messages.get(0).text(), messages.stream().mapToInt(Message::count).sum(),
					messages.stream().map((m) -> new Variant(m.text(), m.count())).toList(), newest.lastSeen,
					newest.lastConversationId);
		}

	}

	/**
	 * One phrasing and how often it was sent.
	 */
	record Variant(String text, int count) {
	}

}
