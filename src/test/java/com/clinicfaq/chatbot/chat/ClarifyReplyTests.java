package com.clinicfaq.chatbot.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinicfaq.chatbot.nlu.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ClarifyReply}: how a visitor answers "did you mean ...?".
 */
class ClarifyReplyTests {

	private static final List<String> TWO = List.of("session_length", "duration");

	private static final Map<String, List<String>> WORDS = Map.of("session_length",
			List.of("session", "length", "how", "long", "does", "a", "session", "last"), "duration",
			List.of("duration", "how", "long", "do", "the", "effects", "last"), "insurance_cost",
			List.of("insurance", "cost", "does", "insurance", "cover", "it", "and", "what", "does", "it", "cost"));

	private final TextNormalizer normalizer = new TextNormalizer();

	private Optional<ClarifyReply.Choice> read(String reply, List<String> offered) {
		return ClarifyReply.read(this.normalizer.tokens(reply), offered, WORDS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "yes", "Yeah pls", "yep", "yes please!", "sure", "ok thanks", "that one", "y" })
	void readWhenOneOptionAndVisitorAgreesChoosesIt(String reply) {
		assertThat(read(reply, List.of("insurance_cost"))).contains(new ClarifyReply.Chosen("insurance_cost"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "the first one", "1", "first", "1st one", "the 1st" })
	void readWhenFirstChoosesTheFirstOption(String reply) {
		assertThat(read(reply, TWO)).contains(new ClarifyReply.Chosen("session_length"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "the second one", "2", "second", "the last one", "option 2" })
	void readWhenSecondChoosesTheSecondOption(String reply) {
		assertThat(read(reply, TWO)).contains(new ClarifyReply.Chosen("duration"));
	}

	@Test
	void readWhenTheOptionsOwnWordsChoosesThatOption() {
		assertThat(read("the effects one", TWO)).contains(new ClarifyReply.Chosen("duration"));
		assertThat(read("the session", TWO)).contains(new ClarifyReply.Chosen("session_length"));
		assertThat(read("how long", TWO)).as("words every option has").isEmpty();
		assertThat(read("session length", TWO)).contains(new ClarifyReply.Chosen("session_length"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "no", "nope", "neither", "none of those", "neither, never mind", "no thanks",
			"something else" })
	void readWhenVisitorDeclinesIsNeither(String reply) {
		assertThat(read(reply, TWO)).contains(new ClarifyReply.Neither());
		assertThat(read(reply, List.of("insurance_cost"))).contains(new ClarifyReply.Neither());
	}

	@Test
	void readWhenANewQuestionIsNotAReply() {
		assertThat(read("can i drive home after my infusion tomorrow morning?", TWO)).isEmpty();
		assertThat(read("is it safe", TWO)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "YES", "yeh", "yh", "yess pls", "ya the 1st", "frist one", "fisrt", "option one",
			"the former", "1." })
	void readWhenVisitorSaysYesOrTheFirstInTheirOwnSpellingChoosesTheFirst(String reply) {
		assertThat(read(reply, TWO)).contains(new ClarifyReply.Chosen("session_length"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "secnd", "the latter", "2)", "second option", "no, the effects one", "nope the 2nd",
			"no i mean the effects", "effect" })
	void readWhenVisitorChoosesTheSecondEvenAfterANoChoosesIt(String reply) {
		assertThat(read(reply, TWO)).contains(new ClarifyReply.Chosen("duration"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "not the first one", "neither, the other thing", "idk", "no idea" })
	void readWhenTheReplyNegatesMoreThanAPlainNoIsNeither(String reply) {
		assertThat(read(reply, TWO)).contains(new ClarifyReply.Neither());
	}

	@Test
	void readWhenThereIsOneOptionAPlainNoTurnsItDown() {
		assertThat(read("no, the effects one", List.of("duration"))).contains(new ClarifyReply.Neither());
	}

	@ParameterizedTest
	@ValueSource(strings = { "both", "both please", "either is fine", "BOTH PLS" })
	void readWhenTheVisitorWantsBothChoosesTheTwoOptions(String reply) {
		assertThat(read(reply, TWO)).contains(new ClarifyReply.Both("session_length", "duration"));
		assertThat(read(reply, List.of("insurance_cost"))).contains(new ClarifyReply.Chosen("insurance_cost"));
	}


	@ParameterizedTest
	@ValueSource(strings = { "neither", "no neither, sorry", "nope, none of those", "neither of them", "none of these pls" })
	void turnsDownAllWhenTheReplySaysNeitherAndNothingElse(String reply) {
		assertThat(ClarifyReply.turnsDownAll(this.normalizer.tokens(reply))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "no", "none", "no thanks", "neither of those worked for me", "none of those apply to me",
			"is neither safe?" })
	void turnsDownAllIsFalseForAPlainNoOrMore(String reply) {
		assertThat(ClarifyReply.turnsDownAll(this.normalizer.tokens(reply))).isFalse();
	}

}
