package com.clinicfaq.chatbot.nlu;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The classifier's ranking of intents for one message, best first.
 */
public record Prediction(List<ScoredIntent> ranking) {

	public Prediction {
		ranking = ranking.stream().sorted(Comparator.comparingDouble(ScoredIntent::confidence).reversed()).toList();
	}

	public static Prediction of(ScoredIntent... ranking) {
		return new Prediction(List.of(ranking));
	}

	public Optional<ScoredIntent> best() {
		return this.ranking.stream().findFirst();
	}

	public Optional<ScoredIntent> runnerUp() {
		return this.ranking.stream().skip(1).findFirst();
	}

	public List<ScoredIntent> top(int count) {
		return this.ranking.stream().limit(count).toList();
	}

}
