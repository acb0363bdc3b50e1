package com.clinicfaq.chatbot.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinicfaq.chatbot.answers.ClinicContact;
import com.clinicfaq.chatbot.safety.CrisisLine;

/**
 * The visitor page's tappable contacts, built from the configured crisis lines and clinic phone: the number as it
 * is written in the contact ("Call or text 988", "Call 1-800-222-1222", "Call 116 123") and its {@code tel:} and
 * {@code sms:} links. A line gets a call link unless it only says to text, and a text link when it says text or SMS.
 *
 * @param crisisLines the configured crisis lines, in order
 * @param clinic the clinic's name and phone
 */
record ContactLinks(List<Line> crisisLines, Clinic clinic) {

	private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[\\d .()-]*\\d)?");

	private static final Pattern TEXTING = Pattern.compile("\\b(?:text|sms)\\b");

	private static final Pattern CALLING = Pattern.compile("\\b(?:call|phone|dial|ring)\\b");

	ContactLinks {
		crisisLines = List.copyOf(crisisLines);
	}

	static ContactLinks of(List<CrisisLine> crisisLines, ClinicContact clinic) {
		return new ContactLinks(crisisLines.stream().map(Line::of).toList(),
				new Clinic(clinic.name(), clinic.phone(), telephone(clinic.phone())));
	}

	/**
	 * A crisis line with its links; {@code number}, {@code call} and {@code text} are {@code null} when the contact
	 * has no number (a web address, say).
	 */
	record Line(String name, String contact, String when, String number, String call, String text) {

		static Line of(CrisisLine line) {
			Matcher matcher = NUMBER.matcher(line.contact());
			if (!matcher.find()) {
				return new Line(line.name(), line.contact(), line.when(), null, null, null);
			}
			String number = matcher.group().strip();
			String dialable = dialable(number);
			String words = line.contact().toLowerCase(Locale.ROOT);
			boolean texting = TEXTING.matcher(words).find();
			boolean calling = CALLING.matcher(words).find() || !texting;
			return new Line(line.name(), line.contact(), line.when(), number, calling ? "tel:" + dialable : null,
					texting ? "sms:" + dialable : null);
		}

	}

	/**
	 * The clinic's name, phone as written, and its call link.
	 */
	record Clinic(String name, String phone, String call) {
	}

	static String telephone(String phone) {
		if (phone == null || !NUMBER.matcher(phone).find()) {
			return null;
		}
		return "tel:" + dialable(phone);
	}

	private static String dialable(String number) {
		String digits = number.replaceAll("[^\\d+]", "");
		return digits.startsWith("+") ? "+" + digits.substring(1).replace("+", "") : digits.replace("+", "");
	}

}
