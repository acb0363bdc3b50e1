package com.clinicfaq.chatbot.channels;

import com.clinicfaq.chatbot.chat.ChatRequest;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.chat.UnderstandingScheduler;
import com.clinicfaq.chatbot.transcripts.TranscriptWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The one way a channel reaches the chat core, the same core as {@code /api/v1/chat}: safety screen first, the same
 * routing, the same transcript (with the channel set and a keyed-hash conversation id). Adds what channels share:
 * one processing per provider delivery, numbered options, and rendering for the channel.
 */
public class ChannelChat {

	private static final Logger logger = LoggerFactory.getLogger(ChannelChat.class);

	private final ChatService chat;

	private final TranscriptWriter transcripts;

	private final ConversationIds conversationIds;

	private final ProcessedDeliveries deliveries;

	private final OfferedOptions options;

	private final ReplyRenderer renderer;

	private final int maxTextLength;

	public ChannelChat(ChatService chat, TranscriptWriter transcripts, ConversationIds conversationIds,
			ProcessedDeliveries deliveries, OfferedOptions options, ReplyRenderer renderer, int maxTextLength) {
		this.chat = chat;
		this.transcripts = transcripts;
		this.conversationIds = conversationIds;
		this.deliveries = deliveries;
		this.options = options;
		this.renderer = renderer;
		this.maxTextLength = maxTextLength;
	}

	/**
	 * Replies to a verified message, once per provider delivery. The turn is recorded before the reply is returned;
	 * if it cannot be, an urgent reply still goes out and any other fails, so the provider retries it.
	 */
	public Mono<ChannelReply> reply(ChannelMessage message) {
		return this.deliveries.once(message.channel() + ":" + message.deliveryId(), () -> answer(message));
	}

	public String conversationId(String channel, String sender) {
		return this.conversationIds.of(channel, sender);
	}

	private Mono<ChannelReply> answer(ChannelMessage message) {
		String conversationId = this.conversationIds.of(message.channel(), message.sender());
		// Understanding a message is CPU work: the understanding threads, never the event loop.
		return Mono.fromCallable(() -> this.chat.reply(new ChatRequest(conversationId, message.channel(),
				this.options.resolve(conversationId, limit(message.text())))))
			.subscribeOn(UnderstandingScheduler.shared())
			.flatMap((turn) -> record(turn).thenReturn(turn))
			.map((turn) -> {
				RenderedReply rendered = this.renderer.render(turn.answer(), message.format());
				this.options.remember(conversationId, rendered.options());
				return new ChannelReply(turn, rendered, true);
			});
	}

	private Mono<Void> record(ChatTurn turn) {
		return this.transcripts.record(turn).onErrorResume((ex) -> {
			logger.error("Cannot record turn {} of conversation {}", turn.messageId(), turn.conversationId(), ex);
			return turn.urgent() ? Mono.empty() : Mono.error(ex);
		});
	}

	private String limit(String text) {
		String stripped = text.strip();
		if (stripped.codePointCount(0, stripped.length()) <= this.maxTextLength) {
			return stripped;
		}
		return stripped.substring(0, stripped.offsetByCodePoints(0, this.maxTextLength));
	}

}
