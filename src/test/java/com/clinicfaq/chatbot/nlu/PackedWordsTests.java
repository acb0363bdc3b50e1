package com.clinicfaq.chatbot.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackedWordsTests {

	@Test
	void containsExactlyTheWordsGiven() {
		PackedWords words = PackedWords.of(List.of("queasy", "groggy", "nausea", "a", "café", "zebra", "queasy", "łódź"));
		assertThat(words.size()).isEqualTo(7);
		assertThat(words.contains("łódź")).isTrue();
		assertThat(words.contains("łodź")).isFalse();
		assertThat(words.contains("queasy")).isTrue();
		assertThat(words.contains("groggy")).isTrue();
		assertThat(words.contains("a")).isTrue();
		assertThat(words.contains("café")).isTrue();
		assertThat(words.contains("zebra")).isTrue();
		assertThat(words.contains("queasz")).isFalse();
		assertThat(words.contains("cafe")).isFalse();
		assertThat(words.contains("zebras")).isFalse();
		assertThat(words.contains("")).isFalse();
		assertThat(words.contains("a much longer word than any")).isFalse();
	}

	@Test
	void containsAgreesWithAHashSetOnRandomWords() {
		Random random = new Random(43);
		Set<String> given = new HashSet<>();
		while (given.size() < 5_000) {
			given.add(randomWord(random));
		}
		PackedWords words = PackedWords.of(given);
		for (String word : given) {
			assertThat(words.contains(word)).as(word).isTrue();
		}
		for (int i = 0; i < 20_000; i++) {
			String word = randomWord(random);
			assertThat(words.contains(word)).as(word).isEqualTo(given.contains(word));
		}
	}

	@Test
	void anyOfLengthSeesEveryWordOfThatLengthAndNoOther() {
		PackedWords words = PackedWords.of(List.of("drowsy", "groggy", "queasy", "dizzy", "naïve", "sleepy", "łódź", "numb"));
		List<String> seen = new ArrayList<>();
		assertThat(words.anyOfLength(6, (word) -> {
			seen.add(word.toString());
			return false;
		})).isFalse();
		assertThat(seen).containsExactlyInAnyOrder("drowsy", "groggy", "queasy", "sleepy");
		List<String> five = new ArrayList<>();
		words.anyOfLength(5, (word) -> five.add(word.toString()) && false);
		assertThat(five).containsExactlyInAnyOrder("dizzy", "naïve");
		assertThat(words.anyOfLength(6, (word) -> EditDistance.levenshtein("groggi", word, 1) <= 1)).isTrue();
		assertThat(words.anyOfLength(9, (word) -> true)).isFalse();
		List<String> four = new ArrayList<>();
		words.anyOfLength(4, (word) -> four.add(word.toString()) && false);
		assertThat(four).containsExactlyInAnyOrder("numb", "łódź");
	}

	private static String randomWord(Random random) {
		int length = 1 + random.nextInt(9);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(4)));
		}
		return word.toString();
	}

}
