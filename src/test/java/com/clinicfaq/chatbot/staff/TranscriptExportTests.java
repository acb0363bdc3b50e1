package com.clinicfaq.chatbot.staff;

import java.time.Instant;
import java.util.List;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.Route;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TranscriptExport}.
 */
class TranscriptExportTests {

	private final TranscriptExport export = new TranscriptExport(
			new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~', value = { "plain text|plain text", "a, b|\"a, b\"", "say \"hi\"|\"say \"\"hi\"\"\"",
			"=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"", "+1|'+1", "-2|'-2", "@SUM(A1)|'@SUM(A1)" })
	void cellQuotesAndDefusesFormulas(String value, String expected) {
		assertThat(TranscriptExport.cell(value)).isEqualTo(expected);
	}

	@Test
	void writeWhenCsvHasHeaderAndOneRowPerTurn() {
		TranscriptEntry turn = new TranscriptEntry(Instant.parse("2025-03-01T09:00:00Z"), "c1", "m1", "web",
				"line one\nline two", null, null, Route.HANDOFF, HandoffReason.UNMATCHED, "handoff.unmatched", false);
		assertThat(this.export.write(List.of(turn), TranscriptExport.Format.CSV))
			.isEqualTo(TranscriptExport.CSV_HEADER + "\r\n"
					+ "2025-03-01T09:00:00Z,c1,m1,web,\"line one\nline two\",,,handoff,unmatched,handoff.unmatched,false\r\n");
	}

	@Test
	void writeWhenJsonLinesWritesOneObjectPerLine() {
		TranscriptEntry turn = new TranscriptEntry(Instant.parse("2025-03-01T09:00:00Z"), "c1", "m1", "web", "hi",
				"greeting", 0.9, Route.ANSWER, null, "greeting#1", false);
		assertThat(this.export.write(List.of(turn, turn), TranscriptExport.Format.JSONL).split("\n")).hasSize(2)
			.allSatisfy((line) -> assertThat(line).startsWith("{\"time\":\"2025-03-01T09:00:00Z\""));
	}

}
