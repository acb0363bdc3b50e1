package com.clinicfaq.chatbot.chat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ForeignGloss}: which messages are read as another language, and the English they are read as.
 */
class ForeignGlossTests {

	private final ForeignGloss gloss = ForeignGloss.shipped();

	@Test
	void readWhenASpanishQuestionGivesItsEnglishGloss() {
		ForeignGloss.Gloss read = this.gloss.read("¿Cuánto cuesta una sesión de ketamina?").orElseThrow();
		assertThat(read.language()).isEqualTo("es");
		assertThat(read.english()).isEqualTo("how much does it cost a session of ketamine?");
	}

	@Test
	void readWhenEachLanguageAsksAboutSideEffectsGlossesThePhrase() {
		assertThat(this.gloss.read("Quais são os efeitos colaterais da cetamina?").orElseThrow())
			.isEqualTo(new ForeignGloss.Gloss("pt", "which are the side effects of the ketamine?"));
		assertThat(this.gloss.read("Quels sont les effets secondaires de la kétamine ?").orElseThrow())
			.isEqualTo(new ForeignGloss.Gloss("fr", "which are the side effects of the ketamine?"));
		assertThat(this.gloss.read("Welche Nebenwirkungen hat Ketamin?").orElseThrow())
			.isEqualTo(new ForeignGloss.Gloss("de", "which side effects has ketamine?"));
		assertThat(this.gloss.read("Quali sono gli effetti collaterali della ketamina?").orElseThrow())
			.isEqualTo(new ForeignGloss.Gloss("it", "which are the side effects of the ketamine?"));
	}

	@Test
	void readWhenAGermanWordIsAlsoEnglishStillReadsGerman() {
		assertThat(this.gloss.read("Was kostet eine Ketamin-Sitzung?").orElseThrow())
			.isEqualTo(new ForeignGloss.Gloss("de", "how much does cost a ketamine session?"));
	}

	@Test
	void readWhenAnUnknownWordIsKeptAsWritten() {
		assertThat(this.gloss.read("¿Cuáles son los efectos secundarios de la vortioxetina?").orElseThrow().english())
			.isEqualTo("which are the side effects of the vortioxetina?");
	}

	// session 56: common medicines as Spanish, Portuguese and Italian write them (the glossary's session 56 block)
	@Test
	void readWhenAMedicineIsNamedAsTheLanguageWritesItGivesItsEnglishName() {
		assertThat(this.gloss.read("¿Cuáles son los efectos secundarios de la sertralina?").orElseThrow().english())
			.isEqualTo("which are the side effects of the sertraline?");
		assertThat(this.gloss.read("Posso fazer cetamina se estou tomando lamotrigina?").orElseThrow().english())
			.isEqualTo("can i do ketamine if i am taking lamotrigine?");
	}

	// session 57: farewells, no reason to live, never waking up, and the everyday twins that say see you tomorrow or
	// ask to move an appointment (the glossary's session 57 block)
	@Test
	void readWhenAFarewellOrAWishNotToWakeIsWrittenGivesTheEnglishDangerWords() {
		assertThat(this.gloss.read("Lebt wohl, ich werde morgen nicht mehr da sein.").orElseThrow().english())
			.isEqualTo("farewell forever, i will tomorrow not be here anymore.");
		assertThat(this.gloss.read("Não tenho mais nenhum motivo para viver.").orElseThrow().english())
			.isEqualTo("i have no more reason to live.");
		assertThat(this.gloss.read("Addio a tutti, grazie di tutto, domani non ci sarò più.").orElseThrow().english())
			.isEqualTo("goodbye everyone, thank you of everything, tomorrow i will not be here anymore.");
		assertThat(this.gloss.read("À demain, merci pour tout !").orElseThrow().english())
			.isEqualTo("see you tomorrow, thank you for everything!");
		assertThat(this.gloss.read("Demain je ne serai pas là, je peux changer le rendez-vous?").orElseThrow().english())
			.isEqualTo("tomorrow i will not be there, can i change the appointment?");
	}

	@Test
	void readWhenAnEnglishMessageHasAForeignWordLeavesItAlone() {
		assertThat(this.gloss.read("how much per sesion")).isEmpty();
		assertThat(this.gloss.read("is ketamina seguro?")).isEmpty();
		assertThat(this.gloss.read("obrigado!! very useful info")).isEmpty();
		assertThat(this.gloss.read("do u guys do payment plans")).isEmpty();
		assertThat(this.gloss.read("what are the side effects of ketamine")).isEmpty();
	}

	@Test
	void readWhenOnlyOneWordTellsTheLanguageLeavesItAlone() {
		assertThat(this.gloss.read("hola")).isEmpty();
		assertThat(this.gloss.read("ketamina?")).isEmpty();
		assertThat(this.gloss.read("")).isEmpty();
		assertThat(this.gloss.read("👍🙂")).isEmpty();
	}

	@Test
	void noteWhenEachLanguageSaysTheAnswerIsInEnglish() {
		assertThat(ForeignGloss.note("es")).contains("inglés");
		assertThat(ForeignGloss.note("pt")).contains("inglês");
		assertThat(ForeignGloss.note("fr")).contains("anglais");
		assertThat(ForeignGloss.note("de")).contains("Englisch");
		assertThat(ForeignGloss.note("it")).contains("inglese");
	}

	@Test
	void readWhenTheGlossaryHasABadLineNamesIt() {
		String glossary = "es\tmarkers\tque el\nes\tsesion\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> ForeignGloss.read(new ByteArrayInputStream(glossary.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("glossary.tsv:2");
	}

	@Test
	void readWhenAPhraseIsLongerThanAWordPrefersThePhrase() throws IOException {
		String glossary = "es\tmarkers\tque el la\nes\tque\twhat\nes\tque es\twhat is\nes\tla\tthe\n";
		ForeignGloss small = ForeignGloss.read(new ByteArrayInputStream(glossary.getBytes(StandardCharsets.UTF_8)));
		assertThat(small.read("que es la ketamina").orElseThrow().english()).isEqualTo("what is the ketamina");
	}

	@Test
	void readWhenAnAccentedEStandsAloneReadsItAsIsAndAPlainEAsAnd() throws IOException {
		String glossary = "it\tmarkers\tla sicura costa\nit\te\tand\nfr\test\tis\nit\tsicura\tsafe\nit\tcosta\tcosts\n";
		ForeignGloss small = ForeignGloss.read(new ByteArrayInputStream(glossary.getBytes(StandardCharsets.UTF_8)));
		assertThat(small.read("è sicura la ketamina e quanto costa").orElseThrow().english())
			.isEqualTo("is safe la ketamina and quanto costs");
	}

}
