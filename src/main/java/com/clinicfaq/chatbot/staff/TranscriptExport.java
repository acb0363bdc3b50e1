package com.clinicfaq.chatbot.staff;

import java.util.List;
import java.util.Locale;

import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.web.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;

/**
 * Writes transcript turns as CSV (RFC 4180) or JSON lines.
 * <p>
 * CSV cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) get a
 * leading apostrophe, since visitors write the text and staff open the file in a spreadsheet.
 */
class TranscriptExport {

	static final String CSV_HEADER = "time,conversationId,messageId,channel,text,intent,confidence,route,handoffReason,"
			+ "answerId,urgent";

	private final ObjectMapper json;

	TranscriptExport(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * An export format named in {@code ?format=}.
	 */
	enum Format {

		CSV("text/csv"), JSONL("application/jsonl");

		private final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

		String mediaType() {
			return this.mediaType;
		}

		String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Format of(String value) {
			if (value == null || value.isBlank()) {
				return CSV;
			}
			for (Format format : values()) {
				if (format.name().equalsIgnoreCase(value.strip())) {
					return format;
				}
			}
			throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "The parameter 'format' must be csv or jsonl, was '" + value + "'.");
		}

	}

	String write(List<TranscriptEntry> turns, Format format) {
		return (format == Format.CSV) ? csv(turns) : jsonLines(turns);
	}

	private String csv(List<TranscriptEntry> turns) {
		StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
		for (TranscriptEntry turn : turns) {
			out.append(cell(String.valueOf(turn.time())))
				.append(',')
				.append(cell(turn.conversationId()))
				.append(',')
				.append(cell(turn.messageId()))
				.append(',')
				.append(cell(turn.channel()))
				.append(',')
				.append(cell(turn.text()))
				.append(',')
				.append(cell(turn.intent()))
				.append(',')
				.append((turn.confidence() != null) ? turn.confidence().toString() : "")
				.append(',')
				.append(cell((turn.route() != null) ? turn.route().value() : null))
				.append(',')
				.append(cell((turn.handoffReason() != null) ? turn.handoffReason().value() : null))
				.append(',')
				.append(cell(turn.answerId()))
				.append(',')
				.append(turn.urgent())
				.append("\r\n");
		}
		return out.toString();
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	private String jsonLines(List<TranscriptEntry> turns) {
		StringBuilder out = new StringBuilder();
		for (TranscriptEntry turn : turns) {
			try {
				out.append(this.json.writeValueAsString(turn)).append('\n');
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Cannot serialize transcript entry " + turn.messageId(), ex);
			}
		}
		return out.toString();
	}

}
