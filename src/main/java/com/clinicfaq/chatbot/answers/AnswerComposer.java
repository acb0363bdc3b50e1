package com.clinicfaq.chatbot.answers;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.safety.CrisisLine;

/**
 * Builds every reply the visitor reads. The disclaimer and the crisis-line rule live here and only here: a message
 * that mentions suicide or self-harm gets the crisis lines whatever else it gets.
 */
public class AnswerComposer {

	private final ClinicContact clinic;

	private final List<CrisisLine> crisisLines;

	private final String disclaimer;

	public AnswerComposer(ClinicContact clinic, List<CrisisLine> crisisLines, String disclaimer) {
		this.clinic = clinic;
		this.crisisLines = List.copyOf(crisisLines);
		this.disclaimer = disclaimer;
	}

	/**
	 * The curated answer of an intent, with the crisis lines added when the message mentioned self-harm.
	 */
	public Answer answer(IntentDefinition intent, boolean mentionsSelfHarm) {
		String text = mentionsSelfHarm ? intent.answer() + "\n\n" + crisisFooter() : intent.answer();
		return new Answer(answerId(intent), text, this.disclaimer, intent.suggestions(), linesIf(mentionsSelfHarm));
	}

	/**
	 * Asks which of the intents the visitor meant, offering each as a button.
	 */
	public Answer clarify(List<IntentDefinition> options, boolean mentionsSelfHarm) {
		List<String> questions = options.stream().map(IntentDefinition::question).toList();
		String text = (options.size() == 1)
				? "I want to be sure I understood. Did you mean: \"" + questions.get(0) + "\"? If not, please "
						+ "rephrase your question."
				: "I want to be sure I understood. Which of these did you mean? You can also rephrase your question.";
		if (mentionsSelfHarm) {
			text = text + "\n\n" + crisisFooter();
		}
		return new Answer("clarify", text, this.disclaimer, questions, linesIf(mentionsSelfHarm));
	}

	/**
	 * The human-contact prompt. Urgent prompts lead with the crisis lines and ask the visitor to call now.
	 */
	public Answer handoff(HandoffReason reason, IntentDefinition leadIn, boolean mentionsSelfHarm) {
		if (reason == HandoffReason.URGENT) {
			return new Answer("handoff.urgent", urgentText(), this.disclaimer, List.of(), this.crisisLines);
		}
		String opening = (reason == HandoffReason.REQUESTED)
				? ((leadIn != null && !leadIn.answer().isEmpty()) ? leadIn.answer()
						: "I'd be glad to connect you with our team.")
				: "I'm sorry, I don't have a reliable answer to that. A member of our team can help you directly.";
		String text = opening + "\n\n" + contactText();
		if (mentionsSelfHarm) {
			text = text + "\n\n" + crisisFooter();
		}
		List<String> suggestions = (reason == HandoffReason.UNMATCHED)
				? List.of("What is ketamine?", "What can you help me with?") : List.of();
		return new Answer("handoff." + reason.value(), text, this.disclaimer, suggestions, linesIf(mentionsSelfHarm));
	}

	private String urgentText() {
		return "I'm really sorry you're going through this, and I'm glad you reached out. This needs a person right "
				+ "now, not a chatbot. Please contact one of these now:\n" + linesText() + "\n\nYou can also call "
				+ this.clinic.name() + " at " + this.clinic.phone() + ". If you are in immediate danger, call 911 "
				+ "now. You don't have to go through this alone.";
	}

	private String contactText() {
		return "You can reach " + this.clinic.name() + " by phone at " + this.clinic.phone() + " or by e-mail at "
				+ this.clinic.email() + " (" + this.clinic.hours() + "), or book a consultation at "
				+ this.clinic.bookingUrl() + ".";
	}

	private String crisisFooter() {
		return "If you are having thoughts of suicide or of hurting yourself, please reach out now:\n" + linesText();
	}

	private String linesText() {
		return this.crisisLines.stream()
			.map((line) -> "- " + line.name() + ": " + line.contact() + " (" + line.when().toLowerCase() + ")")
			.collect(Collectors.joining("\n"));
	}

	private List<CrisisLine> linesIf(boolean condition) {
		return condition ? this.crisisLines : List.of();
	}

	/**
	 * Names the curated text by intent and a short checksum of its content, so a transcript shows exactly which
	 * version of an answer a visitor read.
	 */
	static String answerId(IntentDefinition intent) {
		CRC32 crc = new CRC32();
		crc.update(intent.answer().getBytes(StandardCharsets.UTF_8));
		return intent.name() + "#" + HexFormat.of().toHexDigits((int) crc.getValue());
	}

	public ClinicContact clinic() {
		return this.clinic;
	}

	public List<CrisisLine> crisisLines() {
		return this.crisisLines;
	}

}
