package com.clinicfaq.chatbot.nlu;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.clinicfaq.chatbot.intents.IntentCatalog;
import com.clinicfaq.chatbot.intents.IntentDefinition;
import com.clinicfaq.chatbot.intents.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CurrentModel}.
 */
class CurrentModelTests {

	private static final IntentCatalog CATALOG = IntentCatalog.of(List.of(
			new IntentDefinition("greeting", Route.ANSWER, null, List.of("hello", "hi there", "good morning"), "Hello!",
					List.of(), null),
			new IntentDefinition("driving", Route.ANSWER, null,
					List.of("can i drive after", "do i need a ride home", "can i drive myself"), "Please don't drive.",
					List.of(), null)));

	@Test
	void retrainWhenTrainingIsSlowKeepsAnsweringWithTheOldModelThenSwaps() throws Exception {
		CountDownLatch trainingStarted = new CountDownLatch(1);
		CountDownLatch finishTraining = new CountDownLatch(1);
		CurrentModel classifier = new CurrentModel(CATALOG, (catalog) -> {
			if (catalog.exampleCount() > CATALOG.exampleCount()) {
				trainingStarted.countDown();
				await(finishTraining);
				return (text) -> Prediction.of(new ScoredIntent("driving", 1.0));
			}
			return (text) -> Prediction.of(new ScoredIntent("greeting", 1.0));
		}, (trained) -> trained, Runnable::run, Clock.systemUTC());
		assertThat(classifier.model().version()).isEqualTo(1);

		CompletableFuture<CurrentModel.Model> retrain = CompletableFuture
			.supplyAsync(() -> classifier.retrain(CATALOG.withExample("driving", "may i drive home")));
		assertThat(trainingStarted.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(classifier.classify("anything").best().get().name()).isEqualTo("greeting");
		assertThat(classifier.model().version()).isEqualTo(1);

		finishTraining.countDown();
		CurrentModel.Model model = retrain.get(10, TimeUnit.SECONDS);
		assertThat(model.version()).isEqualTo(2);
		assertThat(model.examples()).isEqualTo(CATALOG.exampleCount() + 1);
		assertThat(classifier.classify("anything").best().get().name()).isEqualTo("driving");
	}

	@Test
	void retrainWithOpenNlpLearnsTheNewPhrase() {
		TextNormalizer normalizer = new TextNormalizer();
		CurrentModel classifier = new CurrentModel(CATALOG,
				new IntentModelTrainer(normalizer,
						com.clinicfaq.chatbot.TestChatbot.bind("chatbot.nlu", NluProperties.class))::train,
				(trained) -> trained, Runnable::run, Clock.systemUTC());
		classifier.retrain(CATALOG.withExample("driving", "is the wifi free").withExample("driving", "wifi password"));
		assertThat(classifier.classify("is the wifi free").best().get().name()).isEqualTo("driving");
		assertThat(classifier.model().intents()).isEqualTo(2);
	}

	@Test
	void trainLearnsTheVisitorExamples() {
		IntentCatalog catalog = IntentCatalog.of(List.of(CATALOG.get("greeting"),
				new IntentDefinition("driving", Route.ANSWER, null, CATALOG.get("driving").examples(),
						"Please don't drive.", List.of(), null, List.of("is the wifi free", "wifi password"))));
		IntentModelTrainer trainer = new IntentModelTrainer(new TextNormalizer(),
				com.clinicfaq.chatbot.TestChatbot.bind("chatbot.nlu", NluProperties.class));
		CurrentModel model = new CurrentModel(catalog, trainer::train, (trained) -> trained, Runnable::run,
				Clock.systemUTC());
		assertThat(model.model().examples()).isEqualTo(8);
		assertThat(model.classify("is the wifi free").best().get().name()).isEqualTo("driving");
		assertThat(model.classify("whats the wifi password").best().get().name()).isEqualTo("driving");
	}

	@Test
	void replaceCatalogMakesItCurrentAtOnceAndSwapsInANewModelWithItsOwnCache() {
		List<IntentClassifier> cachesMade = new java.util.ArrayList<>();
		CurrentModel model = new CurrentModel(CATALOG,
				(catalog) -> (text) -> Prediction.of(new ScoredIntent(
						(catalog.exampleCount() > CATALOG.exampleCount()) ? "driving" : "greeting", 1.0)),
				(trained) -> {
					IntentClassifier cache = new CachingIntentClassifier(trained, new TextNormalizer(), 10,
							java.time.Duration.ofHours(1));
					cachesMade.add(cache);
					return cache;
				}, Runnable::run, Clock.systemUTC());
		assertThat(model.classify("may i drive home").best().get().name()).isEqualTo("greeting");

		IntentCatalog next = CATALOG.withExample("driving", "may i drive home");
		model.replaceCatalog(next);

		assertThat(model.get()).isSameAs(next);
		assertThat(model.model().version()).isEqualTo(2);
		assertThat(model.classify("may i drive home").best().get().name()).isEqualTo("driving");
		assertThat(cachesMade).hasSize(2).doesNotHaveDuplicates();
		assertThat(model.training()).isFalse();
		assertThat(model.lastError()).isNull();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
