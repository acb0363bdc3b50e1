package com.clinicfaq.chatbot.channels;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the options a conversation was offered last, so that a reply of "1" or "2" on a channel without buttons
 * is understood as that option.
 */
public class OfferedOptions {

	private static final Pattern NUMBER = Pattern.compile("\\s*#?(\\d{1,2})[.)]?\\s*");

	private final Cache<String, List<String>> offered;

	public OfferedOptions(Duration idle, long maximumSize) {
		this.offered = Caffeine.newBuilder().expireAfterWrite(idle).maximumSize(maximumSize).build();
	}

	public void remember(String conversationId, List<String> options) {
		if (options.isEmpty()) {
			this.offered.invalidate(conversationId);
		}
		else {
			this.offered.put(conversationId, List.copyOf(options));
		}
	}

	/**
	 * The option the text chooses by number, or the text itself when it is not the number of an offered option.
	 */
	public String resolve(String conversationId, String text) {
		Matcher number = NUMBER.matcher(text);
		List<String> options = this.offered.getIfPresent(conversationId);
		if (options == null || !number.matches()) {
			return text;
		}
		int index = Integer.parseInt(number.group(1)) - 1;
		return (index >= 0 && index < options.size()) ? options.get(index) : text;
	}

}
