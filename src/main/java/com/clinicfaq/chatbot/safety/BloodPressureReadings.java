package com.clinicfaq.chatbot.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts blood-pressure readings into words for the {@link RiskDetector}. The sentence encoder reads "128/82" and
 * "210/125" almost alike, so the detector could not tell an ordinary reading on treatment from a dangerous one; after
 * this rewrite it reads "my bp was a normal reading at my checkup" and "my bp is a dangerously high reading and my
 * head is pounding". The rules never see the rewrite.
 * <p>
 * A reading is two numbers written {@code 140/90} or {@code 140 over 90}, the first larger than the second, in a
 * sentence that speaks of blood pressure (bp, pressure, cuff, monitor, reading, systolic). The bands lean towards
 * caution: from 180 systolic or 110 diastolic "dangerously high", from 140 or 90 "high", below 90 or 60 "very low",
 * "normal" otherwise.
 */
final class BloodPressureReadings {

	private static final Pattern CONTEXT = Pattern.compile(
			"(?i)\\b(bp|blood ?pressure|pressure|cuff|monitor|reading|readings|read|systolic|diastolic|hypertension)\\b");

	private static final Pattern READING = Pattern
		.compile("(?i)(?<![\\d/.])(\\d{2,3})\\s*(?:/|\\bover\\b)\\s*(\\d{2,3})(?![\\d/.])(?:\\s*(?:mm ?hg|mmhg))?");

	private BloodPressureReadings() {
	}

	/**
	 * The sentence with each blood-pressure reading put into words; the sentence itself when it has none.
	 */
	static String inWords(String sentence) {
		if (!CONTEXT.matcher(sentence).find()) {
			return sentence;
		}
		Matcher matcher = READING.matcher(sentence);
		StringBuilder out = new StringBuilder();
		boolean changed = false;
		while (matcher.find()) {
			int systolic = Integer.parseInt(matcher.group(1));
			int diastolic = Integer.parseInt(matcher.group(2));
			if (systolic <= diastolic || systolic < 50 || systolic > 300 || diastolic < 20) {
				continue;
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(band(systolic, diastolic)));
			changed = true;
		}
		if (!changed) {
			return sentence;
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * The words for one reading.
	 */
	static String band(int systolic, int diastolic) {
		if (systolic >= 180 || diastolic >= 110) {
			return "a dangerously high reading";
		}
		if (systolic < 90 || diastolic < 60) {
			return "a very low reading";
		}
		if (systolic >= 140 || diastolic >= 90) {
			return "a high reading";
		}
		return "a normal reading";
	}

}
