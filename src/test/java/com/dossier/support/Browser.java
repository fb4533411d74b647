package com.dossier.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's, never a downloaded one) driven by Selenium, as a person
 * would use the pages. Where no Chromium is installed, browser tests skip loudly on a
 * developer's machine and fail in CI (CI=true).
 */
public final class Browser implements AutoCloseable {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	private final WebDriver driver;

	private final String base;

	private final Path profile;

	private Browser(WebDriver driver, String base, Path profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	public static Browser open(int port) {
		if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
			String message = "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
					+ "chromium-driver); they are SKIPPED here";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message.replace("SKIPPED here", "required in CI"));
			}
			System.err.println("!!!!! " + message + " !!!!!");
			Assumptions.abort(message);
		}
		try {
			Path profile = Files.createTempDirectory("dossier-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
			// Headless Chromium ignores --lang; the users we test first are
			// Chinese-speaking.
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
				.usingAnyFreePort()
				.build();
			WebDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			return new Browser(driver, "http://localhost:" + port, profile);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public boolean has(String css) {
		return !driver.findElements(By.cssSelector(css)).isEmpty();
	}

	public Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Clicks, and when the click starts a navigation (a submit, a link) waits until the
	 * old page is gone, so that the next lookup cannot read the page being left (a stale
	 * element, or the old text) while a slow response is on its way. A click that
	 * navigates nowhere costs the short wait.
	 */
	public Browser click(String css) {
		WebElement page = find("html");
		clickWhenAttached(css);
		try {
			new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> gone(page));
		}
		catch (TimeoutException e) {
			// no navigation: the same page stays
		}
		return this;
	}

	/**
	 * Whether the element's page has been replaced. Chromium reports a node of a page
	 * being torn down either as stale or as "does not belong to the document"; both mean
	 * the navigation happened.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException e) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException e) {
			if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	/**
	 * The element may belong to a page that is still being replaced by an earlier
	 * navigation: look again.
	 */
	private void clickWhenAttached(String css) {
		for (int attempt = 1;; attempt++) {
			try {
				find(css).click();
				return;
			}
			catch (org.openqa.selenium.StaleElementReferenceException e) {
				if (attempt == 3) {
					throw e;
				}
			}
			catch (org.openqa.selenium.WebDriverException e) {
				if (attempt == 3 || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
					throw e;
				}
			}
		}
	}

	/**
	 * Presses Tab from wherever the focus is until the element the selector names has it,
	 * as a person without a mouse moves through a page; fails when Tab never gets there.
	 */
	public WebElement tabTo(String css) {
		WebElement target = find(css);
		for (int i = 0; i < 80; i++) {
			WebElement active = driver.switchTo().activeElement();
			if (active.equals(target)) {
				return active;
			}
			active.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + css + " on " + path());
	}

	public String path() {
		return driver.getCurrentUrl().replace(base, "");
	}

	public String text(String css) {
		return find(css).getText();
	}

	public String pageText() {
		return find("body").getText();
	}

	public Browser waitForPath(String path) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().startsWith(path));
		return this;
	}

	/** Signs in through the portal's login box. */
	public Browser login(String username, String password) {
		go("/login").type("#username", username).type("#password", password).click("#login-submit");
		return this;
	}

	/**
	 * Signs out and waits until the portal home is back, so the next navigation cannot
	 * race the logout's.
	 */
	public Browser logout() {
		click("#logout");
		return waitForPath("/?logout");
	}

	/** Keeps a picture of the page under target/screenshots for people to look at. */
	public Browser screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/**
	 * The WCAG 2.1 A/AA violations axe-core finds on the current page, one line each
	 * ({@code rule: selector — html}), empty when there are none. axe's script ships in
	 * its jar and is injected through the driver (the page's CSP does not apply to it).
	 */
	public java.util.List<String> axe() {
		var results = new com.deque.html.axecore.selenium.AxeBuilder()
			.withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver);
		if (results.isErrored() || results.getPasses() == null || results.getPasses().isEmpty()) {
			throw new IllegalStateException("axe-core did not run on " + path() + ": " + results.getErrorMessage());
		}
		return results.getViolations()
			.stream()
			.flatMap(rule -> rule.getNodes()
				.stream()
				.map(node -> rule.getId() + ": " + node.getTarget() + " — " + node.getHtml()
						+ (node.getFailureSummary() == null ? ""
								: " (" + node.getFailureSummary().replace('\n', ' ') + ")")))
			.toList();
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// a leftover temporary profile is harmless
		}
	}

}
