package com.clinicfaq.chatbot.eval;

import java.util.List;

/**
 * One visitor conversation of a blind evaluation set: who wrote it, what kind of message it tests, and its turns with
 * what a good reply does.
 *
 * @param id the case id (also used as the conversation id)
 * @param persona who the writer pretended to be
 * @param kind {@code info}, {@code conversation}, {@code offtopic}, {@code other_medicine},
 * {@code ketamine_with_other_drug}, {@code two_questions}, {@code long_story} or {@code followup}
 * @param turns the visitor's messages in order
 */
public record ChatCase(String id, String persona, String kind, List<Turn> turns) {

	/**
	 * The same case where every answer turn that lists several intents is right when any of them is answered (or a
	 * clarifying question offers them all), except in a {@code two_questions} case, where both must be answered. Some
	 * writers list the intents that would each be a right answer (a follow-up "what about the spray?" after a question
	 * on approval: {@code esketamine} or {@code fda_approval}), not two questions to answer both.
	 */
	public ChatCase anyListedIntent() {
		if ("two_questions".equals(this.kind)) {
			return this;
		}
		List<Turn> lenient = this.turns.stream()
			.map((turn) -> (turn.expectsAnswer() && turn.intents().size() > 1)
					? new Turn(turn.text(), turn.route(), turn.intents(), turn.reason(), true) : turn)
			.toList();
		return new ChatCase(this.id, this.persona, this.kind, lenient);
	}

	public ChatCase {
		turns = List.copyOf(turns);
	}

	/**
	 * One visitor message and what the reply should be.
	 *
	 * @param text what the visitor wrote
	 * @param route {@code answer} or {@code handoff}
	 * @param intents the intents that should be answered (two for two questions), or the requested handoff's intent;
	 * empty for an unmatched handoff
	 * @param reason the handoff reason ({@code unmatched}, {@code requested}), or {@code null} for an answer
	 * @param ambiguous the first turn of a follow-up case that lists two readings: right when either is answered or
	 * when a clarifying question offers both (the writers' convention)
	 */
	public record Turn(String text, String route, List<String> intents, String reason, boolean ambiguous) {

		public Turn {
			intents = List.copyOf(intents);
		}

		boolean expectsAnswer() {
			return "answer".equals(this.route);
		}

		boolean expectsUnmatched() {
			return "handoff".equals(this.route) && "unmatched".equals(this.reason);
		}

	}

}
