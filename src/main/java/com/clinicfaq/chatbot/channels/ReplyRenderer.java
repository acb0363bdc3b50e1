package com.clinicfaq.chatbot.channels;

import java.util.List;
import java.util.stream.Collectors;

import com.clinicfaq.chatbot.answers.Answer;
import com.clinicfaq.chatbot.safety.CrisisLine;

/**
 * Renders a composed answer for one channel: numbered options where the channel has no buttons, the channel's
 * length limit, the short disclaimer on SMS. Crisis lines are never cut: when the answer has them and its text must
 * be shortened, they are written out again after the shortened text.
 */
public class ReplyRenderer {

	private static final String[][] GSM_SWAPS = { { "\u2018", "'" }, { "\u2019", "'" }, { "\u201C", "\"" },
			{ "\u201D", "\"" }, { "\u2013", "-" }, { "\u2014", "-" }, { "\u2026", "..." }, { "\u00A0", " " } };

	private final String shortDisclaimer;

	public ReplyRenderer(String shortDisclaimer) {
		if (shortDisclaimer == null || shortDisclaimer.isBlank()) {
			throw new IllegalArgumentException("The short disclaimer must not be empty");
		}
		this.shortDisclaimer = shortDisclaimer;
	}

	public RenderedReply render(Answer answer, ChannelFormat format) {
		List<String> options = answer.suggestions().stream().limit(format.maxOptions()).map((o) -> plain(o, format))
			.toList();
		String body = plain(answer.text(), format);
		String disclaimer = plain(format.shortDisclaimer() ? this.shortDisclaimer : answer.disclaimer(), format);
		List<CrisisLine> lines = answer.crisisLines();
		boolean linesInBody = lines.stream().allMatch((line) -> body.contains(plain(line.contact(), format)));
		String crisis = lines.isEmpty() ? "" : plain(crisisBlock(lines), format);
		String optionsBlock = (format.numberedOptions() && !options.isEmpty()) ? numbered(options) : "";
		String tail = (linesInBody ? "" : crisis) + optionsBlock + "\n\n" + disclaimer;
		if (body.length() + tail.length() <= format.maxLength()) {
			return new RenderedReply(body + tail, options);
		}
		if (linesInBody) {
			tail = crisis + tail;
		}
		if (tail.length() > format.maxLength() && !optionsBlock.isEmpty()) {
			tail = tail.replace(optionsBlock, "");
			options = List.of();
		}
		String ellipsis = format.plainCharacters() ? "..." : "\u2026";
		return new RenderedReply(shorten(body, format.maxLength() - tail.length(), ellipsis) + tail, options);
	}

	private static String numbered(List<String> options) {
		StringBuilder block = new StringBuilder("\n\nReply with a number:");
		for (int i = 0; i < options.size(); i++) {
			block.append('\n').append(i + 1).append(". ").append(options.get(i));
		}
		return block.toString();
	}

	private static String crisisBlock(List<CrisisLine> lines) {
		return "\n\nIf you are in crisis, please reach out now:\n"
				+ lines.stream().map((line) -> "- " + line.name() + ": " + line.contact())
					.collect(Collectors.joining("\n"));
	}

	/**
	 * The longest run of whole sentences that fits, or of whole words when even the first sentence does not.
	 */
	static String shorten(String text, int budget, String ellipsis) {
		int room = budget - ellipsis.length();
		if (room <= 0) {
			return "";
		}
		if (text.length() <= budget) {
			return text;
		}
		String head = text.substring(0, room);
		int sentenceEnd = -1;
		for (int i = head.length() - 1; i > 0; i--) {
			char c = head.charAt(i - 1);
			if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(head.charAt(i))) {
				sentenceEnd = i;
				break;
			}
		}
		if (sentenceEnd > 0) {
			return head.substring(0, sentenceEnd).strip() + " " + ellipsis;
		}
		int space = head.lastIndexOf(' ');
		return ((space > 0) ? head.substring(0, space) : head).strip() + ellipsis;
	}

	private static String plain(String text, ChannelFormat format) {
		if (!format.plainCharacters()) {
			return text;
		}
		String result = text;
		for (String[] swap : GSM_SWAPS) {
			result = result.replace(swap[0], swap[1]);
		}
		return result;
	}

}
