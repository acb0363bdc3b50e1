package com.clinicfaq.chatbot.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A greeting, a thanks or a goodbye in another language that visitors write in ("hola buenas tardes", "obrigado!!
 * very useful info", "that is all for today. auf wiedersehen"): the classifier learnt English small talk and a few
 * Spanish words, and words it has never seen push a short message to the off-topic class. Read only for a short message
 * that asks nothing and was going to be handed off as unmatched; the intent is that of the last such word.
 */
final class Courtesy {

	/** Greeting, thanks and goodbye words of other languages, folded (no accents), with the intent each says. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("hola", "greeting"),
			Map.entry("buenas", "greeting"), Map.entry("buenos", "greeting"), Map.entry("bonjour", "greeting"),
			Map.entry("bonsoir", "greeting"), Map.entry("hallo", "greeting"), Map.entry("ola", "greeting"),
			Map.entry("bom", "greeting"), Map.entry("namaste", "greeting"), Map.entry("buongiorno", "greeting"),
			Map.entry("buonasera", "greeting"), Map.entry("salve", "greeting"), Map.entry("salut", "greeting"),
			Map.entry("servus", "greeting"), Map.entry("moin", "greeting"), Map.entry("tschuss", "goodbye"),
			Map.entry("gracias", "thanks"),
			Map.entry("obrigado", "thanks"), Map.entry("obrigada", "thanks"), Map.entry("merci", "thanks"),
			Map.entry("danke", "thanks"), Map.entry("grazie", "thanks"), Map.entry("shukran", "thanks"),
			Map.entry("adios", "goodbye"), Map.entry("tchau", "goodbye"), Map.entry("wiedersehen", "goodbye"),
			Map.entry("revoir", "goodbye"), Map.entry("arrivederci", "goodbye"));

	/**
	 * Words that go with a courtesy and say nothing else ("au revoir et bonne journée", "muchas gracias por todo",
	 * "vielen dank und tschüss"), folded: the wishes, the intensifiers, times of day, forms of address.
	 */
	private static final Set<String> FILLERS = Set.of("et", "e", "y", "und", "bonne", "bonnes", "journee", "soiree",
			"nuit", "beaucoup", "mille", "fois", "muchas", "mucho", "muchisimas", "por", "todo", "tutto", "tudo", "tante",
			"molte", "vielen", "vielmals", "herzlichen", "dank", "auf", "bis", "bald", "spater", "ciao", "a", "au",
			"bientot", "plus", "tard", "hasta", "luego", "pronto", "manana", "muito", "muita", "bem", "buon", "buona",
			"giornata", "serata",
			"sera", "notte", "boa", "bons", "dia", "dias", "tarde", "tardes", "noches", "noite", "schonen", "schoenen",
			"tag", "abend", "gute", "guten", "nacht", "madame", "monsieur", "senor", "senora", "signora", "signore",
			"docteur", "doctor", "dottore", "vous", "toi", "tutti", "todos", "voce", "voces", "usted", "ustedes",
			"ihnen", "lei", "la", "le", "les", "el", "il", "o", "os", "de", "di", "do", "da", "del", "pour", "para",
			"per", "fur", "fuer", "votre", "su", "seu", "sua", "suo", "vostra", "ihre", "aide", "ayuda", "ajuda",
			"aiuto", "hilfe", "info", "infos", "informacion", "informacao", "informazioni", "informationen",
			"saludos", "cordiales", "cumprimentos", "grusse", "gruesse", "saluti", "cordiali", "bye", "thanks",
			"thank", "you", "and", "good", "day", "night", "so", "much", "very", "have", "nice", "great", "again",
			"ok", "okay", "oui", "si", "sim", "ja", "senhor", "senhora");

	/** Longer messages say more than a courtesy. */
	private static final int MAX_TOKENS = 8;

	private Courtesy() {
	}

	/**
	 * The small-talk intent a short message says in another language, or empty when it asks something (a question
	 * mark), is longer than {@link #MAX_TOKENS} words or has no such word.
	 * @param tokens the message's normalized tokens
	 * @param folded the message folded to lower case
	 */
	static Optional<String> of(List<String> tokens, String folded) {
		if (tokens.isEmpty() || tokens.size() > MAX_TOKENS || folded.contains("?")) {
			return Optional.empty();
		}
		String said = null;
		for (String token : tokens) {
			said = WORDS.getOrDefault(token, said);
		}
		return Optional.ofNullable(said);
	}

	/**
	 * Whether a short message in another language is a courtesy and nothing else: at least one greeting, thanks or
	 * goodbye word and every other word one that goes with it ("au revoir et bonne journée !", "mille grazie a tutti").
	 * @param tokens the message's normalized tokens
	 */
	static boolean only(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
			return false;
		}
		boolean said = false;
		for (String token : tokens) {
			if (WORDS.containsKey(token)) {
				said = true;
			}
			else if (!FILLERS.contains(token)) {
				return false;
			}
		}
		return said;
	}

}
