package com.clinicfaq.chatbot.transcripts;

import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how a chat turn becomes a transcript entry ({@link TranscriptEntry#of}).
 */
class TranscriptEntryOfTurnTests {

	@Test
	void entryOfWhenTextHasPersonalDataStoresOnlyMarkers() {
		ChatTurn turn = turn("my name is Dana, call 555-123-4567, i took too much", Route.HANDOFF,
				HandoffReason.URGENT, new SafetyVerdict(Urgency.EMERGENCY, false, List.of("overdose")));
		TranscriptEntry entry = TranscriptEntry.of(turn, new PersonalDataRedactor());
		assertThat(entry.text()).isEqualTo("my name is [NAME], call [PHONE], i took too much")
			.doesNotContain("Dana")
			.doesNotContain("4567");
		assertThat(entry.redactions()).containsExactlyInAnyOrder("name", "phone");
		assertThat(entry.urgent()).isTrue();
		assertThat(entry.handoffReason()).isEqualTo(HandoffReason.URGENT);
	}

	@Test
	void entryOfWhenNothingPersonalKeepsTextAndNoRedactions() {
		ChatTurn turn = turn("how long does a session last", Route.ANSWER, null, SafetyVerdict.SAFE);
		TranscriptEntry entry = TranscriptEntry.of(turn, new PersonalDataRedactor());
		assertThat(entry.text()).isEqualTo("how long does a session last");
		assertThat(entry.redactions()).isEmpty();
		assertThat(entry.urgent()).isFalse();
	}

	private static ChatTurn turn(String text, Route route, HandoffReason reason, SafetyVerdict verdict) {
		Answer answer = new Answer("a#1", "reply", "disclaimer", List.of(), List.of());
		return new ChatTurn("c1", "m1", Instant.parse("2025-01-02T03:04:05Z"), "web", text,
				new ScoredIntent("session_length", 0.9), List.of(), route, reason, verdict, answer,
				(reason == HandoffReason.URGENT) ? List.of("rules") : List.of());
	}

}
