package city.sanitation.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver, in a fresh profile, with screenshots under target/. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    static Browser start(String baseUrl, int width, int height) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
                        + " chromium-driver); .ci/run installs them.");
        try {
            Path profile = Files.createTempDirectory("scheduler-ui-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--hide-scrollbars",
                            "--window-size=" + width + "," + height,
                            "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in on the sign-in page, as a person would, and waits until it has left for the account's page. */
    void signIn(String username, String password) {
        signOut();
        open("/sign-in.html");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        click("#sign-in");
        await(browser -> !browser.getCurrentUrl().contains("/sign-in"));
    }

    /** Forgets the session (its cookies), as a sign-out does. */
    void signOut() {
        // Leave for a blank page first: an app page that finds its session gone sends the browser to the sign-in page
        // with itself as the next page, and the sign-in page that finds one still there sends it on to that
        // account's page; either navigation may overtake the next open().
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Deletes the session's cookies where the page is, as a session that ended under an open page. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The text of the first visible element matching {@code css}, read again if the page redrew it meanwhile. */
    String text(String css) {
        return await(driver -> {
            WebElement element = driver.findElement(By.cssSelector(css));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    void click(String css) {
        await(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    <T> T await(Function<WebDriver, T> condition) {
        // Pages redraw what they show after every answer from the app: an element found a moment ago may be gone.
        return new WebDriverWait(driver, Duration.ofSeconds(40))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves what the browser shows as target/screenshots/{name}.png and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind does no harm
        }
    }
}
