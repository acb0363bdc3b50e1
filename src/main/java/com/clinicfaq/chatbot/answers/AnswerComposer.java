package com.clinicfaq.chatbot.answers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import com.clinicfaq.chatbot.intents.HandoffReason;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.safety.CrisisLine;
import com.clinicfaq.chatbot.safety.SafetyVerdict;
import com.clinicfaq.chatbot.safety.Urgency;

/**
 * Builds every reply the visitor reads. The disclaimer and the crisis-line rule live here and only here: a message
 * that mentions suicide or self-harm gets the crisis lines whatever else it gets. The urgent wording follows
 * safe-messaging practice: short, caring, points to people who can help now, and never mentions methods or amounts.
 * The medical-advice boundary is worded here too: personal questions get general information plus "talk to your
 * prescriber", and requests for ketamine outside medical care get a refusal.
 */
public class AnswerComposer {

	/** How the line added to answers about a risk begins. */
	public static final String HAPPENING_NOW = "If this is happening to you or someone else right now";

	/** The suggestion that offers a person when the visitor asks for personal medical advice. */
	public static final String TALK_TO_CLINIC = "Talk to someone at the clinic";

	/** The id of the reply to a bare acknowledgement ("ok", "no thanks"); also the intent name the turn reports. */
	public static final String ACKNOWLEDGEMENT = "acknowledgement";

	/** A crisis line that is for suicide or crisis, not for an emergency happening now. */
	private static final Pattern CRISIS_LINE_NAME = Pattern.compile("(?i).*(suicide|crisis|samaritans).*");

	private final ClinicContact clinic;

	private final List<CrisisLine> crisisLines;

	private final String disclaimer;

	/** {@link #happeningNowLine()} and {@link #linesText()}: the crisis lines are fixed, so they are written once. */
	private final String happeningNowLine;

	private final String linesText;

	public AnswerComposer(ClinicContact clinic, List<CrisisLine> crisisLines, String disclaimer) {
		this.clinic = clinic;
		this.crisisLines = List.copyOf(crisisLines);
		this.disclaimer = disclaimer;
		this.happeningNowLine = happeningNowLine(this.crisisLines);
		this.linesText = linesText(this.crisisLines);
	}

	/**
	 * The curated answer of an intent, with what the safety verdict adds, read without the message's words (see
	 * {@link #answer(IntentDefinition, SafetyVerdict, RiskQuestion)}).
	 */
	public Answer answer(IntentDefinition intent, SafetyVerdict verdict) {
		return answer(intent, verdict, RiskQuestion.of(List.of(intent.name()), "", verdict));
	}

	/**
	 * The curated answer of an intent, with what the safety verdict adds and, for a question about a risk, the
	 * "happening now" line and (for a personal history) the advice boundary with the clinic's contact.
	 */
	public Answer answer(IntentDefinition intent, SafetyVerdict verdict, RiskQuestion risk) {
		return withSafetyAdditions(new Answer(answerId(intent), intent.answer(), this.disclaimer, intent.suggestions(),
				List.of()), verdict, risk);
	}

	/**
	 * Asks which of the intents the visitor meant, offering each as a button, with what the safety verdict adds.
	 */
	public Answer clarify(List<IntentDefinition> options, SafetyVerdict verdict) {
		return clarify(options, verdict,
				RiskQuestion.of(options.stream().map(IntentDefinition::name).toList(), "", verdict));
	}

	/**
	 * Asks which of the intents the visitor meant, with what the safety verdict adds and, when the options are about
	 * a risk the message mentions, the "happening now" line.
	 */
	public Answer clarify(List<IntentDefinition> options, SafetyVerdict verdict, RiskQuestion risk) {
		List<String> questions = options.stream().map(IntentDefinition::question).toList();
		String text = (options.size() == 1)
				? "I want to be sure I understood. Did you mean: \"" + questions.get(0) + "\"? If not, please "
						+ "rephrase your question."
				: "I want to be sure I understood. Which of these did you mean? You can also rephrase your question.";
		return withSafetyAdditions(new Answer("clarify", text, this.disclaimer, questions, List.of()), verdict, risk);
	}

	/**
	 * The short reply to a bare acknowledgement of an answer ("ok", "got it", "no thanks"): no medical content, an
	 * invitation to ask more and, after a "no", a way on when the answer missed the question. The disclaimer and the
	 * safety additions follow the same rule as every reply.
	 * @param declines whether the visitor said "no" rather than "ok"
	 * @param suggestions the buttons to show (the acknowledged answer's)
	 */
	public Answer acknowledgement(boolean declines, List<String> suggestions, SafetyVerdict verdict) {
		String text = declines
				? "All right. If anything else about ketamine treatment comes to mind, just ask. If my last answer "
						+ "missed what you meant, try asking in other words, or I can connect you with our clinic team."
				: "Good. Is there anything else you'd like to know about ketamine treatment? You can ask another "
						+ "question or pick one below.";
		return withSafetyAdditions(new Answer(ACKNOWLEDGEMENT, text, this.disclaimer, suggestions, List.of()), verdict);
	}

	/**
	 * The human-contact prompt, with what the safety verdict adds. An urgent handoff is the urgent prompt alone; a
	 * request for ketamine outside medical care is refused instead of prompted.
	 */
	public Answer handoff(HandoffReason reason, IntentDefinition leadIn, SafetyVerdict verdict) {
		if (reason == HandoffReason.URGENT) {
			Answer urgent = urgent(urgencyOf(verdict, leadIn));
			return toldInSpanish(verdict) ? inSpanishFirst(urgent, urgencyOf(verdict, leadIn)) : urgent;
		}
		Answer bare = verdict.illicitRequest() ? refusal() : contactPrompt(reason, leadIn);
		return withSafetyAdditions(bare, verdict);
	}

	/**
	 * The urgent prompt: a crisis gets the caring crisis wording, an emergency the get-help-now wording. Both list
	 * every configured crisis line and the clinic's phone, and nothing else.
	 */
	public Answer urgent(Urgency urgency) {
		String text = (urgency == Urgency.EMERGENCY) ? emergencyText() : crisisText();
		return new Answer("handoff.urgent", text, this.disclaimer, List.of(), this.crisisLines);
	}

	/**
	 * Whether a Spanish urgent rule fired (ids ending in {@code -es}, {@code intents/safety/urgent-rules.yaml}) or the
	 * Spanish risk detector did: the visitor wrote in Spanish.
	 */
	static boolean toldInSpanish(SafetyVerdict verdict) {
		return verdict.matchedRules().stream().anyMatch((id) -> id.endsWith("-es"))
				|| verdict.signals().contains(SafetyVerdict.SPANISH_DETECTOR);
	}

	/**
	 * The urgent prompt with a short Spanish paragraph first, pointing to the lines listed below it (the configured
	 * lines' names stay as configured; the 988 Lifeline, for one, answers in Spanish).
	 */
	private Answer inSpanishFirst(Answer urgent, Urgency urgency) {
		String lead = (urgency == Urgency.EMERGENCY)
				? "Esto puede ser una emergencia médica. Busca ayuda ahora mismo, no esperes: llama a uno de los "
						+ "números de abajo. Si otra persona está en peligro, quédate con ella hasta que llegue la ayuda."
				: "Siento mucho que estés pasando por esto, y gracias por decírmelo. Mereces el apoyo de una persona "
						+ "ahora mismo: por favor, llama o escribe a una de las líneas de abajo (muchas atienden en "
						+ "español). También puedes llamar a " + this.clinic.name() + " al " + this.clinic.phone()
						+ ". No estás solo ni sola.";
		return new Answer(urgent.id(), lead + "\n\n" + urgent.text(), urgent.disclaimer(), urgent.suggestions(),
				urgent.crisisLines());
	}

	/**
	 * The one step that adds what the safety verdict requires to a bare reply: the crisis lines when the message
	 * mentioned suicide or self-harm, then the "talk to your prescriber" line and an offer of a person when it asked
	 * for personal medical advice (except on a refusal, which already sends the visitor to the clinic).
	 */
	private Answer withSafetyAdditions(Answer bare, SafetyVerdict verdict) {
		// a handoff is not an answer about some other subject: a risk question the screen saw gets the line
		return withSafetyAdditions(bare, verdict, new RiskQuestion(verdict.riskQuestion(), false));
	}

	private Answer withSafetyAdditions(Answer bare, SafetyVerdict verdict, RiskQuestion risk) {
		String text = bare.text();
		List<String> suggestions = bare.suggestions();
		List<CrisisLine> lines = bare.crisisLines();
		if (verdict.mentionsSelfHarm()) {
			text = text + "\n\nIf you are having thoughts of suicide or of hurting yourself, please reach out now:\n"
					+ linesText();
			lines = this.crisisLines;
		}
		else if (risk.happeningNow()) {
			text = text + "\n\n" + happeningNowLine();
		}
		if ((verdict.adviceBoundary() || risk.personalHistory()) && !verdict.illicitRequest()) {
			text = text + "\n\nI can only share general information, not advice about your own dose, "
					+ "medicines or treatment. Please talk to your prescriber or one of our clinicians before you "
					+ "start, stop, change or combine anything. I can connect you with our team: " + this.clinic.name()
					+ ", " + this.clinic.phone() + ".";
			List<String> offered = new ArrayList<>();
			offered.add(TALK_TO_CLINIC);
			suggestions.stream().filter((s) -> !s.equals(TALK_TO_CLINIC)).forEach(offered::add);
			suggestions = offered;
		}
		return new Answer(bare.id(), text, bare.disclaimer(), suggestions, lines);
	}

	/**
	 * Refuses a request for ketamine outside medical care or for how to make it, and offers the clinic instead.
	 */
	private Answer refusal() {
		String text = "I can't help with getting ketamine outside of medical care or with making it. Ketamine from "
				+ "unregulated sources is unsafe: its strength and contents are unknown, and it is used without "
				+ "anyone checking your health. If you are interested in treatment, our team can talk with you about "
				+ "whether it is an option.\n\n" + contactText();
		return new Answer("handoff.unmatched.refusal", text, this.disclaimer,
				List.of("Is ketamine legal?", "What can you help me with?"), List.of());
	}

	/**
	 * The non-urgent human-contact prompt: the lead-in intent's own text when it has one, then the clinic's contact.
	 */
	private Answer contactPrompt(HandoffReason reason, IntentDefinition leadIn) {
		boolean hasLeadIn = leadIn != null && !leadIn.answer().isEmpty();
		String opening = hasLeadIn ? leadIn.answer()
				: (reason == HandoffReason.REQUESTED) ? "I'd be glad to connect you with our team."
						: "I'm sorry, I don't have a reliable answer to that. A member of our team can help you directly.";
		List<String> suggestions = (leadIn != null && !leadIn.suggestions().isEmpty()) ? leadIn.suggestions()
				: (reason == HandoffReason.UNMATCHED) ? List.of("What is ketamine?", "What can you help me with?")
						: List.of();
		return new Answer("handoff." + reason.value(), opening + "\n\n" + contactText(), this.disclaimer, suggestions,
				List.of());
	}

	private String crisisText() {
		return "I'm really sorry you're going through this, and I'm glad you told me. You deserve support from a "
				+ "person right now, not a chatbot. Please reach out now:\n" + linesText() + "\n\nYou can also call "
				+ this.clinic.name() + " at " + this.clinic.phone() + ". If you can, stay with someone you trust "
				+ "while you get help. You don't have to go through this alone.";
	}

	private String emergencyText() {
		return "This sounds like it could be a medical emergency. Please get help now, don't wait:\n" + linesText()
				+ "\n\nIf someone else is affected, stay with them until help arrives. When you are safe, you can "
				+ "also call " + this.clinic.name() + " at " + this.clinic.phone() + ".";
	}

	private static Urgency urgencyOf(SafetyVerdict verdict, IntentDefinition leadIn) {
		if (verdict.urgent()) {
			return verdict.urgency();
		}
		return (leadIn != null && "emergency".equals(leadIn.name())) ? Urgency.EMERGENCY : Urgency.CRISIS;
	}

	/**
	 * A question about a risk (overdose, breathing, heart rate, blood pressure, dissociation, a heart history) gets
	 * its answer plus one short line on what to do if it is happening now, naming the configured emergency and
	 * poison lines (all lines when none is recognisably either). Not added when the crisis lines are listed anyway.
	 */
	private String happeningNowLine() {
		return this.happeningNowLine;
	}

	private static String happeningNowLine(List<CrisisLine> crisisLines) {
		List<CrisisLine> lines = crisisLines.stream()
			.filter((line) -> !CRISIS_LINE_NAME.matcher(line.name()).matches())
			.toList();
		String contacts = (lines.isEmpty() ? crisisLines : lines).stream()
			.map((line) -> lowerFirst(line.contact()) + " (" + line.name() + ")")
			.collect(Collectors.joining(" or "));
		return HAPPENING_NOW + ", don't wait: " + contacts + ".";
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private String contactText() {
		return "You can reach " + this.clinic.name() + " by phone at " + this.clinic.phone() + " or by e-mail at "
				+ this.clinic.email() + " (" + this.clinic.hours() + "), or book a consultation at "
				+ this.clinic.bookingUrl() + ".";
	}

	private String linesText() {
		return this.linesText;
	}

	private static String linesText(List<CrisisLine> crisisLines) {
		return crisisLines.stream()
			.map((line) -> "- " + line.name() + ": " + line.contact() + " (" + line.when().toLowerCase() + ")")
			.collect(Collectors.joining("\n"));
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
