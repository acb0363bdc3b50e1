package com.clinicfaq.chatbot.intents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link IntentCatalog} and {@link IntentFileParser}, including the curated {@code intents/} folder itself.
 */
class IntentCatalogTests {

	private static final Path INTENTS = Path.of("intents");

	@TempDir
	Path directory;

	@Test
	void loadOfTheCuratedFolderHasEveryIntentOfTheCatalogDocument() throws IOException {
		IntentCatalog catalog = IntentCatalog.load(INTENTS);
		assertThat(catalog.all()).extracting(IntentDefinition::name).containsAll(documentedIntents());
	}

	@Test
	void everyCuratedIntentIsRichEnoughToTrainAndAnswer() {
		for (IntentDefinition intent : IntentCatalog.load(INTENTS).all()) {
			assertThat(intent.examples()).as(intent.name() + " examples").hasSizeGreaterThanOrEqualTo(25);
			if (intent.route() == Route.ANSWER) {
				int words = intent.answer().split("\\s+").length;
				int min = Set.of("greeting", "thanks", "goodbye", "bot_capabilities").contains(intent.name()) ? 15 : 40;
				assertThat(words).as(intent.name() + " answer words").isBetween(min, 150);
				assertThat(intent.suggestions()).as(intent.name() + " suggestions").hasSizeBetween(2, 3);
			}
		}
	}

	@Test
	void curatedRoutesFollowTheCatalogDocument() {
		IntentCatalog catalog = IntentCatalog.load(INTENTS);
		assertThat(catalog.get("crisis").handoffReason()).isEqualTo(HandoffReason.URGENT);
		assertThat(catalog.get("emergency").handoffReason()).isEqualTo(HandoffReason.URGENT);
		assertThat(catalog.get("human_agent").handoffReason()).isEqualTo(HandoffReason.REQUESTED);
		assertThat(catalog.get("appointment").handoffReason()).isEqualTo(HandoffReason.REQUESTED);
		assertThat(catalog.get("side_effects").route()).isEqualTo(Route.ANSWER);
	}

	@Test
	void loadWhenAFileIsBrokenNamesTheFileAndLine() throws IOException {
		Files.writeString(this.directory.resolve("greeting.yaml"), """
				name: greeting
				route: answer
				examples:
				  - hi
				answer: [unclosed
				""");
		assertThatExceptionOfType(IntentFileException.class)
			.isThrownBy(() -> IntentCatalog.load(this.directory))
			.withMessageContaining("greeting.yaml:");
	}

	@Test
	void loadWhenAnAnswerIntentHasNoAnswerSaysWhich() throws IOException {
		Files.writeString(this.directory.resolve("greeting.yaml"), """
				name: greeting
				route: answer
				examples:
				  - hi
				""");
		assertThatExceptionOfType(IntentFileException.class)
			.isThrownBy(() -> IntentCatalog.load(this.directory))
			.withMessageContaining("greeting.yaml")
			.withMessageContaining("has no answer");
	}

	@Test
	void loadWhenFileNameAndIntentNameDifferFails() throws IOException {
		Files.writeString(this.directory.resolve("hello.yaml"), """
				name: greeting
				route: answer
				examples: [hi]
				answer: Hello!
				""");
		assertThatExceptionOfType(IntentFileException.class)
			.isThrownBy(() -> IntentCatalog.load(this.directory))
			.withMessageContaining("does not match the file name");
	}

	@Test
	void ofWhenTheSamePhraseBelongsToTwoIntentsFails() {
		IntentDefinition a = new IntentDefinition("a", Route.ANSWER, null, List.of("Is it safe?"), "A.", List.of(),
				null);
		IntentDefinition b = new IntentDefinition("b", Route.ANSWER, null, List.of("is  it safe?"), "B.", List.of(),
				null);
		assertThatExceptionOfType(IntentFileException.class).isThrownBy(() -> IntentCatalog.of(List.of(a, b)))
			.withMessageContaining("appears twice");
	}

	@Test
	void withExampleAddsAPhraseAndKnowsItsOwner() {
		IntentDefinition a = new IntentDefinition("a", Route.ANSWER, null, List.of("one"), "A.", List.of(), null);
		IntentCatalog catalog = IntentCatalog.of(List.of(a)).withExample("a", "two");
		assertThat(catalog.get("a").examples()).containsExactly("one", "two");
		assertThat(catalog.ownerOf("TWO ")).contains("a");
	}

	@Test
	void loadReadsVisitorExamplesAsTrainingPhrasesApartFromTheExamples() throws IOException {
		Files.writeString(this.directory.resolve("driving.yaml"), """
				name: driving
				route: answer
				examples:
				  - can i drive after
				answer: Please don't drive.
				visitorExamples:
				  - can i uber after
				  - "is it ok to drive: home is 5 min away"
				""");
		IntentCatalog catalog = IntentCatalog.load(this.directory);
		IntentDefinition driving = catalog.get("driving");
		assertThat(driving.examples()).containsExactly("can i drive after");
		assertThat(driving.visitorExamples()).containsExactly("can i uber after", "is it ok to drive: home is 5 min away");
		assertThat(driving.trainingPhrases()).containsExactly("can i drive after", "can i uber after",
				"is it ok to drive: home is 5 min away");
		assertThat(catalog.exampleCount()).isEqualTo(3);
		assertThat(catalog.ownerOf("Can I Uber after")).contains("driving");
	}

	@Test
	void loadWhenAVisitorExampleIsEmptyNamesTheFile() throws IOException {
		Files.writeString(this.directory.resolve("driving.yaml"), """
				name: driving
				route: answer
				examples: [can i drive after]
				answer: Please don't drive.
				visitorExamples:
				  - can i uber after
				  - "  "
				""");
		assertThatExceptionOfType(IntentFileException.class).isThrownBy(() -> IntentCatalog.load(this.directory))
			.withMessageContaining("driving.yaml")
			.withMessageContaining("empty visitor example");
	}

	@Test
	void ofWhenAVisitorExampleRepeatsAPhraseOfAnotherIntentFails() {
		IntentDefinition a = new IntentDefinition("a", Route.ANSWER, null, List.of("Is it safe?"), "A.", List.of(),
				null);
		IntentDefinition b = new IntentDefinition("b", Route.ANSWER, null, List.of("is it risky"), "B.", List.of(),
				null, List.of("is  it SAFE?"));
		assertThatExceptionOfType(IntentFileException.class).isThrownBy(() -> IntentCatalog.of(List.of(a, b)))
			.withMessageContaining("appears twice");
	}

	@Test
	void withExampleAddsToTheExamplesAndKeepsTheVisitorExamples() {
		IntentDefinition a = new IntentDefinition("a", Route.ANSWER, null, List.of("one"), "A.", List.of(), null,
				List.of("uno"));
		IntentDefinition taught = IntentCatalog.of(List.of(a)).withExample("a", "two").get("a");
		assertThat(taught.examples()).containsExactly("one", "two");
		assertThat(taught.visitorExamples()).containsExactly("uno");
	}

	@Test
	void curatedFolderHasVisitorExamplesOnlyBesideEnoughExamples() {
		IntentCatalog catalog = IntentCatalog.load(INTENTS);
		assertThat(catalog.all()).flatExtracting(IntentDefinition::visitorExamples).hasSizeGreaterThan(1000);
		// the train-s6 batch's off-topic lines stay out (they cost MedQuAD questions); there are session 8's own everyday
		// questions in the words of a risk question (40) and the train-s9 training halves of other-medicine and
		// everyday off-topic questions (123: they cut MedQuAD questions answered) and those of train-s10 (43) and train-s11
		// (40), kept out of the risk detector
		assertThat(catalog.get("out_of_scope").visitorExamples()).hasSize(246)
			.allSatisfy((phrase) -> assertThat(phrase).doesNotContainIgnoringCase("ketamine"));
	}

	/**
	 * The contract names of INTENTS.md, kept as a fixture so the test runs without the shared folder.
	 */
	private static Set<String> documentedIntents() throws IOException {
		Path names = Path.of("src/test/resources/com/clinicfaq/chatbot/intents/contract-intents.txt");
		Set<String> documented = Files.readAllLines(names).stream().filter((line) -> !line.isBlank())
			.collect(Collectors.toSet());
		assertThat(documented).hasSize(43);
		return documented;
	}

}
