package com.clinicfaq.chatbot.channels;

import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.intents.Route;

/**
 * The chat core's turn for one channel message and its rendering.
 *
 * @param turn the turn, as recorded in the transcript
 * @param rendered the reply as the channel shows it
 * @param firstDelivery {@code false} when this is the stored reply to a provider's retry of a message already
 * answered: nothing was recorded again and nothing should be sent again
 */
public record ChannelReply(ChatTurn turn, RenderedReply rendered, boolean firstDelivery) {

	public boolean handedOff() {
		return this.turn.route() == Route.HANDOFF;
	}

	ChannelReply asRedelivery() {
		return new ChannelReply(this.turn, this.rendered, false);
	}

}
