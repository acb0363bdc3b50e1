package com.clinicfaq.chatbot.chat;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The routing thresholds and how long a conversation is remembered. The defaults were chosen by measurement on the
 * held-out visitor messages (see docs/measurements.md).
 *
 * @param answerThreshold the confidence at or above which an answer intent is answered
 * @param fallbackThreshold below this confidence the message is handed off as unmatched
 * @param clarifyMargin when the two best intents are closer than this, the bot asks which was meant
 * @param followUpOwnThreshold a follow-up whose best intent has at least this confidence on its own is understood
 * without the message it follows
 * @param conversationIdle how long an idle conversation's state is kept
 * @param maxConversations how many conversations are remembered at once
 * @param unanchoredAnswerThreshold a one-sentence message that neither names ketamine treatment nor points at it
 * ("it", "this") and does not follow an answer is answered only from this confidence; below it the bot asks "did you mean
 * ...?" (questions about other medicines and conditions land on a topic with little confidence)
 */
@Validated
@ConfigurationProperties("chatbot.routing")
public record RoutingProperties(@DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("1.0") double answerThreshold,
		@DefaultValue("0.2") @DecimalMin("0.0") @DecimalMax("1.0") double fallbackThreshold,
		@DefaultValue("0.06") @DecimalMin("0.0") @DecimalMax("1.0") double clarifyMargin,
		@DefaultValue("0.7") @DecimalMin("0.0") @DecimalMax("1.0") double followUpOwnThreshold,
		@DefaultValue("30m") Duration conversationIdle, @DefaultValue("100000") long maxConversations,
		@DefaultValue("0.35") @DecimalMin("0.0") @DecimalMax("1.0") double unanchoredAnswerThreshold) {

	public RoutingProperties {
		if (fallbackThreshold > answerThreshold) {
			throw new IllegalArgumentException("chatbot.routing.fallback-threshold (" + fallbackThreshold
					+ ") must not be above answer-threshold (" + answerThreshold + ")");
		}
	}

}
