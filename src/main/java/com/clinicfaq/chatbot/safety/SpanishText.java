package com.clinicfaq.chatbot.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message is written in Spanish, and its words as the Spanish risk detector reads them. The check counts
 * Spanish and English function words (the words a speaker cannot avoid: articles, pronouns, prepositions, common
 * verbs), so a Spanish message with an English drug name ("el Spravato me da miedo") is Spanish and an English one
 * with a Spanish greeting ("hola, how much is it") is not.
 */
final class SpanishText {

	/**
	 * Frequent Spanish words that are not English words, without accents (texting drops them), with the forms
	 * texting uses ("q", "xq", "pa", "toy").
	 */
	private static final Set<String> SPANISH = Set.of(
			"que", "q", "k", "de", "del", "la", "el", "los", "las", "lo", "le", "les", "se", "me", "te", "mi", "mis", "tu",
			"tus", "su", "sus", "nos", "y", "o", "es", "son", "esta", "estoy", "estas", "estan", "esto", "eso", "ese", "esa",
			"este", "un", "una", "unos", "unas", "en", "con", "por", "para", "pa", "sin", "pero", "porque", "xq", "pq",
			"como", "cuando", "donde", "cual", "quien", "ya", "muy", "mas", "tambien", "hay", "tengo", "tiene", "tienen",
			"tienes", "quiero", "quiere", "puedo", "puede", "puedes", "hace", "hacer", "voy", "va", "vas", "fue", "ser",
			"estar", "si", "nada", "todo", "todos", "nadie", "algo", "ahora", "hoy", "ayer", "manana", "noche", "aqui",
			"alla", "bien", "mal", "gracias", "hola", "ayuda", "ayudame", "necesito", "mucho", "poco", "otra", "otro", "vida",
			"hijo", "hija", "esposo", "esposa", "mama", "papa", "senor", "senora", "usted", "ustedes", "yo", "ella", "ellos",
			"nosotros", "sabe", "creo", "dolor", "pastillas", "tomo", "tomar", "tome", "cuanto", "cuanta", "cuesta",
			"cuantas", "cuantos", "sesion", "sesiones", "tratamiento", "despues", "antes", "hasta", "desde", "sobre", "entre",
			"vez", "veces", "dia", "dias", "anos", "toy", "tmb", "tb", "pues", "oye", "vale", "tio", "bueno", "ninguna",
			"ningun", "siempre", "nunca", "morir", "matarme", "despertar");

	/** Frequent English words that are not Spanish words. */
	private static final Set<String> ENGLISH = Set.of(
			"the", "i", "im", "to", "and", "is", "it", "my", "you", "of", "in", "that", "what", "how", "do", "does", "can",
			"for", "with", "this", "have", "has", "be", "are", "was", "will", "would", "if", "on", "at", "me", "about", "not",
			"just", "get", "your", "we", "they", "she", "he", "her", "his", "there", "when", "why", "who", "after", "before",
			"feel", "want", "am", "did", "dont", "cant", "much", "many", "long", "take", "took", "an", "or", "so", "any",
			"should", "could", "really", "like", "know", "please", "thanks", "hi", "hello", "yes", "session", "treatment",
			"insurance", "cost");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** A letter written three or more times in a row ("ayudaaa", "porfaaa"). */
	private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

	private SpanishText() {
	}

	/**
	 * Whether the message reads as Spanish: at least two Spanish function words and more of them than English ones,
	 * or one when no English word stands against it and the text has a Spanish mark (an inverted question or
	 * exclamation mark, an ñ or an accented vowel).
	 */
	static boolean isSpanish(String text) {
		int spanish = 0;
		int english = 0;
		for (String word : words(text)) {
			if (SPANISH.contains(word)) {
				spanish++;
			}
			if (ENGLISH.contains(word)) {
				english++;
			}
		}
		if (spanish >= 2 && spanish > english) {
			return true;
		}
		return spanish == 1 && english == 0 && hasSpanishMark(text);
	}

	private static boolean hasSpanishMark(String text) {
		return text.chars().anyMatch((c) -> "¿¡ñÑáéíóúÁÉÍÓÚ".indexOf(c) >= 0);
	}

	/**
	 * The words of a text, lower case, without accents (texting drops them; "tomé" and "tome" are one word) and with
	 * stretched letters shortened ("ayudaaa" is "ayuda"); "ñ" stays apart from "n".
	 */
	static List<String> words(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('ñ', '\u0001');
		String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("")
			.replace('\u0001', 'ñ');
		plain = STRETCHED.matcher(plain).replaceAll("$1");
		List<String> words = new ArrayList<>();
		var matcher = WORD.matcher(plain);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
