package com.clinicfaq.chatbot.web;

import java.util.List;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.chat.ContextUse;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.nlu.ScoredIntent;
import com.clinicfaq.chatbot.safety.CrisisLine;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a chat reply: the wire contract that channels and outside evaluations depend on. {@code context}, how
 * the conversation so far was used to read the message, is optional: absent when the message was read on its own.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ChatMessageResponse(String conversationId, String messageId, IntentScore intent, List<IntentScore> ranking,
		Route route, Handoff handoff, ReplyBody reply,
		@JsonInclude(JsonInclude.Include.NON_NULL) Context context) {

	static ChatMessageResponse from(ChatTurn turn, ClinicContact clinic) {
		Answer answer = turn.answer();
		Handoff handoff = (turn.route() == Route.HANDOFF) ? Handoff.of(turn.reason(), clinic, answer.crisisLines())
				: null;
		return new ChatMessageResponse(turn.conversationId(), turn.messageId(), IntentScore.of(turn.intent()),
				IntentScore.of(turn.ranking()), turn.route(), handoff,
				new ReplyBody(answer.text(), answer.disclaimer(), answer.suggestions(), answer.crisisLines()),
				Context.of(turn.context()));
	}

	/**
	 * How the conversation so far was used to read the message ({@code same_question}, {@code read_with_previous},
	 * ...), with a few words on what that means.
	 */
	record Context(String use, String why) {

		static Context of(ContextUse context) {
			return (context != null) ? new Context(context.value(), context.why()) : null;
		}

	}

	/**
	 * An intent and the classifier's confidence, rounded to four decimals.
	 */
	record IntentScore(String name, double confidence) {

		static IntentScore of(ScoredIntent scored) {
			return (scored != null) ? new IntentScore(scored.name(), Math.round(scored.confidence() * 10_000) / 10_000.0)
					: null;
		}

		static List<IntentScore> of(List<ScoredIntent> ranking) {
			return ranking.stream().map(IntentScore::of).toList();
		}

	}

	/**
	 * Who to contact instead of the bot, and why.
	 */
	record Handoff(HandoffReason reason, String name, String phone, String email, String hours, String bookingUrl,
			List<CrisisLine> crisisLines) {

		static Handoff of(HandoffReason reason, ClinicContact clinic, List<CrisisLine> crisisLines) {
			return new Handoff(reason, clinic.name(), clinic.phone(), clinic.email(), clinic.hours(),
					clinic.bookingUrl(), crisisLines);
		}

	}

	/**
	 * What the visitor reads.
	 */
	record ReplyBody(String text, String disclaimer, List<String> suggestions, List<CrisisLine> crisisLines) {
	}

}
