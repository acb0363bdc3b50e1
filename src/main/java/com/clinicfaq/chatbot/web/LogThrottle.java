package com.clinicfaq.chatbot.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Decides whether one more log line of a kind may be written, so that a client repeating the same bad request cannot
 * flood the log: at most {@code perWindow} lines of a kind per window; the rest are counted and the count is
 * reported with the first line of the next window. The number of kinds is capped, so the map stays small too.
 */
class LogThrottle {

	private static final int MAX_KINDS = 256;

	private final int perWindow;

	private final Duration window;

	private final Clock clock;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	LogThrottle(int perWindow, Duration window, Clock clock) {
		this.perWindow = perWindow;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Whether a line of this kind may be written now; when it may, {@code suppressed} tells how many lines of the
	 * kind were held back since the last one written.
	 */
	Permit permit(String kind) {
		String key = (this.windows.size() < MAX_KINDS || this.windows.containsKey(kind)) ? kind : "other";
		Instant now = this.clock.instant();
		Window updated = this.windows.compute(key, (k, current) -> {
			if (current == null) {
				return new Window(now, 1, 0, 0);
			}
			if (now.isAfter(current.start().plus(this.window))) {
				return new Window(now, 1, 0, current.held());
			}
			return (current.written() < this.perWindow) ? new Window(current.start(), current.written() + 1, 0,
					current.held()) : new Window(current.start(), current.written(), 1, current.held() + 1);
		});
		if (updated.refused() > 0) {
			return new Permit(false, 0);
		}
		long held = updated.held();
		if (held > 0) {
			this.windows.computeIfPresent(key,
					(k, current) -> new Window(current.start(), current.written(), current.refused(), 0));
		}
		return new Permit(true, held);
	}

	record Permit(boolean allowed, long suppressed) {
	}

	private record Window(Instant start, int written, int refused, long held) {
	}

}
