package com.clinicfaq.chatbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.clinicfaq.chatbot.nlu.TextNormalizer;

/**
 * Keeps ketamine answers for questions about ketamine treatment: a message that names another medicine, condition or
 * health service and says nothing about ketamine treatment ("what are the side effects of sertraline", "is it ok to
 * take ibuprofen with my blood pressure pills") is not answered from the ketamine catalog, while a ketamine question
 * that names another drug ("can I have ketamine if I take lamotrigine?") keeps its answer.
 * <p>
 * The other topics are a word list built by {@code scripts/other_topics.py} from the focus names of NIH
 * consumer-health questions (MedQuAD) and a short hand-written list of brand names, minus general English and every
 * word the intent catalog itself uses. A message is about ketamine treatment when it names ketamine or one of its
 * forms, a session or infusion, or "this/your treatment", or when it follows a ketamine answer and refers back to it
 * ("it", "that", "what about ...").
 */
public class TopicGuard {

	static final String RESOURCE = "other-topics.txt";

	private static final Set<String> KETAMINE = Set.of("ketamine", "esketamine", "intravenous", "intramuscular",
			"infusion", "session", "sessions", "troche", "spray", "dissociation", "dissociative", "dissociate",
			"dissociating", "treatments", "clinic", "clinics");

	private static final Set<String> DETERMINERS = Set.of("this", "these", "your", "the", "a", "that", "my");

	private static final Set<String> TREATMENT = Set.of("treatment", "therapy", "infusion", "shot", "injection");

	/** The normalizer's names for the drug, and the brand or short name a possessive keeps ("Spravato's"). */
	private static final Set<String> KETAMINE_NAMES = Set.of("ketamine", "esketamine", "spravato", "ket");

	private static final Set<String> OUR_DETERMINERS = Set.of("this", "these", "the", "my", "your");

	private static final Set<String> OUR_TREATMENT = Set.of("treatment", "treatments", "therapy", "infusion",
			"infusions", "session", "sessions");

	private static final Set<String> REFERENCES = Set.of("it", "this", "that", "them", "same", "about", "also", "too",
			"and", "those", "these");

	private final Set<String> otherTopics;

	private final TextNormalizer normalizer;

	public TopicGuard(Set<String> otherTopics, TextNormalizer normalizer) {
		this.otherTopics = Set.copyOf(otherTopics);
		this.normalizer = normalizer;
	}

	/**
	 * The guard with the word list shipped in the jar.
	 */
	public static TopicGuard load(TextNormalizer normalizer) {
		Set<String> words = new HashSet<>();
		try (InputStream in = TopicGuard.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TopicGuard(words, normalizer);
	}

	/**
	 * The other medicine, condition or service the message is about, when it names one and nothing about ketamine
	 * treatment.
	 * @param text the visitor's message
	 * @param followsKetamineAnswer whether the previous turn answered a ketamine question, so that "it" or "what about
	 * ..." refers to ketamine treatment
	 */
	public Optional<String> otherTopic(String text, boolean followsKetamineAnswer) {
		List<String> tokens = this.normalizer.tokens(text);
		String other = null;
		for (int i = 0; i < tokens.size(); i++) {
			String token = possessive(tokens.get(i));
			if (KETAMINE.contains(token) || ketamineTreatment(tokens, i)) {
				return Optional.empty();
			}
			if (followsKetamineAnswer && REFERENCES.contains(token)) {
				return Optional.empty();
			}
			if (other == null && isOtherTopic(token)) {
				other = token;
			}
		}
		return Optional.ofNullable(other);
	}

	/**
	 * Whether the message itself names ketamine or "this/my/the treatment" (an infusion, a session): stricter than what
	 * keeps the guard from firing, because it lets a topic win over the off-topic class. A spray, a shot or "the
	 * treatments for ..." can be about anything.
	 */
	public boolean namesKetamine(String text) {
		List<String> tokens = this.normalizer.tokens(text);
		for (int i = 0; i < tokens.size(); i++) {
			String token = possessive(tokens.get(i));
			if (KETAMINE_NAMES.contains(token)) {
				return true;
			}
			if (OUR_TREATMENT.contains(token) && i > 0 && OUR_DETERMINERS.contains(tokens.get(i - 1))) {
				String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
				if (!next.equals("for") && !next.equals("of")) {
					return true;
				}
			}
		}
		return false;
	}

	/** "ketamine's" is about ketamine. */
	private static String possessive(String token) {
		return token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
	}

	private boolean isOtherTopic(String token) {
		if (this.otherTopics.contains(token)) {
			return true;
		}
		return token.length() > 5 && token.endsWith("s")
				&& this.otherTopics.contains(token.substring(0, token.length() - 1));
	}

	/** "this treatment", "your therapy", "the infusion": but not "the treatment for gout". */
	private static boolean ketamineTreatment(List<String> tokens, int i) {
		if (!TREATMENT.contains(tokens.get(i)) || i == 0 || !DETERMINERS.contains(tokens.get(i - 1))) {
			return false;
		}
		String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
		return !next.equals("for") && !next.equals("of");
	}

}
