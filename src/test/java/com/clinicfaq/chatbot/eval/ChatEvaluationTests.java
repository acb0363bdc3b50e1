package com.clinicfaq.chatbot.eval;

import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ChatEvaluation} and {@link ChatCaseFiles}: conversations replayed through the real chat core.
 */
class ChatEvaluationTests {

	private static ChatCase parse(String line) {
		return ChatCaseFiles.parse(line, "test:1");
	}

	@Test
	void runCountsRightTurnsPerKind() {
		List<ChatCase> cases = List.of(
				parse("{\"id\":\"a\",\"kind\":\"info\",\"turns\":[{\"text\":\"what side effects can ketamine cause\","
						+ "\"expect\":{\"route\":\"answer\",\"intent\":\"side_effects\"}}]}"),
				parse("{\"id\":\"b\",\"kind\":\"info\",\"turns\":[{\"text\":\"what side effects can ketamine cause\","
						+ "\"expect\":{\"route\":\"answer\",\"intent\":\"onset\"}}]}"),
				parse("{\"id\":\"c\",\"kind\":\"other_medicine\",\"turns\":[{\"text\":\"what are the side effects of "
						+ "sertraline\",\"expect\":{\"route\":\"handoff\",\"reason\":\"unmatched\"}}]}"),
				parse("{\"id\":\"d\",\"kind\":\"two_questions\",\"turns\":[{\"text\":\"How long does a session take? "
						+ "And can I drive home afterwards?\",\"expect\":{\"route\":\"answer\",\"intents\":"
						+ "[\"session_length\",\"driving\"]}}]}"),
				parse("{\"id\":\"e\",\"kind\":\"conversation\",\"turns\":[{\"text\":\"can I talk to a real person\","
						+ "\"expect\":{\"route\":\"handoff\",\"reason\":\"requested\",\"intent\":\"human_agent\"}}]}"));
		ChatEvaluationReport report = new ChatEvaluation(TestChatbot.chatService(), TestChatbot.catalog()).run(cases);
		assertThat(report.kinds().get("info").getTurns()).isEqualTo(2);
		assertThat(report.kinds().get("info").getRight()).isEqualTo(1);
		assertThat(report.kinds().get("other_medicine").getHandedOffUnmatched()).isEqualTo(1);
		assertThat(report.kinds().get("two_questions").getBothAnswered()).isEqualTo(1);
		assertThat(report.kinds().get("conversation").getRight()).isEqualTo(1);
		assertThat(report.misses()).singleElement()
			.satisfies((miss) -> assertThat(miss.got()).startsWith("answer side_effects"));
	}

	@Test
	void parseMarksTheTwoReadingsOfAFollowUpsFirstTurnAsAmbiguous() {
		ChatCase followUp = parse("{\"id\":\"f\",\"kind\":\"followup\",\"turns\":[{\"text\":\"how long is it\","
				+ "\"expect\":{\"route\":\"answer\",\"intents\":[\"session_length\",\"duration\"]}},{\"text\":\"neither\","
				+ "\"expect\":{\"route\":\"handoff\",\"reason\":\"unmatched\"}}]}");
		assertThat(followUp.turns().get(0).ambiguous()).isTrue();
		assertThat(followUp.turns().get(1).expectsUnmatched()).isTrue();
		ChatCase twoQuestions = parse("{\"id\":\"g\",\"kind\":\"two_questions\",\"turns\":[{\"text\":\"x\","
				+ "\"expect\":{\"route\":\"answer\",\"intents\":[\"session_length\",\"driving\"]}}]}");
		assertThat(twoQuestions.turns().get(0).ambiguous()).isFalse();
	}

	@Test
	void anyListedIntentCountsOneOfTheListedAnswersRightExceptForTwoQuestions() {
		String turns = "\"turns\":[{\"text\":\"what side effects can ketamine cause\",\"expect\":{\"route\":"
				+ "\"answer\",\"intent\":\"side_effects\"}},{\"text\":\"what side effects can ketamine cause\","
				+ "\"expect\":{\"route\":\"answer\",\"intents\":[\"side_effects\",\"duration\"]}}]}";
		ChatCase followUp = parse("{\"id\":\"i\",\"kind\":\"followup\"," + turns);
		ChatCase twoQuestions = parse("{\"id\":\"j\",\"kind\":\"two_questions\"," + turns);
		ChatEvaluation evaluation = new ChatEvaluation(TestChatbot.chatService(), TestChatbot.catalog());

		assertThat(evaluation.run(List.of(followUp)).kinds().get("followup").getRight()).isEqualTo(1);
		assertThat(evaluation.run(List.of(followUp.anyListedIntent())).kinds().get("followup").getRight())
			.isEqualTo(2);
		assertThat(evaluation.run(List.of(twoQuestions.anyListedIntent())).kinds().get("two_questions").getRight())
			.isEqualTo(1);
	}

	@Test
	void parseWhenATurnHasNoExpectationNamesTheLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("{\"id\":\"h\",\"turns\":[{\"text\":\"hi\"}]}"))
			.withMessageContaining("test:1");
	}

}
