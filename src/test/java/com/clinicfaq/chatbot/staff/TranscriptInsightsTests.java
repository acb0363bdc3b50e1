package com.clinicfaq.chatbot.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.staff.TranscriptInsights.Insights;
import com.clinicfaq.chatbot.staff.TranscriptInsights.UnmatchedGroup;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TranscriptInsights}.
 */
class TranscriptInsightsTests {

	private final TranscriptInsights insights = new TranscriptInsights(10);

	@Test
	void groupUnmatchedWhenRephrasedCountsThemTogether() {
		List<TranscriptEntry> turns = List.of(unmatched("Is the WiFi free?", "2025-03-01T10:00:00Z"),
				unmatched("is the wifi free", "2025-03-02T10:00:00Z"),
				unmatched("is the wifi free here", "2025-03-03T10:00:00Z"),
				unmatched("do you have parking", "2025-03-03T11:00:00Z"),
				unmatched("where do i park", "2025-03-03T12:00:00Z"), answered("is the wifi free", "2025-03-03T13:00:00Z"));
		List<UnmatchedGroup> groups = this.insights.groupUnmatched(turns);
		assertThat(groups).hasSize(3);
		assertThat(groups.get(0).count()).isEqualTo(3);
		assertThat(groups.get(0).variants()).hasSize(2);
		assertThat(groups.get(0).lastSeen()).isEqualTo(Instant.parse("2025-03-03T10:00:00Z"));
		assertThat(groups.stream().skip(1).map(UnmatchedGroup::count)).containsExactly(1, 1);
	}

	@Test
	void jaccardIsTheShareOfCommonWords() {
		assertThat(TranscriptInsights.jaccard(Set.of("a", "b", "c"), Set.of("a", "b", "d"))).isEqualTo(0.5);
		assertThat(TranscriptInsights.jaccard(Set.of("a"), Set.of("a"))).isEqualTo(1.0);
		assertThat(TranscriptInsights.jaccard(Set.of("a"), Set.of("b"))).isEqualTo(0.0);
	}

	@Test
	void summarizeWhenNoTurnsReportsZeroRates() {
		Insights empty = this.insights.summarize(List.of());
		assertThat(empty.turns()).isZero();
		assertThat(empty.fallbackRate()).isZero();
		assertThat(empty.days()).isEmpty();
		assertThat(empty.unmatched()).isEmpty();
	}

	private static TranscriptEntry unmatched(String text, String time) {
		return new TranscriptEntry(Instant.parse(time), "c-" + time, "m-" + time, "web", text, null, null, Route.HANDOFF,
				HandoffReason.UNMATCHED, "handoff.unmatched", false);
	}

	private static TranscriptEntry answered(String text, String time) {
		return new TranscriptEntry(Instant.parse(time), "c-" + time, "m-" + time, "web", text, "session_experience",
				0.9, Route.ANSWER, null, "session_experience#1", false);
	}

}
