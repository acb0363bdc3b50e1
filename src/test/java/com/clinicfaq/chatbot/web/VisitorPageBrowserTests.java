package com.clinicfaq.chatbot.web;

import java.io.IOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the visitor page in a real browser (Debian's headless Chromium) emulating a 390x844 phone, with crisis
 * lines configured for the UK: the banner and an urgent reply show exactly those lines as {@code tel:}/{@code sms:}
 * links, and no reply is hidden under the input bar. Screenshots go to {@code target/visitor-phone-*.png}.
 * <p>
 * Skipped, with a message, when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitorPageBrowserTests {



	@TempDir
	static Path transcripts;

	private static WebDriver browser;


	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("chatbot.transcripts.directory", transcripts::toString);
		registry.add("chatbot.transcripts.fsync", () -> "false");
		registry.add("server.shutdown", () -> "immediate");
		String[][] lines = { { "Samaritans", "Call 116 123", "Any time, day or night, if you are struggling" },
				{ "Emergency services", "Call 999", "For a medical emergency or immediate danger" },
				{ "Shout", "Text SHOUT to 85258", "If you would rather text than talk" } };
		for (int i = 0; i < lines.length; i++) {
			String[] line = lines[i];
			registry.add("chatbot.safety.crisis-lines[" + i + "].name", () -> line[0]);
			registry.add("chatbot.safety.crisis-lines[" + i + "].contact", () -> line[1]);
			registry.add("chatbot.safety.crisis-lines[" + i + "].when", () -> line[2]);
		}
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start("visitor", (options) -> {
			// a 390x844 phone (iPhone 12-15 size), with touch, as Chrome's device emulation does it
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true), "userAgent",
					"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
							+ "Version/17.0 Mobile/15E148 Safari/604.1"));
		});
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void phoneWhenUrgentReplyArrivesShowsConfiguredLinesAsLinksAndNothingUnderTheInputBar() throws Exception {
		browser.get("http://127.0.0.1:" + this.port + "/");
		wait(Duration.ofSeconds(20)).until((driver) -> "true"
			.equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));
		assertThat(script("return [window.innerWidth, window.innerHeight]")).isEqualTo(List.of(390L, 844L));

		WebElement banner = browser.findElement(By.id("crisis-banner"));
		assertThat(hrefs(banner)).containsExactly("tel:116123", "tel:999", "sms:85258");
		assertThat(banner.getText()).contains("Samaritans", "116 123", "999", "85258").doesNotContain("988", "911");

		ask("what are the side effects of ketamine?");
		waitForReplies(1);
		ask("I can't go on, I have the pills ready and I'm going to kill myself tonight");
		WebElement urgent = wait(Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.message.bot.urgent")));
		screenshot("visitor-phone-urgent.png");

		assertThat(hrefs(urgent)).contains("tel:116123", "tel:999", "sms:85258");
		assertThat(urgent.findElements(By.cssSelector(".crisis-actions a")).stream().map(WebElement::getText))
			.contains("Call 116 123", "Call 999", "Text 85258");
		assertThat(urgent.getText()).doesNotContain("988", "911");
		assertThat(script("return document.documentElement.scrollHeight <= window.innerHeight + 1"))
			.as("the page itself never scrolls: the input bar stays at the bottom of the screen")
			.isEqualTo(true);

		// scrolled to the end of the conversation, the last reply's last line sits above the input bar, uncovered
		script("const log = document.getElementById('log'); log.scrollTop = log.scrollHeight;");
		WebElement disclaimer = urgent.findElement(By.cssSelector(".disclaimer"));
		Map<?, ?> layout = (Map<?, ?>) script("""
				const d = arguments[0].getBoundingClientRect(), f = document.getElementById('ask').getBoundingClientRect();
				const hit = document.elementFromPoint(d.left + d.width / 2, d.bottom - 2);
				return { disclaimerBottom: d.bottom, formTop: f.top, formBottom: f.bottom,
					uncovered: arguments[0].contains(hit) };""", disclaimer);
		screenshot("visitor-phone-end.png");
		assertThat(((Number) layout.get("disclaimerBottom")).doubleValue())
			.isLessThanOrEqualTo(((Number) layout.get("formTop")).doubleValue());
		assertThat(((Number) layout.get("formBottom")).doubleValue()).isLessThanOrEqualTo(844.0);
		assertThat(layout.get("uncovered")).as("nothing is drawn over the disclaimer").isEqualTo(true);
	}

	private static void ask(String text) {
		WebElement input = browser.findElement(By.id("text"));
		input.sendKeys(text);
		browser.findElement(By.cssSelector("#ask button[type=submit]")).click();
	}

	private static void waitForReplies(int count) {
		wait(Duration.ofSeconds(30)).until((driver) -> driver.findElements(By.cssSelector("li.message.bot")).size() >= count);
	}

	private static List<String> hrefs(WebElement container) {
		return container.findElements(By.cssSelector("a[href^='tel:'], a[href^='sms:']"))
			.stream()
			.map((link) -> link.getAttribute("href"))
			.distinct()
			.toList();
	}

	private static Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(code, arguments);
	}

	private static WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(browser, timeout);
	}

	private static void screenshot(String name) throws Exception {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Path target = Paths.get("target", name);
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
