package com.clinicfaq.chatbot.staff;

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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code /staff} page in a real browser (Debian's headless Chromium driven by Selenium): visitor text
 * that contains markup is shown as text, and the whole loop works: a visitor's missed question is assigned to an
 * intent on the page and answered the next time, without a restart.
 * <p>
 * Skipped, with a message, when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing (install them
 * with {@code apt-get install -y chromium chromium-driver}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffPageBrowserTests {



	static final StaffFixture fixture = StaffFixture.teaching();

	private static WebDriver browser;


	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		fixture.register(registry);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start("staff", (options) -> options.addArguments("--window-size=1400,1000"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void pageWhenTranscriptContainsMarkupShowsItAsText() throws Exception {
		open("/staff");
		WebElement message = browser.findElement(By.cssSelector("tr[data-message-id='d1'] td.text"));
		assertThat(message.getText()).startsWith("<script>document.title='pwned'</script><img src=x onerror=");
		assertThat(browser.getTitle()).isEqualTo("Clinic FAQ bot: staff review");
		assertThat(browser.findElements(By.cssSelector("#turns script, #turns img"))).isEmpty();
		List<WebElement> rows = browser.findElements(By.cssSelector("#turns tbody tr"));
		assertThat(rows.get(0).getAttribute("class")).isEqualTo("urgent");
		assertThat(rows.get(0).getAttribute("data-message-id")).isIn("b1", "h1");
		screenshot("staff-page.png");

		browser.findElement(By.cssSelector("tr[data-message-id='d1'] button.open")).click();
		WebElement conversation = wait(Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation")));
		assertThat(conversation.findElement(By.cssSelector("li .text")).getText()).contains("<img src=x onerror=");
		assertThat(conversation.findElements(By.cssSelector("script, img"))).isEmpty();
		assertThat(browser.getTitle()).isEqualTo("Clinic FAQ bot: staff review");
		screenshot("staff-conversation.png");
	}

	@Test
	void assignOnThePageTeachesTheBotAQuestionItMissed() throws Exception {
		String question = "is there a microwave i can use";
		JsonNode before = chat(question);
		assertThat(before.get("route").asText()).isNotEqualTo("answer");
		assertThat(before.get("handoff").get("reason").asText()).isEqualTo("unmatched");

		open("/staff");
		browser.findElement(By.name("q")).sendKeys("microwave");
		WebElement unfiltered = browser.findElement(By.cssSelector("#turns tbody tr"));
		browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(unfiltered));
		assertThat(browser.findElements(By.cssSelector("#turns tbody tr"))).hasSize(1);
		WebElement row = wait(Duration.ofSeconds(10)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("tr[data-message-id='" + before.get("messageId").asText() + "']")));
		new Select(row.findElement(By.cssSelector(".assign select"))).selectByValue("session_experience");
		row.findElement(By.cssSelector(".assign-button")).click();
		WebElement result = row.findElement(By.cssSelector(".assign-result"));
		wait(Duration.ofSeconds(120)).until((driver) -> result.getText().startsWith("Learned"));
		screenshot("staff-assigned.png");

		JsonNode after = chat(question);
		assertThat(after.get("route").asText()).isEqualTo("answer");
		assertThat(after.get("intent").get("name").asText()).isEqualTo("session_experience");
	}

	@Test
	void alertsPanelWhenUrgentTurnArrivesShowsItLiveAndRecordsTheAcknowledgement() throws Exception {
		open("/staff");
		wait(Duration.ofSeconds(20)).until((driver) -> "live"
			.equals(driver.findElement(By.id("alerts-connection")).getText()));
		assertThat(browser.findElement(By.id("alert-routes")).getText()).contains("NOT pushed to anyone");

		JsonNode reply = chat("My name is Jane Doe, 415-555-0134. I'm going to kill myself tonight, I have the pills");
		String id = reply.get("messageId").asText();
		WebElement alert = wait(Duration.ofSeconds(20)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#alert-list li[data-alert-id='" + id + "']")));
		assertThat(alert.findElement(By.cssSelector(".text")).getText()).contains("[PHONE]", "kill myself")
			.doesNotContain("Jane", "415-555-0134");
		screenshot("staff-alert-live.png");

		alert.findElement(By.cssSelector(".ack-note")).sendKeys("voicemail, will try again at 3");
		alert.findElement(By.cssSelector("button.ack.left_message")).click();
		WebElement acknowledged = wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#alert-list li[data-alert-id='" + id + "'] .acknowledgement")));
		assertThat(acknowledged.getText()).startsWith("Acknowledged by " + StaffFixture.USER + " (left a message)")
			.endsWith("voicemail, will try again at 3");
		assertThat(Files.readString(fixture.audit)).contains("\"action\":\"acknowledge_alert\",\"target\":\"" + id);
		screenshot("staff-alert-acknowledged.png");
	}

	private void open(String path) {
		browser.get("http://" + StaffFixture.USER + ":" + StaffFixture.PASSWORD + "@127.0.0.1:" + this.port + path);
		wait(Duration.ofSeconds(20)).until((driver) -> "true"
			.equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));
	}

	private JsonNode chat(String text) throws Exception {
		String body = WebClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", text))
			.retrieve()
			.bodyToMono(String.class)
			.block(Duration.ofSeconds(30));
		return this.json.readTree(body);
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
