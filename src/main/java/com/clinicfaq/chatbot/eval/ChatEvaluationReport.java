package com.clinicfaq.chatbot.eval;

import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;

/**
 * The figures of a conversation replay: per kind of message, and the misses (for development sets only).
 *
 * @param cases how many conversations were replayed
 * @param kinds the figures of each kind, by kind name
 * @param misses every turn whose reply was not the expected one
 */
public record ChatEvaluationReport(int cases, Map<String, KindFigures> kinds, List<Miss> misses) {

	/**
	 * A turn that went wrong.
	 *
	 * @param id the case id
	 * @param kind the case's kind
	 * @param turn the turn's index in the case
	 * @param text what the visitor wrote
	 * @param expected the expected route, reason and intents
	 * @param got what the service did
	 * @param ranking the best three intents of the ranking the reply rests on, with their confidences
	 * @param context how the conversation was used for the reply ({@code ContextUse}), or {@code null}
	 */
	public record Miss(String id, String kind, int turn, String text, String expected, String got, String ranking,
			String context) {
	}

	/**
	 * The counts of one kind of message. "In scope" turns are those that expect an answer or a requested handoff.
	 */
	public static final class KindFigures {

		private final String kind;

		private int turns;

		private int right;

		private int inScope;

		private int clarified;

		private int clarifiedWithRightOption;

		private int expectedUnmatched;

		private int handedOffUnmatched;

		private int answeredInsteadOfUnmatched;

		private int conversations;

		private int lastTurnsRight;

		private int twoQuestionTurns;

		private int bothAnswered;

		private int oneAnswered;

		KindFigures(String kind) {
			this.kind = kind;
		}

		void count(ChatCase.Turn expected, Route route, HandoffReason reason, List<String> answered,
				List<String> options, boolean rightTurn, boolean last) {
			this.turns++;
			this.right += rightTurn ? 1 : 0;
			if (last) {
				this.conversations++;
				this.lastTurnsRight += rightTurn ? 1 : 0;
			}
			if (expected.expectsUnmatched()) {
				this.expectedUnmatched++;
				this.handedOffUnmatched += (route == Route.HANDOFF && reason == HandoffReason.UNMATCHED) ? 1 : 0;
				this.answeredInsteadOfUnmatched += (route == Route.ANSWER) ? 1 : 0;
				return;
			}
			this.inScope++;
			if (route == Route.CLARIFY) {
				this.clarified++;
				this.clarifiedWithRightOption += options.stream().anyMatch(expected.intents()::contains) ? 1 : 0;
			}
			if (expected.intents().size() > 1 && !expected.ambiguous()) {
				this.twoQuestionTurns++;
				long hits = expected.intents().stream().filter(answered::contains).count();
				this.bothAnswered += (route == Route.ANSWER && hits == expected.intents().size()) ? 1 : 0;
				this.oneAnswered += (route == Route.ANSWER && hits > 0 && hits < expected.intents().size()) ? 1 : 0;
			}
		}

		public String getKind() {
			return this.kind;
		}

		public int getTurns() {
			return this.turns;
		}

		public int getRight() {
			return this.right;
		}

		public int getInScope() {
			return this.inScope;
		}

		public int getClarified() {
			return this.clarified;
		}

		public int getClarifiedWithRightOption() {
			return this.clarifiedWithRightOption;
		}

		public int getExpectedUnmatched() {
			return this.expectedUnmatched;
		}

		public int getHandedOffUnmatched() {
			return this.handedOffUnmatched;
		}

		public int getAnsweredInsteadOfUnmatched() {
			return this.answeredInsteadOfUnmatched;
		}

		public int getConversations() {
			return this.conversations;
		}

		public int getLastTurnsRight() {
			return this.lastTurnsRight;
		}

		public int getTwoQuestionTurns() {
			return this.twoQuestionTurns;
		}

		public int getBothAnswered() {
			return this.bothAnswered;
		}

		public int getOneAnswered() {
			return this.oneAnswered;
		}

	}

}
