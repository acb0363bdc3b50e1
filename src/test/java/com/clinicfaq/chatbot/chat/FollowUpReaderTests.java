package com.clinicfaq.chatbot.chat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.IntentClassifier;
import com.clinicfaq.chatbot.nlu.Prediction;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link FollowUpReader}: how it chooses among a follow-up's candidate readings, and that the chat service
 * gives it no say over urgent messages, conversations that had an urgent turn, or a first message. The classifier is
 * scripted (each text, alone or after the previous message, gets a fixed ranking) and the readers' weights are
 * written here, so each test shows one decision.
 */
class FollowUpReaderTests {

	private static final String ONSET = "how soon after an infusion do people usually feel better";

	private static final String FOLLOW_UP = "and for the nasal kind";

	private static ScoredIntent scored(String intent, double confidence) {
		return new ScoredIntent(intent, confidence);
	}

	private static FollowUpReader reader(String lines) throws IOException {
		return FollowUpReader.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
	}

	private static FollowUpReader.Candidate candidate(FollowUpReader.Reading reading, String intent,
			Map<String, Double> features) {
		return new FollowUpReader.Candidate(reading, RoutingDecision.answer(intent), features);
	}

	private static ChatService chat(Map<String, List<ScoredIntent>> rankings, FollowUpReader reader) {
		IntentClassifier classifier = (text) -> new Prediction(rankings.getOrDefault(text,
				List.of(scored("out_of_scope", 0.9), scored("greeting", 0.05))));
		ChatService chat = new ChatService(TestChatbot.safetyScreen(), classifier, TestChatbot::catalog,
				new RoutingPolicy(TestChatbot.routing()), TestChatbot.answers(),
				new ConversationStore(Duration.ofMinutes(30), 100), Clock.systemUTC());
		chat.useReader(reader);
		return chat;
	}

	private static ChatTurn say(ChatService chat, String text) {
		return chat.reply(new ChatRequest("c", "web", text));
	}

	/** After how soon it works, the follow-up alone reads as the spray (a close call), with it as onset. */
	private static Map<String, List<ScoredIntent>> onsetThenSpray() {
		return Map.of(ONSET, List.of(scored("onset", 0.92), scored("duration", 0.03)), FOLLOW_UP,
				List.of(scored("esketamine", 0.48), scored("onset", 0.41), scored("insurance_cost", 0.04)),
				ONSET + " " + FOLLOW_UP, List.of(scored("onset", 0.7), scored("esketamine", 0.2)));
	}

	/** A reader that always carries the previous topic on: the strongest pull of context there is. */
	private static FollowUpReader alwaysPreviousTopic() throws IOException {
		return reader("margin\t0\nPREVIOUS_TOPIC|bias\t50\n");
	}

	@Test
	void keepsTheRulesReadingUnlessAnotherBeatsItByTheMargin() throws IOException {
		FollowUpReader reader = reader("# weights\nmargin\t1\nRULES|bias\t0.5\nWITH_PREVIOUS|c_prev\t2\n");
		List<FollowUpReader.Candidate> close = List.of(
				candidate(FollowUpReader.Reading.RULES, "esketamine", Map.of("bias", 1.0)),
				candidate(FollowUpReader.Reading.WITH_PREVIOUS, "onset", Map.of("bias", 1.0, "c_prev", 0.6)));
		List<FollowUpReader.Candidate> clear = List.of(
				candidate(FollowUpReader.Reading.RULES, "esketamine", Map.of("bias", 1.0)),
				candidate(FollowUpReader.Reading.WITH_PREVIOUS, "onset", Map.of("bias", 1.0, "c_prev", 0.9)));
		assertThat(reader.choose(null, close)).as("1.2 against 0.5: not by the margin").isZero();
		assertThat(reader.choose(null, clear)).as("1.8 against 0.5").isEqualTo(1);
	}

	@Test
	void groupedReaderWeighsOnlyTheTurnsOfItsGroups() throws IOException {
		FollowUpReader reader = reader("margin\t0\nsame_question:ALONE|c_is_alone\t3\n");
		List<FollowUpReader.Candidate> candidates = List.of(
				candidate(FollowUpReader.Reading.RULES, "session_length", Map.of("bias", 1.0)),
				candidate(FollowUpReader.Reading.ALONE, "onset", Map.of("bias", 1.0, "c_is_alone", 1.0)));
		assertThat(reader.reads("same_question")).isTrue();
		assertThat(reader.choose("same_question", candidates)).as("its group: the message alone").isEqualTo(1);
		assertThat(reader.reads("read_with_previous")).isFalse();
		assertThat(reader.choose("read_with_previous", candidates)).as("another rule's turn").isZero();
		assertThat(reader.choose(null, candidates)).as("no rule of the conversation").isZero();
	}

	@Test
	void followUpOfAGroupTheReaderDoesNotWeighKeepsTheRulesReading() throws IOException {
		// the reader would carry the previous topic on, but only for turns the rules read as a medicine taken
		String clear = "what does a session actually feel like";
		Map<String, List<ScoredIntent>> rankings = new java.util.HashMap<>(onsetThenSpray());
		rankings.put(clear, List.of(scored("session_experience", 0.95), scored("onset", 0.02)));
		rankings.put(ONSET + " " + clear, List.of(scored("session_experience", 0.9), scored("onset", 0.05)));
		ChatService chat = chat(rankings, reader("margin\t0\nmedicine_taken:PREVIOUS_TOPIC|bias\t50\n"));
		say(chat, ONSET);
		ChatTurn turn = say(chat, clear);
		assertThat(turn.intent().name()).isEqualTo("session_experience");
		assertThat(turn.context()).isNotIn(ContextUse.READER_PREVIOUS_TOPIC, ContextUse.READER_ALONE,
				ContextUse.READER_ALONE_BEST, ContextUse.READER_WITH_PREVIOUS);
	}

	@Test
	void readerWithoutWeightsKeepsEveryRulesReading() {
		List<FollowUpReader.Candidate> candidates = List.of(
				candidate(FollowUpReader.Reading.RULES, "esketamine", Map.of("bias", 1.0)),
				candidate(FollowUpReader.Reading.PREVIOUS_TOPIC, "onset", Map.of("bias", 1.0)));
		assertThat(FollowUpReader.NONE.active()).isFalse();
		assertThat(FollowUpReader.NONE.choose(null, candidates)).isZero();
	}

	@Test
	void malformedWeightLineIsRejectedNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> reader("margin 1\n")).withMessageContaining("margin 1");
	}

	@Test
	void followUpAfterAnAnswerTakesTheReadingTheReaderChooses() throws IOException {
		ChatService chat = chat(onsetThenSpray(), alwaysPreviousTopic());
		say(chat, ONSET);
		ChatTurn turn = say(chat, FOLLOW_UP);
		assertThat(turn.route()).isEqualTo(Route.ANSWER);
		assertThat(turn.intent().name()).isEqualTo("onset");
		assertThat(turn.context()).isIn(ContextUse.READER_PREVIOUS_TOPIC, ContextUse.SAME_QUESTION);
	}

	@Test
	void firstMessageIsNeverReadByTheReader() throws IOException {
		ChatService chat = chat(onsetThenSpray(), alwaysPreviousTopic());
		ChatTurn turn = say(chat, FOLLOW_UP);
		assertThat(turn.context()).isNull();
		assertThat(turn.intent()).isNotNull();
		assertThat(turn.intent().name()).isNotEqualTo("onset");
	}

	@Test
	void urgentFollowUpStaysUrgentWhateverTheReaderPrefers() throws IOException {
		String urgent = "i took way too much and my chest hurts and i cant breathe";
		ChatService chat = chat(onsetThenSpray(), alwaysPreviousTopic());
		say(chat, ONSET);
		ChatTurn turn = say(chat, urgent);
		assertThat(turn.urgent()).isTrue();
		assertThat(turn.reason()).isEqualTo(HandoffReason.URGENT);
		assertThat(turn.context()).isNull();
	}

	@Test
	void unrelatedMessageWithoutAWordOfTheCatalogStaysHandedOffWhateverTheReaderPrefers() throws IOException {
		String unrelated = "who won the football game";
		Map<String, List<ScoredIntent>> rankings = new java.util.HashMap<>(onsetThenSpray());
		rankings.put(unrelated, List.of(scored("out_of_scope", 0.6), scored("greeting", 0.2), scored("onset", 0.1)));
		rankings.put(ONSET + " " + unrelated, List.of(scored("onset", 0.8), scored("out_of_scope", 0.1)));
		ChatService chat = chat(rankings, alwaysPreviousTopic());
		say(chat, ONSET);
		ChatTurn turn = say(chat, unrelated);
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.UNMATCHED);
	}

	@Test
	void requestForAPersonAfterAnAnswerIsNotReadAsThePreviousTopic() throws IOException {
		String person = "can i talk to someone at the clinic please";
		Map<String, List<ScoredIntent>> rankings = new java.util.HashMap<>(onsetThenSpray());
		rankings.put(person, List.of(scored("human_agent", 0.9), scored("onset", 0.02)));
		ChatService chat = chat(rankings, alwaysPreviousTopic());
		say(chat, ONSET);
		ChatTurn turn = say(chat, person);
		assertThat(turn.route()).isEqualTo(Route.HANDOFF);
		assertThat(turn.reason()).isEqualTo(HandoffReason.REQUESTED);
	}

}
