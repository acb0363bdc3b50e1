package com.clinicfaq.chatbot.web;

import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.CrisisLine;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire format of {@link ChatMessageResponse}, serialized by the application's own {@code ObjectMapper}: field
 * names, order, {@code null}s that stay in the body and the lower-case enum values are the contract channels and
 * outside evaluations rely on. The expected bodies are golden files next to this test.
 */
@JsonTest
class ChatMessageResponseJsonTests {

	private static final ClinicContact CLINIC = new ClinicContact("Lakeside Clinic", "(555) 010-0199",
			"care@lakeside.example", "Mon-Fri 9-5", "https://lakeside.example/book");

	private static final List<CrisisLine> LINES = List.of(new CrisisLine("988 Suicide & Crisis Lifeline", "call or text 988", "24/7"));

	@Autowired
	private JacksonTester<ChatMessageResponse> json;

	@Test
	void answerIsWrittenWithEveryFieldAndNoHandoff() throws Exception {
		ChatTurn turn = turn(new ScoredIntent("side_effects", 0.912345678),
				List.of(new ScoredIntent("side_effects", 0.912345678), new ScoredIntent("long_term_effects", 0.04)),
				Route.ANSWER, null, new Answer("side_effects#0a1b2c3d", "Most side effects are mild.",
						"General information only.", List.of("Is ketamine safe?"), List.of()));

		assertThat(this.json.write(ChatMessageResponse.from(turn, CLINIC)))
			.isStrictlyEqualToJson("chat-message-response-answer.json");
	}

	@Test
	void urgentHandoffIsWrittenWithTheClinicAndTheCrisisLinesTwice() throws Exception {
		ChatTurn turn = turn(new ScoredIntent("crisis", 1.0), List.of(new ScoredIntent("crisis", 0.97)),
				Route.HANDOFF, HandoffReason.URGENT, new Answer("handoff.urgent", "Please reach out now.",
						"General information only.", List.of(), LINES));

		assertThat(this.json.write(ChatMessageResponse.from(turn, CLINIC)))
			.isStrictlyEqualToJson("chat-message-response-urgent.json");
	}

	@Test
	void writtenFieldsFollowTheDeclaredOrder() throws Exception {
		ChatTurn turn = turn(null, List.of(), Route.CLARIFY, null,
				new Answer("clarify", "Which did you mean?", "General information only.", List.of("A?", "B?"), List.of()));

		assertThat(this.json.write(ChatMessageResponse.from(turn, CLINIC)).getJson()).startsWith(
				"{\"conversationId\":\"conversation-1\",\"messageId\":\"message-1\",\"intent\":null,\"ranking\":[],"
						+ "\"route\":\"clarify\",\"handoff\":null,\"reply\":{\"text\":");
	}

	private static ChatTurn turn(ScoredIntent intent, List<ScoredIntent> ranking, Route route, HandoffReason reason,
			Answer answer) {
		return new ChatTurn("conversation-1", "message-1", Instant.parse("2026-01-02T03:04:05Z"), "web", "text",
				intent, ranking, route, reason, new SafetyVerdict(Urgency.NONE, false, List.of()), answer);
	}

}
