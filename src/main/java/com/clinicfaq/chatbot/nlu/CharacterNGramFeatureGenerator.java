package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams of each token, padded with word boundaries, so that a misspelled word still shares most of its
 * features with the correctly spelled one.
 */
class CharacterNGramFeatureGenerator implements FeatureGenerator {

	private final int min;

	private final int max;

	CharacterNGramFeatureGenerator(int min, int max) {
		this.min = min;
		this.max = max;
	}

	@Override
	public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
		List<String> features = new ArrayList<>();
		for (String token : text) {
			String padded = "<" + token + ">";
			for (int n = this.min; n <= this.max; n++) {
				for (int i = 0; i + n <= padded.length(); i++) {
					features.add("c=" + padded.substring(i, i + n));
				}
			}
		}
		return features;
	}

}
