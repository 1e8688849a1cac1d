package dev.tradehub.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal as a person sees it: Debian's chromium, headless, driven by its chromedriver, with a fresh profile.
 * Every page it opens is remembered, so that a failed test can leave a screenshot of each (and, with
 * {@code -Dtradehub.e2e.screenshots.all=true}, a passing one too, to look at the pages).
 */
final class PortalBrowser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PortalBrowser.class.getName());
    static final Path SCREENSHOTS = Path.of(System.getProperty("tradehub.e2e.screenshots", "target/screenshots"));
    private static final boolean ALL_SCREENSHOTS = Boolean.getBoolean("tradehub.e2e.screenshots.all");

    private final URI base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private int shot;

    PortalBrowser(URI base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("tradehub-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // PLATFORM.md: without the background-networking flags chromium's own connections are refused by the closed
        // network, many at a time.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class);
    }

    /** Opens a path of the portal as typed into the address bar. */
    void open(String path) {
        driver.get(base.resolve(path).toString());
        settled(path);
    }

    /** Clicks and waits for the page or the ajax update it causes to settle. */
    void click(By target) {
        // A click that lands on something still closing over the target (a menu's list, a dialog's mask) is tried
        // again until the target itself takes it.
        wait.until(d -> {
            WebElement element = d.findElement(target);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
        settled(target.toString());
    }

    /** Opens a page from the portal's menu bar, through a submenu when one is named first. */
    void menu(String... labels) {
        for (String label : labels) {
            click(By.xpath("//div[contains(@class,'portal-menu')]//a[.//span[normalize-space(text())='" + label + "']]"));
        }
    }

    void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label, through the widget's own selectValue: clicks on
     * the list while it fades in were lost on a loaded machine (one test in three). What the server gets is the
     * same: the widget sets its hidden select and fires its change, as a click does.
     */
    void choose(String menuId, String label) {
        Object found = script("var widget = PrimeFaces.getWidgetById(arguments[0]);"
                + " var option = Array.from(widget.input[0].options).find(o => o.text.trim() === arguments[1]);"
                + " if (!option) { return false; } widget.selectValue(option.value); return true;", menuId, label);
        if (!Boolean.TRUE.equals(found)) {
            throw new IllegalArgumentException("The menu " + menuId + " has no option " + label);
        }
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
        settled("choose " + label);
    }

    String text(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    boolean present(By target) {
        return !driver.findElements(target).isEmpty();
    }

    String title() {
        return text(By.id(driver.findElements(By.id("page-title")).isEmpty() ? "error-title" : "page-title"));
    }

    void signIn(String username, String password) {
        consoleErrors(); // what earlier steps left in the console is theirs
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
    }

    void signOut() {
        click(By.id("navigation:logout"));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String source() {
        return driver.getPageSource();
    }

    WebDriver driver() {
        return driver;
    }

    /** What the page logged: a script refused by the CSP shows up here. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .filter(entry -> !entry.getMessage().contains("favicon.ico"))
                .map(LogEntry::getMessage).toList();
    }

    /** Waits for the document and PrimeFaces' ajax queue, then remembers the page for screenshots. */
    private void settled(String what) {
        wait.until(d -> "complete".equals(script("return document.readyState"))
                && Boolean.TRUE.equals(script("return !window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()")));
        shot++;
        if (ALL_SCREENSHOTS) {
            screenshot(String.format("%03d-%s", shot, slug(what)));
        }
    }

    /** A PNG of the page as it is now, into target/screenshots. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(slug(name) + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "No screenshot " + name + ": " + e);
            return null;
        }
    }

    private static String slug(String text) {
        String slug = text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                LOG.fine(() -> "profile left at " + profile);
            }
        }
    }
}
