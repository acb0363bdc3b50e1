package com.clinicfaq.chatbot.channels;

/**
 * How replies are rendered on one channel.
 *
 * @param maxLength the longest reply text, in characters
 * @param numberedOptions whether suggestions are listed as "1. ...", "2. ..." in the text (the person answers with
 * the number); otherwise the channel shows them as buttons
 * @param shortDisclaimer whether the short disclaimer replaces the full one (SMS)
 * @param plainCharacters whether typographic quotes and dashes become ASCII, so an SMS stays in the GSM alphabet (a
 * single curly quote would make every segment 70 characters instead of 160)
 * @param maxOptions the most suggestions offered
 */
public record ChannelFormat(int maxLength, boolean numberedOptions, boolean shortDisclaimer, boolean plainCharacters,
		int maxOptions) {

	/** Four GSM segments (4 x 153 characters): long enough for the urgent reply, short enough to read on a phone. */
	public static final ChannelFormat SMS = new ChannelFormat(612, true, true, true, 3);

	/** WhatsApp text messages take up to 4096 characters; option buttons are limited to 20, too short for a question. */
	public static final ChannelFormat WHATSAPP = new ChannelFormat(4096, true, false, false, 5);

	/** Messenger text messages take up to 2000 characters. */
	public static final ChannelFormat MESSENGER = new ChannelFormat(2000, true, false, false, 5);

	/** Slack truncates messages over 40,000 characters and advises keeping text under 4,000. */
	public static final ChannelFormat SLACK = new ChannelFormat(4000, true, false, false, 5);

	/** Telegram messages take up to 4096 characters; suggestions go into an inline keyboard. */
	public static final ChannelFormat TELEGRAM = new ChannelFormat(4096, false, false, false, 5);

	/** Chatwoot relays to many inboxes (some of them SMS), so it gets the numbered form with a generous limit. */
	public static final ChannelFormat CHATWOOT = new ChannelFormat(4000, true, false, false, 5);

}
