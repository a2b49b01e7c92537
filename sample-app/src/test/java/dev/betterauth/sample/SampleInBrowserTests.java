package dev.betterauth.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample page in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, nothing downloaded): sign in at the demo provider's login
 * page, link the second demo provider, fetch a token's expiry, unlink, sign out, and a
 * callback that fails (the user cancels at the provider) shown in the page's error panel
 * with its explanation link. On failure a screenshot is saved under {@code target/}.
 * Skipped, saying why, where Chromium is not installed, unless
 * {@code betterauth.requireBrowser} is set (CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SampleInBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final int PROVIDER_PORT = freePort();

	private static final int APP_PORT = freePort();

	private static WebDriver browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> APP_PORT);
		registry.add("sample.demo-provider.port", () -> PROVIDER_PORT);
		registry.add("sample.demo-provider.interactive-login", () -> true);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String reason = "Chromium (" + CHROMIUM + ") or its driver (" + CHROMEDRIVER + ") is not installed; the "
					+ "sample's browser test is skipped. Install Debian's chromium and chromium-driver, or run "
					+ ".ci/run, to include it.";
			if (!Boolean.getBoolean("betterauth.requireBrowser")) {
				System.err.println("[better-auth] " + reason);
				Assumptions.abort(reason);
			}
		}
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1200,1000",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void signInLinkTokenUnlinkSignOutAndAFailedCallback() throws IOException {
		try {
			browser.get(app("/"));
			click("sign-in-demo");
			logInAtTheProvider("jane");
			waitForText("status", "You are signed in.");
			assertThat(text("user-email")).isEqualTo("jane@demo.localhost");
			waitFor(() -> accounts().equals(List.of("demo")));

			click("link-demo-work");
			logInAtTheProvider("jane");
			waitFor(() -> accounts().size() == 2);
			assertThat(accounts()).containsExactlyInAnyOrder("demo", "demo-work");

			click("token-demo");
			waitForText("token", "expires at");
			assertThat(text("token")).matches("The demo access token expires at \\d{4}-\\d\\d-\\d\\dT.*Z\\.");

			click("unlink-demo-work");
			waitForText("message", "Unlinked demo-work.");
			waitFor(() -> accounts().equals(List.of("demo")));

			click("sign-out");
			waitForText("status", "You are signed out.");
			browser.get(app("/me"));
			waitForText("message", "Sign in to see that page.");

			click("sign-in-demo");
			wait(ExpectedConditions.presenceOfElementLocated(By.name("username")));
			// The user cancels: the provider sends them back with an error and the flow's
			// state.
			browser.findElement(By.name("cancel")).click();
			wait(ExpectedConditions.visibilityOfElementLocated(By.id("error-panel")));
			assertThat(text("error-code")).isEqualTo("access_denied");
			assertThat(text("error-description")).isEqualTo("The user cancelled");
			assertThat(browser.findElement(By.id("error-link")).getAttribute("href"))
				.isEqualTo(app("/api/auth/error?error=access_denied"));
			click("error-link");
			waitForText("error-code", "access_denied");
			assertThat(browser.getTitle()).isEqualTo("Sign-in error: access_denied");
		}
		catch (RuntimeException | AssertionError ex) {
			Path screenshot = Path.of("target", "browser-failure.png");
			Files.createDirectories(screenshot.getParent());
			Files.write(screenshot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
			System.err.println("[better-auth] browser test failed at " + browser.getCurrentUrl() + " (page message: "
					+ browser.findElement(By.id("message")).getText() + "); screenshot: "
					+ screenshot.toAbsolutePath());
			throw ex;
		}
	}

	private static void logInAtTheProvider(String user) {
		WebElement name = wait(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		assertThat(browser.getCurrentUrl()).startsWith("http://localhost:" + PROVIDER_PORT + "/");
		name.sendKeys(user);
		name.submit();
		wait(ExpectedConditions.urlMatches("^http://localhost:" + APP_PORT + "/(\\?.*)?$"));
	}

	/**
	 * The providers of the account rows, read in one script (the page rebuilds the rows).
	 */
	@SuppressWarnings("unchecked")
	private static List<String> accounts() {
		return (List<String>) ((JavascriptExecutor) browser).executeScript(
				"return Array.from(document.querySelectorAll('tr.account')).map((row) => row.dataset.provider);");
	}

	/** Clicks once the element is clickable, again if the page rebuilt it meanwhile. */
	private static void click(String id) {
		wait((driver) -> {
			WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(driver);
			if (element == null) {
				return null;
			}
			element.click();
			return Boolean.TRUE;
		});
	}

	private static String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private static void waitForText(String id, String text) {
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
	}

	private static void waitFor(BooleanSupplier condition) {
		wait((driver) -> condition.getAsBoolean() ? Boolean.TRUE : null);
	}

	private static <T> T wait(ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private static String app(String path) {
		return "http://localhost:" + APP_PORT + path;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
