package com.clinicfaq.chatbot.safety;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the safety rules live and which crisis lines urgent replies give (US defaults; clinics elsewhere set theirs).
 *
 * @param rules the folder of curated safety rule files ({@code urgent-rules.yaml}, {@code screening.yaml},
 * {@code context.yaml}, {@code advice-boundary.yaml})
 * @param crisisLines the crisis resources, in the order they are shown
 */
@ConfigurationProperties("chatbot.safety")
public record SafetyProperties(@DefaultValue("intents/safety") Path rules,
		List<CrisisLine> crisisLines) {

	public SafetyProperties {
		crisisLines = (crisisLines == null || crisisLines.isEmpty()) ? usDefaults() : List.copyOf(crisisLines);
	}

	private static List<CrisisLine> usDefaults() {
		return List.of(
				new CrisisLine("988 Suicide & Crisis Lifeline", "Call or text 988",
						"If you are thinking about suicide or hurting yourself"),
				new CrisisLine("Emergency services", "Call 911", "For a medical emergency or immediate danger"),
				new CrisisLine("Poison Control", "Call 1-800-222-1222", "If someone took too much of a medicine or drug"));
	}

}
