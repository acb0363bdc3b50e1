package com.clinicfaq.chatbot.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
			Map.entry("bom", "greeting"), Map.entry("namaste", "greeting"), Map.entry("gracias", "thanks"),
			Map.entry("obrigado", "thanks"), Map.entry("obrigada", "thanks"), Map.entry("merci", "thanks"),
			Map.entry("danke", "thanks"), Map.entry("grazie", "thanks"), Map.entry("shukran", "thanks"),
			Map.entry("adios", "goodbye"), Map.entry("tchau", "goodbye"), Map.entry("wiedersehen", "goodbye"),
			Map.entry("revoir", "goodbye"), Map.entry("arrivederci", "goodbye"));

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

}
