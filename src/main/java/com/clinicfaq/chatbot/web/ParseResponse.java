package com.clinicfaq.chatbot.web;

import java.util.List;

import com.clinicfaq.chatbot.chat.Classification;
import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.web.ChatMessageResponse.IntentScore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /api/v1/parse}: what the service understood, without a reply.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ParseResponse(IntentScore intent, List<IntentScore> ranking, Route route, HandoffReason handoffReason) {

	static ParseResponse from(Classification classification) {
		return new ParseResponse(IntentScore.of(classification.intent()), IntentScore.of(classification.ranking()),
				classification.decision().route(), classification.decision().reason());
	}

}
