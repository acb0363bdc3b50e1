package com.clinicfaq.chatbot.nlu;

import java.util.Map;

import com.clinicfaq.chatbot.nlu.SentenceEmbedder.Encoder;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link EncoderPreloading}: it preloads exactly the encoders the configuration will use.
 */
class EncoderPreloadingTests {

	@Test
	void neededWhenDefaultsIsMiniLmOnce() {
		assertThat(EncoderPreloading.needed(environment(Map.of()))).containsExactly(Encoder.MINILM);
	}

	@Test
	void neededWhenIntentModelUsesBgeSmallIsBoth() {
		assertThat(EncoderPreloading.needed(environment(Map.of("chatbot.nlu.encoder", "bge-small"))))
			.containsExactly(Encoder.MINILM, Encoder.BGE_SMALL);
	}

	@Test
	void neededWhenDetectorIsOffIsOnlyTheIntentModels() {
		assertThat(EncoderPreloading.needed(environment(Map.of("chatbot.safety.detector.enabled", "false",
				"chatbot.nlu.encoder", "BGE_SMALL"))))
			.containsExactly(Encoder.BGE_SMALL);
	}

	@Test
	void neededWhenDetectorAndEmbeddingsAreOffIsNothing() {
		assertThat(EncoderPreloading.needed(environment(Map.of("chatbot.safety.detector.enabled", "false",
				"chatbot.nlu.embeddings", "false"))))
			.isEmpty();
	}

	@Test
	void theEncoderLoadsWithItsBatchGraphOnlyWhenBatchingIsTurnedOn() {
		assertThat(EncoderPreloading.batches(environment(Map.of()))).isFalse();
		assertThat(EncoderPreloading.batches(environment(Map.of("chatbot.nlu.batch-encoder", "true")))).isTrue();
	}

	@Test
	void startingWhenTheEncoderIsMisspelledLeavesTheErrorToTheConfigurationProperties() {
		StandardEnvironment environment = environment(Map.of("chatbot.nlu.encoder", "minilm-large",
				"chatbot.safety.detector.enabled", "false"));
		assertThatNoException().isThrownBy(() -> new EncoderPreloading().onApplicationEvent(
				new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
						new String[0], environment)));
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
