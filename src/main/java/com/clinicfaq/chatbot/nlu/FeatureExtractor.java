package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns a message into the word model's features: stemmed words, stemmed word bigrams and character n-grams of each
 * word (which a typo changes only partly), after an optional {@link Spelling} correction. Thread-safe: the stateful Snowball stemmer is kept per thread.
 */
class FeatureExtractor {

	private static final String[] EMPTY = { "<empty>" };

	private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal
		.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

	private final TextNormalizer normalizer;

	private final CharacterNGramFeatureGenerator characters;

	/** The training phrases' spelling, or {@code null} to read tokens as written. */
	private final Spelling spelling;

	FeatureExtractor(TextNormalizer normalizer, int charNGramMin, int charNGramMax) {
		this(normalizer, charNGramMin, charNGramMax, null);
	}

	FeatureExtractor(TextNormalizer normalizer, int charNGramMin, int charNGramMax, Spelling spelling) {
		this.normalizer = normalizer;
		this.spelling = spelling;
		this.characters = (charNGramMax >= charNGramMin) ? new CharacterNGramFeatureGenerator(charNGramMin, charNGramMax)
				: null;
	}

	/** The text the sentence encoder reads, with the word model's spelling corrections. */
	String corrected(String embeddingText) {
		return (this.spelling != null) ? this.spelling.correctText(embeddingText) : embeddingText;
	}

	String[] features(String text) {
		List<String> tokens = this.normalizer.tokens(text);
		if (tokens.isEmpty()) {
			return EMPTY;
		}
		if (this.spelling != null) {
			tokens = this.spelling.correct(tokens);
		}
		SnowballStemmer stemmer = STEMMER.get();
		List<String> features = new ArrayList<>(tokens.size() * 16);
		String previous = "<s>";
		for (String token : tokens) {
			String stem = stemmer.stem(token).toString();
			features.add("w=" + stem);
			features.add("b=" + previous + "_" + stem);
			previous = stem;
		}
		features.add("b=" + previous + "_</s>");
		if (this.characters != null) {
			features.addAll(this.characters.extractFeatures(tokens.toArray(String[]::new), java.util.Map.of()));
		}
		return features.toArray(String[]::new);
	}

}
