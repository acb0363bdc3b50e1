package com.clinicfaq.chatbot.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.clinicfaq.chatbot.TestChatbot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the learned {@link RiskDetector} inside the {@link SafetyScreen}, trained on the project's data in
 * {@code intents/safety/detector/}. The sentences here were written for these tests and are not in the training data.
 */
class RiskDetectorTests {

	private final SafetyScreen screen = TestChatbot.safetyScreen();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "my son is upstairs and he swallowed most of a bottle of his gran's heart pills",
			"i keep driving past the quarry and picturing going over the edge",
			"my wife fell asleep after her dose and now her breathing is slow and loud and she wont wake" })
	void screenWhenUnlistedUrgentPhrasingIsScoredByTheDetector(String text) {
		SafetyVerdict verdict = this.screen.screen(text);
		assertThat(verdict.urgent()).isTrue();
		assertThat(verdict.signals()).contains(SafetyVerdict.DETECTOR);
		assertThat(verdict.risk().max()).isGreaterThanOrEqualTo(DetectorThresholds.DEFAULT.clause());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "what are your opening hours on friday", "do you accept blue cross",
			"this parking situation is killing me, where do i leave my car", "see you next week, bye",
			"what are the side effects of metformin", "can ketamine raise blood pressure" })
	void screenWhenOrdinaryMessageIsNotUrgent(String text) {
		SafetyVerdict verdict = this.screen.screen(text);
		assertThat(verdict.urgent()).as("risk %s", verdict.risk()).isFalse();
		assertThat(verdict.signals()).isEmpty();
	}

	@Test
	void screenWhenAPlanSitsInOneClauseOfARunOnSentenceScoresTheClause() {
		String message = "The front desk people are lovely, since i am not planning on being alive by spring, "
				+ "could i get a refund for the package";
		SafetyVerdict verdict = this.screen.screen(message);
		assertThat(verdict.urgent()).isTrue();
		assertThat(verdict.signals()).contains(SafetyVerdict.DETECTOR);
		assertThat(this.screen.unitScores(message)).containsKey("since i am not planning on being alive by spring");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "my husband is worried about the price", "i am on oak street now, where do i park",
			"i'm hoping it works as well for me", "I'm safe and doing fine, just wondering about the cost" })
	void screenWhenShortEverydayStatementIsNotUrgent(String text) {
		assertNotUrgent(text);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"Bit of background first. I have had low moods on and off since my twenties and the pills mostly flattened "
					+ "me out. Most weeks I still feel pretty hopeless, but I keep going for my kids. My cousin said "
					+ "ketamine lifted her out of a hole. How many sessions does a course usually take?",
			"I tend to overprepare for everything, my partner teases me about it. The first infusion is next "
					+ "Tuesday and I would like to have the whole day planned out. Can I drive myself home afterwards?" })
	void screenWhenALongStoryTellsHowSomeoneFeelsWithoutAPlanIsNotUrgent(String text) {
		// long visitor stories were where the detector cried wolf (session 14); written for this test, like the
		// ordinary sentences of the readable blind halves it now trains on (docs/safety.md, thirteenth pass). A
		// caregiver's story of a parent who "sleeps most of the afternoon and has stopped cooking" still reads as an
		// emergency (0.52): not solved, so not asserted here
		assertNotUrgent(text);
	}

	@Test
	void screenWhenOneSentenceOfALongMessageIsUrgentFindsIt() {
		String message = "Thanks for the info last week. Insurance finally approved my sessions. I have been giving my "
				+ "books and records to friends because I won't need them after this month. What should I bring to "
				+ "the first appointment?";
		assertThat(this.screen.screen(message).urgent()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "circling the block for a spot near you is murder, is there a lot behind the building",
			"can my husband wait in the car in your garage during the infusion",
			"finding parking near you is a nightmare, any tips" })
	void screenWhenADrivingOrParkingIdiomIsNotUrgent(String text) {
		assertNotUrgent(text);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "our old dog has been vomiting since breakfast and will not touch his food",
			"the kitten has diarrhea and seems weak, is there a clinic for pets nearby",
			"my parrot is breathing fast and fluffed up on the cage floor" })
	void screenWhenAnAnimalIsUnwellIsNotAnEmergency(String text) {
		SafetyVerdict verdict = this.screen.screen(text);
		assertThat(verdict.urgent()).as("units %s", this.screen.unitScores(text)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "the dog knocked my pill box over and my toddler swallowed a handful of them",
			"i have given the cat to my neighbour and tonight i am going to end my life" })
	void screenWhenAnAnimalIsNamedBesideAPersonInDangerStaysUrgent(String text) {
		assertThat(this.screen.screen(text).urgent()).as("units %s", this.screen.unitScores(text)).isTrue();
	}

	@Test
	void screenWhenALongStoryEndsWithAnOrdinaryQuestionIsNotUrgent() {
		String message = "Okay, some background first. I'm 38 and I've had depression on and off since my twenties. "
				+ "I've been through three antidepressants and a year of talk therapy, and each helped a little for a "
				+ "while. My sleep is all over the place and I don't have much energy for my kids. My GP thinks I "
				+ "should look into ketamine. How many sessions do people usually need before they notice a change?";
		SafetyVerdict verdict = this.screen.screen(message);
		assertThat(verdict.urgent()).as("units %s", this.screen.unitScores(message)).isFalse();
	}

	@Test
	void screenWhenAPlanIsBuriedInALongStoryStillFindsIt() {
		String message = "Okay, some background first. I'm 38 and I've had depression on and off since my twenties. "
				+ "I've been through three antidepressants and a year of talk therapy. I've been collecting my "
				+ "husband's sleeping pills in a jar and I'll take them all when he's away on Friday. How many "
				+ "sessions do people usually need?";
		SafetyVerdict verdict = this.screen.screen(message);
		assertThat(verdict.urgent()).isTrue();
		assertThat(verdict.urgency()).isEqualTo(Urgency.CRISIS);
	}

	@Test
	void screenWhenHistoryIsToldWithoutPresentSignReadsNoDanger() {
		SafetyVerdict verdict = this.screen.screen("When I was 16 I overdosed on my mom's pills. I'm 40 now. "
				+ "Does that history rule me out?");
		assertThat(verdict.urgent()).isFalse();
		assertThat(verdict.benignReading()).isTrue();
	}

	@Test
	void screenWhenHistoryComesWithThePresentStillReadsIt() {
		assertThat(this.screen.screen("I overdosed in 2019 and I want to do it again tonight").urgent()).isTrue();
	}

	@Test
	void screenWhenRiskQuestionMarksItForTheHappeningNowLine() {
		SafetyVerdict verdict = this.screen.screen("is breathing affected during an infusion?");
		assertThat(verdict.urgent()).isFalse();
		assertThat(verdict.riskQuestion()).isTrue();
	}

	@Test
	void loadWhenLineIsBrokenNamesFileAndLine(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("mine.jsonl"), """
				{"text": "i want to die", "label": "crisis"}
				{"text": "hello", "label": "maybe"}
				""");
		assertThatIllegalStateException().isThrownBy(() -> RiskExample.load(folder))
			.withMessageContaining("mine.jsonl:2");
	}

	@Test
	void loadOfTheProjectDataHasEveryLabelAndMarksPublicSentences() {
		List<RiskExample> examples = RiskExample.load(Path.of("intents/safety/detector"));
		assertThat(examples).extracting(RiskExample::urgency).contains(Urgency.CRISIS, Urgency.EMERGENCY, Urgency.NONE);
		assertThat(examples).filteredOn(RiskExample::written).hasSizeGreaterThan(500);
		assertThat(examples).filteredOn((example) -> !example.written()).hasSizeGreaterThan(1000);
	}

	private void assertNotUrgent(String text) {
		SafetyVerdict verdict = this.screen.screen(text);
		assertThat(verdict.urgent()).as("risk %s", verdict.risk()).isFalse();
	}

}
