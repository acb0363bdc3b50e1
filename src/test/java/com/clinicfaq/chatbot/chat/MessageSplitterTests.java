package com.clinicfaq.chatbot.chat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MessageSplitter}.
 */
class MessageSplitterTests {

	@Test
	void sentencesSplitsOnSentenceEndsAndLineBreaks() {
		assertThat(MessageSplitter.sentences("I have had depression for years. Nothing worked!\nHow fast does it work?"))
			.containsExactly("I have had depression for years.", "Nothing worked!", "How fast does it work?");
	}

	@Test
	void sentencesSplitsTwoQuestionsJoinedByAnd() {
		assertThat(MessageSplitter.sentences("how long is a session and can I drive after?"))
			.containsExactly("how long is a session", "can I drive after?");
		assertThat(MessageSplitter.sentences("I'd like to know the price and whether I need a referral"))
			.containsExactly("I'd like to know the price", "whether I need a referral");
		assertThat(MessageSplitter.sentences("how much is it n can a 17 yr old get it"))
			.containsExactly("how much is it", "can a 17 yr old get it");
	}

	@Test
	void sentencesSplitsASecondQuestionAskedInStatementOrder() {
		assertThat(MessageSplitter.sentences("what do the sessions cost, and I can pay monthly?"))
			.containsExactly("what do the sessions cost", "I can pay monthly?");
		assertThat(MessageSplitter.sentences("how soon does it work and my husband should come with me?"))
			.containsExactly("how soon does it work", "my husband should come with me?");
	}

	@Test
	void sentencesSplitsTwoQuestionsSplicedWithAComma() {
		assertThat(MessageSplitter.sentences("how much is one session, do you offer payment plans?"))
			.containsExactly("how much is one session", "do you offer payment plans?");
		assertThat(MessageSplitter.sentences("if I have anxiety, can I still come?"))
			.containsExactly("if I have anxiety, can I still come?");
		assertThat(MessageSplitter.sentences("so, what is it")).containsExactly("so, what is it");
	}

	@Test
	void sentencesSplitsOneRequestForTwoThings() {
		assertThat(MessageSplitter.sentences("tell me about the dosing and the monitoring"))
			.containsExactly("tell me about the dosing", "tell me about the monitoring");
		assertThat(MessageSplitter.sentences("what about my lithium and my lamictal?"))
			.containsExactly("what about my lithium and my lamictal?");
		assertThat(MessageSplitter.sentences("I want to know the side effects and also the price"))
			.containsExactly("I want to know the side effects", "I want to know the price");
		assertThat(MessageSplitter.sentences("tell me the difference between the spray and the infusion"))
			.containsExactly("tell me the difference between the spray and the infusion");
	}

	@Test
	void askedMarksTheClausesJoinedInOneSentence() {
		assertThat(MessageSplitter.asked("Is it safe? what about for teens?"))
			.extracting(MessageSplitter.Question::joined)
			.containsExactly(false, false);
		assertThat(MessageSplitter.asked("is it safe, and what does it cost?"))
			.extracting(MessageSplitter.Question::joined)
			.containsExactly(true, true);
	}

	// session 48 (our own sentences)
	@Test
	void questionsSplitsAShortItIsQuestionAskedInStatementOrderAfterAQuestion() {
		assertThat(MessageSplitter.questions("How is ketamine given and it is safe?"))
			.containsExactly("How is ketamine given", "it is safe?");
		assertThat(MessageSplitter.questions("I read about it and it is legal?"))
			.containsExactly("I read about it and it is legal?");
		assertThat(MessageSplitter.questions("how long is a session and it is painful or not at all?"))
			.containsExactly("how long is a session", "it is painful or not at all?");
	}

	@Test
	void sentencesKeepsAStatementJoinedToAModalClause() {
		assertThat(MessageSplitter.sentences("I take lithium and I can't stop it?"))
			.containsExactly("I take lithium and I can't stop it?");
		assertThat(MessageSplitter.sentences("what does it feel like, and I should know this before I book"))
			.containsExactly("what does it feel like, and I should know this before I book");
	}

	@Test
	void sentencesSplitsQuestionsJoinedByPlusOrOpenedByWhats() {
		assertThat(MessageSplitter.sentences("can i do it if im 17 + how much per session"))
			.containsExactly("can i do it if im 17", "how much per session");
		assertThat(MessageSplitter.sentences("whats the price and whats the success rate for depression"))
			.containsExactly("whats the price", "whats the success rate for depression");
	}

	@Test
	void sentencesKeepsAVerbThatGoesOnTheSentenceBefore() {
		assertThat(MessageSplitter.sentences("I live alone and would have to arrange rides with my neighbors."))
			.containsExactly("I live alone and would have to arrange rides with my neighbors.");
		assertThat(MessageSplitter.sentences("the first drug helped and did not last"))
			.containsExactly("the first drug helped and did not last");
		assertThat(MessageSplitter.questions("I read a lot about it. I live alone and would have to arrange rides. "
				+ "How many sessions does a course involve?"))
			.containsExactly("How many sessions does a course involve?");
	}

	@Test
	void sentencesSplitsAtADashBetweenWordsOnly() {
		assertThat(MessageSplitter.sentences("And the nasal spray - is that one FDA approved?"))
			.containsExactly("And the nasal spray", "is that one FDA approved?");
		assertThat(MessageSplitter.sentences("the infusion \u2014 how long is it"))
			.containsExactly("the infusion", "how long is it");
		assertThat(MessageSplitter.sentences("is it 2 - 3 hours")).containsExactly("is it 2 - 3 hours");
		assertThat(MessageSplitter.sentences("is there a follow-up visit")).containsExactly("is there a follow-up visit");
	}

	@Test
	void sentencesSplitsTheItemsOfANumberedList() {
		assertThat(MessageSplitter.questions("Two questions. 1) how long is a session 2) do i need someone to drive me home"))
			.containsExactly("how long is a session", "do i need someone to drive me home");
		assertThat(MessageSplitter.sentences("I was given 0.5 mg per kg")).containsExactly("I was given 0.5 mg per kg");
	}

	@Test
	void sentencesSplitsAQuestionRunOnWithoutAMark() {
		assertThat(MessageSplitter.sentences("how much does it cost how long does it last"))
			.containsExactly("how much does it cost", "how long does it last");
		assertThat(MessageSplitter.sentences("is it safe what are the side effects"))
			.containsExactly("is it safe", "what are the side effects");
		assertThat(MessageSplitter.sentences("do you know what is the price")).containsExactly("do you know what is the price");
		assertThat(MessageSplitter.sentences("can you tell me how long does it last"))
			.containsExactly("can you tell me how long does it last");
		assertThat(MessageSplitter.sentences("i wonder what is in the spray")).containsExactly("i wonder what is in the spray");
	}

	@Test
	void sentencesKeepsAndInsideOneQuestion() {
		assertThat(MessageSplitter.sentences("is ketamine safe and effective")).containsExactly("is ketamine safe and effective");
	}

	@Test
	void questionsKeepsOnlyTheSentencesThatAsk() {
		assertThat(MessageSplitter.questions(
				"My sister drove me here. I tried five medicines. I want to know if it could help with pain. Thanks"))
			.containsExactly("I want to know if it could help with pain.");
		assertThat(MessageSplitter.questions("so two things, what should I avoid after my session, and also can I "
				+ "have coffee before I come in"))
			.containsExactly("so two things, what should I avoid after my session", "can I have coffee before I come in");
		assertThat(MessageSplitter.questions("Two questions: is it approved, and will Medicare pay for it?"))
			.containsExactly("is it approved", "will Medicare pay for it?");
		assertThat(MessageSplitter.isQuestion("what about lithium")).isTrue();
		assertThat(MessageSplitter.isQuestion("so how long does it last")).isTrue();
		assertThat(MessageSplitter.isQuestion("My doctor suggested it.")).isFalse();
		// session 48 (our own sentences)
		assertThat(MessageSplitter.isQuestion("I guess what I actually want to know is whether it hurts.")).isTrue();
		assertThat(MessageSplitter.isQuestion("My real question is the price, honestly.")).isTrue();
		assertThat(MessageSplitter.isQuestion("I actually want to go next week.")).isFalse();
	}

	@Test
	void aTextedAndOrPlusLeadsASecondQuestion() {
		assertThat(MessageSplitter.questions("is it addictive? n wat r the side effects"))
			.containsExactly("is it addictive?", "n wat r the side effects");
		assertThat(MessageSplitter.questions("how much is it? plus how many sessions do i need"))
			.containsExactly("how much is it?", "plus how many sessions do i need");
		assertThat(MessageSplitter.isQuestion("n my sister drove me")).isFalse();
	}


	@Test
	void withoutLeadInsDropsTheSentencesThatOnlyLeadIn() {
		assertThat(MessageSplitter.withoutLeadIns("Cool. Thanks! And for the shot?", (sentence) -> !sentence.contains("?")))
			.isEqualTo("And for the shot?");
		assertThat(MessageSplitter.withoutLeadIns("How long? It matters", (sentence) -> false))
			.isEqualTo("How long? It matters");
		assertThat(MessageSplitter.withoutLeadIns("ok. thanks.", (sentence) -> true)).isEmpty();
	}

	@Test
	void punctuationSpelledOutByVoiceTypingIsReadAsMarks() {
		assertThat(MessageSplitter.punctuationSpelledOut("is it painful question mark"))
			.isEqualTo("is it painful?");
		assertThat(MessageSplitter.punctuationSpelledOut("my session is friday full stop what should I eat question mark"))
			.isEqualTo("my session is friday. what should I eat?");
		assertThat(MessageSplitter.punctuationSpelledOut("how long is the observation period"))
			.isEqualTo("how long is the observation period");
	}

	@Test
	void sentencesSplitsTwoTopicsNamedAlone() {
		assertThat(MessageSplitter.sentences("dosage & price?")).containsExactly("dosage?", "price?");
		assertThat(MessageSplitter.sentences("nausea and headaches?")).containsExactly("nausea?", "headaches?");
		assertThat(MessageSplitter.sentences("ketamine and alcohol?")).hasSize(1);
		assertThat(MessageSplitter.sentences("spray vs infusion?")).hasSize(1);
		assertThat(MessageSplitter.sentences("can I eat and drink?")).hasSize(1);
	}

	@Test
	void askedReadsABareQuestionWithTheSentenceBeforeIt() {
		assertThat(MessageSplitter.questions("A friend told me you only need one infusion. Is that true?"))
			.containsExactly("A friend told me you only need one infusion. Is that true?");
		assertThat(MessageSplitter.questions("Which is it?")).containsExactly("Which is it?");
	}

	@org.junit.jupiter.api.Test
	void sentencesWhenMarksAreDoubledEndOneSentence() {
		assertThat(MessageSplitter.sentences("is that permanent??")).containsExactly("is that permanent??");
		assertThat(MessageSplitter.sentences("really?! ok")).hasSize(2);
		assertThat(MessageSplitter.sentences("how much?and the spray")).hasSize(2);
	}

}
