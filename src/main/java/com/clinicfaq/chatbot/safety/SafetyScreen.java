package com.clinicfaq.chatbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.clinicfaq.chatbot.nlu.TextNormalizer;

/**
 * Screens every message for a crisis or a medical emergency before anything else looks at it, using the curated
 * rules in {@link SafetyRules}.
 */
public class SafetyScreen {

	private final TextNormalizer normalizer;

	private final List<CompiledRule> rules;

	private final List<Pattern> selfHarmMentions;

	public SafetyScreen(SafetyRules rules, TextNormalizer normalizer) {
		this.normalizer = normalizer;
		this.rules = rules.rules().stream().map(CompiledRule::of).toList();
		this.selfHarmMentions = rules.selfHarmMentions().stream().map(Pattern::compile).toList();
	}

	public SafetyVerdict screen(String text) {
		String folded = this.normalizer.fold(text);
		Urgency urgency = Urgency.NONE;
		List<String> matched = new ArrayList<>();
		for (CompiledRule rule : this.rules) {
			if (rule.matches(folded)) {
				matched.add(rule.id());
				if (urgency == Urgency.NONE || rule.urgency() == Urgency.CRISIS) {
					urgency = rule.urgency();
				}
			}
		}
		boolean mentionsSelfHarm = urgency == Urgency.CRISIS
				|| this.selfHarmMentions.stream().anyMatch((pattern) -> pattern.matcher(folded).find());
		return new SafetyVerdict(urgency, mentionsSelfHarm, matched);
	}

	private record CompiledRule(String id, Urgency urgency, List<Pattern> patterns) {

		static CompiledRule of(SafetyRules.Rule rule) {
			return new CompiledRule(rule.id(), rule.urgency(), rule.patterns().stream().map(Pattern::compile).toList());
		}

		boolean matches(String text) {
			return this.patterns.stream().anyMatch((pattern) -> pattern.matcher(text).find());
		}

	}

}
