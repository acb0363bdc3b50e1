package com.clinicfaq.chatbot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by its chromedriver, started the one way this machine allows: no sandbox (root),
 * no background networking, updates or sync (the closed network refuses them), and a fresh profile per browser.
 * A test class that calls {@link #start} is skipped, with a message, when either program is missing.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * A new browser; {@code options} adds what the test needs (a window size, phone emulation).
	 */
	public static WebDriver start(String name, Consumer<ChromeOptions> options) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Skipping the " + name + " browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing "
						+ "(apt-get install -y chromium chromium-driver)");
		Path profile = Files.createTempDirectory(name + "-chromium-");
		ChromeOptions chrome = new ChromeOptions();
		chrome.setBinary(CHROMIUM.toFile());
		chrome.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile);
		options.accept(chrome);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, chrome);
	}

}
