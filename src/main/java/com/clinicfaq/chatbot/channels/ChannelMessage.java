package com.clinicfaq.chatbot.channels;

/**
 * One inbound message from a provider, already verified.
 *
 * @param channel the transcript's channel name ({@code sms}, {@code whatsapp}, {@code slack}, ...)
 * @param deliveryId the provider's message or event id: a retried delivery carries the same one
 * @param sender the provider's user or thread id; only its keyed hash is kept
 * @param text what the person wrote
 * @param format how replies on this channel are rendered
 */
public record ChannelMessage(String channel, String deliveryId, String sender, String text, ChannelFormat format) {

	public ChannelMessage {
		if (channel == null || deliveryId == null || sender == null || text == null || format == null) {
			throw new IllegalArgumentException("A channel message needs a channel, a delivery id, a sender, text "
					+ "and a format");
		}
	}

}
