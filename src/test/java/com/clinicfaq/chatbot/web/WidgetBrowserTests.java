package com.clinicfaq.chatbot.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.clinicfaq.chatbot.HeadlessChromium;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code /widget.js} in a real browser, embedded with one script tag in a page of another web site (a
 * local server on another origin): the panel opens, questions are answered across origins for a listed site only,
 * text is shown as text, and an urgent reply gives the crisis lines as {@code tel:} links.
 * <p>
 * Skipped, with a message, when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetBrowserTests {



	private static final HttpServer clinicSite = startClinicSite();

	@TempDir
	static Path transcripts;

	private static WebDriver browser;


	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("chatbot.transcripts.directory", transcripts::toString);
		// the site's page is served from localhost; the same page from 127.0.0.1 is another, unlisted origin
		registry.add("chatbot.web.allowed-origins", () -> "http://localhost:" + clinicSite.getAddress().getPort());
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start("widget", (options) -> options.addArguments("--window-size=1200,900"));
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		clinicSite.stop(0);
	}

	@Test
	void aListedSitesVisitorAsksAndReadsTheAnswerAsText() {
		SearchContext widget = openWidgetOn("localhost");

		ask(widget, "how long do the effects of ketamine last <b>really</b>?");

		WebElement reply = waitFor(widget, "li.bot");
		assertThat(widget.findElement(By.cssSelector("li.visitor p")).getText())
			.isEqualTo("how long do the effects of ketamine last <b>really</b>?");
		assertThat(widget.findElements(By.cssSelector("li.visitor b"))).isEmpty();
		assertThat(reply.findElement(By.cssSelector(".disclaimer")).getText()).contains("not medical advice");
		List<WebElement> suggestions = reply.findElements(By.cssSelector("button.suggestion"));
		assertThat(suggestions).isNotEmpty();

		suggestions.get(0).click();
		waitUntil(() -> widget.findElements(By.cssSelector("li.bot")).size() == 2);
	}

	@Test
	void anUrgentReplyGivesTheCrisisLinesAsPhoneLinks() {
		SearchContext widget = openWidgetOn("localhost");

		ask(widget, "I want to kill myself");

		WebElement reply = waitFor(widget, "li.urgent");
		assertThat(reply.getAttribute("role")).isEqualTo("alert");
		assertThat(reply.findElements(By.cssSelector("a[href='tel:988']"))).isNotEmpty();
		assertThat(reply.findElements(By.cssSelector("a[href='tel:911']"))).isNotEmpty();
	}

	@Test
	void anUnlistedSiteCannotUseTheChatApi() {
		SearchContext widget = openWidgetOn("127.0.0.1");

		ask(widget, "what is ketamine");

		WebElement error = waitFor(widget, "li.bot[role='alert']");
		assertThat(error.getText()).contains("cannot be reached").contains("988");
	}

	private SearchContext openWidgetOn(String hostName) {
		browser.get("http://" + hostName + ":" + clinicSite.getAddress().getPort() + "/?service=" + this.port);
		WebElement host = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.id("clinic-chat-widget")));
		SearchContext widget = host.getShadowRoot();
		WebElement launcher = widget.findElement(By.cssSelector("button.launcher"));
		assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");
		launcher.click();
		assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(widget.findElement(By.cssSelector("section.panel")).isDisplayed()).isTrue();
		return widget;
	}

	private static void ask(SearchContext widget, String text) {
		widget.findElement(By.cssSelector("input")).sendKeys(text);
		widget.findElement(By.cssSelector("button.send")).click();
	}

	private static WebElement waitFor(SearchContext widget, String selector) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> widget.findElements(By.cssSelector(selector)).stream().findFirst().orElse(null));
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> condition.getAsBoolean());
	}

	/**
	 * A clinic's web site: one page that embeds the widget with a single script tag.
	 */
	private static HttpServer startClinicSite() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
			server.createContext("/", (exchange) -> {
				String query = exchange.getRequestURI().getQuery();
				String servicePort = (query != null) ? query.replace("service=", "") : "0";
				byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>Clinic</title></head><body>"
						+ "<h1>Welcome to the clinic</h1>"
						+ "<script src=\"http://127.0.0.1:" + servicePort + "/widget.js\" defer></script>"
						+ "</body></html>").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(page);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
