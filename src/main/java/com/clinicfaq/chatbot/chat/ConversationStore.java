package com.clinicfaq.chatbot.chat;

import java.time.Duration;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Conversation state held in memory with an idle expiry; the transcript files, not this store, are the record.
 */
public class ConversationStore {

	private final Cache<String, Conversation> conversations;

	public ConversationStore(Duration idle, long maximumSize) {
		this(idle, maximumSize, Ticker.systemTicker());
	}

	/**
	 * A store whose idle time is measured by the given ticker (tests move time forward instead of waiting).
	 */
	public ConversationStore(Duration idle, long maximumSize, Ticker ticker) {
		this.conversations = Caffeine.newBuilder()
			.expireAfterAccess(idle)
			.maximumSize(maximumSize)
			.ticker(ticker)
			.executor(Runnable::run)
			.build();
	}

	/**
	 * The conversation with this id, or a new one when it is unknown or has expired.
	 */
	public Conversation find(String id) {
		Conversation conversation = this.conversations.getIfPresent(id);
		return (conversation != null) ? conversation : Conversation.start(id);
	}

	/**
	 * Changes the conversation with this id. A conversation left with nothing to remember (a handoff cleared its
	 * context) is forgotten rather than kept: {@link #find(String)} starts the same conversation again, and a visitor
	 * who asked one off-topic question and left takes no memory for the idle time.
	 */
	public void update(String id, UnaryOperator<Conversation> change) {
		this.conversations.asMap().compute(id, (key, current) -> {
			Conversation changed = change.apply((current != null) ? current : Conversation.start(id));
			return changed.remembersNothing() ? null : changed;
		});
	}

	/** How many conversations are remembered (approximately: expired ones may still count until cleaned up). */
	long size() {
		return this.conversations.estimatedSize();
	}

	public void forget(String id) {
		this.conversations.invalidate(id);
	}

}
