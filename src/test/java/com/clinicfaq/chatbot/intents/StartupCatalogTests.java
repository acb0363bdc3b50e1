package com.clinicfaq.chatbot.intents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StartupCatalogTests {

	@TempDir
	Path directory;

	@Test
	void theModelsBuiltAtStartShareOneRead() throws Exception {
		writeGreeting("hi");
		StartupCatalog startup = new StartupCatalog(this.directory);
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<IntentCatalog> detector = CompletableFuture.supplyAsync(() -> {
			await(go);
			return startup.get();
		});
		go.countDown();
		IntentCatalog model = startup.get();

		assertThat(detector.get(30, TimeUnit.SECONDS)).isSameAs(model);
		assertThat(startup.get()).isSameAs(model);
		assertThat(model.find("greeting").orElseThrow().examples()).containsExactly("hi");
	}

	@Test
	void onceTheApplicationIsReadyAStaffEditIsReadAfresh() throws IOException {
		writeGreeting("hi");
		StartupCatalog startup = new StartupCatalog(this.directory);
		IntentCatalog atStart = startup.get();
		writeGreeting("hi", "good morning");

		assertThat(startup.get()).isSameAs(atStart);
		startup.onApplicationEvent(ready());
		assertThat(startup.get().find("greeting").orElseThrow().examples()).containsExactly("hi", "good morning");
	}

	@Test
	void everyCallerOfABrokenReadGetsTheFileAndLine() throws IOException {
		Files.writeString(this.directory.resolve("greeting.yaml"), """
				name: greeting
				route: answer
				examples:
				  - hi
				answer: [unclosed
				""");
		StartupCatalog startup = new StartupCatalog(this.directory);
		for (int call = 0; call < 2; call++) {
			assertThatExceptionOfType(IntentFileException.class).isThrownBy(startup::get)
				.withMessageContaining("greeting.yaml:");
		}
	}

	private void writeGreeting(String... examples) throws IOException {
		StringBuilder yaml = new StringBuilder("name: greeting\nroute: answer\nanswer: Hello!\nexamples:\n");
		for (String example : examples) {
			yaml.append("  - ").append(example).append('\n');
		}
		Files.writeString(this.directory.resolve("greeting.yaml"), yaml);
	}

	private static ApplicationReadyEvent ready() {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], new GenericApplicationContext(), null);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
