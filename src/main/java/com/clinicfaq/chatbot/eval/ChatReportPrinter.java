package com.clinicfaq.chatbot.eval;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints a conversation replay's figures as a table, aggregates only (never a message).
 */
final class ChatReportPrinter {

	private ChatReportPrinter() {
	}

	static void print(ChatEvaluationReport report, PrintStream out) {
		out.printf(Locale.ROOT, "%-26s %6s %14s %16s %14s %16s%n", "kind", "turns", "right", "clarify(in scope)",
				"right offered", "last turn right");
		int turns = 0;
		int right = 0;
		int inScope = 0;
		int clarified = 0;
		int offered = 0;
		for (ChatEvaluationReport.KindFigures kind : report.kinds().values()) {
			out.printf(Locale.ROOT, "%-26s %6d %14s %16s %14s %16s%n", kind.getKind(), kind.getTurns(),
					share(kind.getRight(), kind.getTurns()), share(kind.getClarified(), kind.getInScope()),
					kind.getClarified() + ":" + kind.getClarifiedWithRightOption(),
					kind.getLastTurnsRight() + "/" + kind.getConversations());
			turns += kind.getTurns();
			right += kind.getRight();
			inScope += kind.getInScope();
			clarified += kind.getClarified();
			offered += kind.getClarifiedWithRightOption();
		}
		out.printf(Locale.ROOT, "%-26s %6d %14s %16s %14s%n", "all", turns, share(right, turns),
				share(clarified, inScope), clarified + ":" + offered);
		for (ChatEvaluationReport.KindFigures kind : report.kinds().values()) {
			if (kind.getExpectedUnmatched() > 0) {
				out.printf(Locale.ROOT, "%-26s expected unmatched %d: handed off %d, answered %d, other %d%n",
						kind.getKind(), kind.getExpectedUnmatched(), kind.getHandedOffUnmatched(),
						kind.getAnsweredInsteadOfUnmatched(), kind.getExpectedUnmatched()
								- kind.getHandedOffUnmatched() - kind.getAnsweredInsteadOfUnmatched());
			}
			if (kind.getTwoQuestionTurns() > 0) {
				out.printf(Locale.ROOT, "%-26s two-question turns %d: both answered %d, one answered %d%n",
						kind.getKind(), kind.getTwoQuestionTurns(), kind.getBothAnswered(), kind.getOneAnswered());
			}
		}
	}

	/**
	 * One line: all turns right, info right, in-scope clarify share with the right option offered, other-medicine
	 * handed off and answered, follow-ups' last turns right, two questions both answered.
	 */
	static String summary(ChatEvaluationReport report) {
		int turns = 0;
		int right = 0;
		int inScope = 0;
		int clarified = 0;
		int offered = 0;
		for (ChatEvaluationReport.KindFigures kind : report.kinds().values()) {
			turns += kind.getTurns();
			right += kind.getRight();
			inScope += kind.getInScope();
			clarified += kind.getClarified();
			offered += kind.getClarifiedWithRightOption();
		}
		ChatEvaluationReport.KindFigures none = new ChatEvaluationReport.KindFigures("none");
		ChatEvaluationReport.KindFigures info = report.kinds().getOrDefault("info", none);
		ChatEvaluationReport.KindFigures other = report.kinds().getOrDefault("other_medicine", none);
		ChatEvaluationReport.KindFigures offtopic = report.kinds().getOrDefault("offtopic", none);
		ChatEvaluationReport.KindFigures followup = report.kinds().getOrDefault("followup", none);
		ChatEvaluationReport.KindFigures two = report.kinds().getOrDefault("two_questions", none);
		return String.format(Locale.ROOT,
				"all %s | info %s | clarify %s offered %d/%d | other-med off %d ans %d /%d | offtopic %d/%d"
						+ " | followup %d/%d | two %d/%d",
				share(right, turns), share(info.getRight(), info.getTurns()), share(clarified, inScope), offered,
				clarified, other.getHandedOffUnmatched(), other.getAnsweredInsteadOfUnmatched(),
				other.getExpectedUnmatched(), offtopic.getHandedOffUnmatched(), offtopic.getExpectedUnmatched(),
				followup.getLastTurnsRight(), followup.getConversations(), two.getBothAnswered(),
				two.getTwoQuestionTurns());
	}

	private static String share(int count, int total) {
		return (total == 0) ? "n/a" : String.format(Locale.ROOT, "%d (%.1f%%)", count, 100.0 * count / total);
	}

}
