package org.mutualportal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, set up for this machine: explicit binary and driver (no
 * Selenium Manager, no network), a fresh profile deleted afterwards. Without Chromium the browser tests are
 * skipped — except under CI ({@code CI=true}), where that is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open() {
        return open(true);
    }

    /**
     * A browser with JavaScript switched off, as a password manager's submit, an old phone or a text browser sends
     * forms: the pages must work as plain HTML forms.
     */
    public static Browser openWithoutJavaScript() {
        return open(false);
    }

    private static Browser open(boolean javaScript) {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but chromium and chromium-driver are not installed");
            }
            Assumptions.abort("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            Path profile = Files.createTempDirectory("chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--lang=fr-FR", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            if (!javaScript) {
                options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(java.net.URI uri) {
        driver.get(uri.toString());
        return this;
    }

    /**
     * Signs in from the login page of the portal at {@code base} and waits for the dashboard, typing the code the
     * portal e-mails when it asks for one (a browser new to the account after recent failures, or a role that
     * always confirms).
     */
    public Browser signIn(java.net.URI base, String login, String password) {
        int mailsBefore = TestMailServer.messagesTo(login).size();
        go(base.resolve("login.xhtml"));
        type("input[id='login:identifier']", login);
        type("input[id='login:password']", password);
        find("button[id='login:submit']").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form#verify"))));
        if (!driver.findElements(By.cssSelector("form#verify")).isEmpty()) {
            type("input[id='verify:code']", TestMailServer.awaitSignInCode(login, mailsBefore, Duration.ofSeconds(30)));
            find("[id='verify:submit']").click();
            waitFor(".dashboard");
        }
        return this;
    }

    public WebElement find(String css) {
        return waitFor(css);
    }

    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement field = waitFor(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits for the page to load and PrimeFaces' Ajax queue to empty. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page shown now, less the waived ones
     * ({@link Accessibility}).
     */
    public java.util.List<Accessibility.Violation> accessibilityViolations(Accessibility.Waiver... waivers) {
        settle();
        return Accessibility.seriousViolations(driver, waivers);
    }

    /** Saves the page as {@code target/screenshots/<name>.png}, to look at what a test saw. */
    public void screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the page's body. Reading it right after a click may meet the page that is being replaced (a stale
     * element, or Chromium's "node does not belong to the document"): the read is retried until a page answers, so
     * that a test never fails on a body that went away under it; after 15 s the last failure is the test's.
     */
    public String text() {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    /** Waits until the page's text contains {@code expected}, for a message that follows a submit, and returns it. */
    public String waitForText(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
        return text();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort: the folder is under the temporary directory
            }
        }
    }
}
