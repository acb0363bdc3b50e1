package com.clinicfaq.chatbot.answers;

import java.util.regex.Pattern;

/**
 * Adds the clinic's own facts to the answers they belong to: its preparation rules to {@code preparation}, its age
 * limit to an {@code eligibility} answer when the visitor asked about age, its prices to {@code insurance_cost}, its
 * address to {@code appointment}. A fact the clinic has not configured is never guessed: the line says the clinic will
 * confirm and how to reach it.
 */
public class ClinicFactLines {

	private static final Pattern AGE = Pattern.compile(
			"(?i)\\b(age|aged|ages|old|older|younger|teen|teens|teenager|teenagers|minor|minors|kid|kids|child|children"
					+ "|son|daughter|adolescents?|\\d{1,2}\\s?(yo|y/o|yrs?|years?)|under\\s?(18|21)|over\\s?(60|65|70|80))\\b");

	private final ClinicContact clinic;

	private final ClinicFacts facts;

	public ClinicFactLines(ClinicContact clinic, ClinicFacts facts) {
		this.clinic = clinic;
		this.facts = facts;
	}

	/**
	 * The answer with the clinic's fact for this intent and message added, or the answer as it was.
	 */
	public Answer addTo(Answer answer, String intent, String message) {
		String line = lineFor(intent, message);
		if (line == null) {
			return answer;
		}
		return new Answer(answer.id(), insert(answer.text(), line), answer.disclaimer(), answer.suggestions(),
				answer.crisisLines());
	}

	private String lineFor(String intent, String message) {
		return switch (intent) {
			case "preparation" -> ClinicFacts.given(this.facts.preparation())
					? "At " + this.clinic.name() + ": " + this.facts.preparation().strip()
					: "Before your first visit " + this.clinic.name() + " will tell you its own instructions. To ask "
							+ "now, " + contact() + ".";
			case "eligibility" -> (message != null && AGE.matcher(message).find()) ? ageLine() : null;
			case "insurance_cost" -> ClinicFacts.given(this.facts.prices())
					? "At " + this.clinic.name() + ": " + this.facts.prices().strip() : null;
			case "appointment" -> ClinicFacts.given(this.facts.address())
					? this.clinic.name() + " is at " + this.facts.address().strip() + "." : null;
			default -> null;
		};
	}

	private String ageLine() {
		Integer age = this.facts.minimumAge();
		if (age != null) {
			return this.clinic.name() + " treats people aged " + age + " and older; the evaluation decides the rest.";
		}
		return "Age limits differ between clinics, and " + this.clinic.name() + " will confirm its own: " + contact()
				+ ".";
	}

	private String contact() {
		return "call " + this.clinic.phone() + " or write to " + this.clinic.email();
	}

	/** The line goes after the curated answer and before any safety text added below it. */
	private static String insert(String text, String line) {
		int boundary = firstSafetyAddition(text);
		if (boundary < 0) {
			return text + "\n\n" + line;
		}
		return text.substring(0, boundary) + "\n\n" + line + text.substring(boundary);
	}

	private static int firstSafetyAddition(String text) {
		int best = -1;
		for (String marker : new String[] { "\n\nIf you are having thoughts", "\n\nI can only share general" }) {
			int at = text.indexOf(marker);
			if (at >= 0 && (best < 0 || at < best)) {
				best = at;
			}
		}
		return best;
	}

}
