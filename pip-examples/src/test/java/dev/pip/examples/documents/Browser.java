package dev.pip.examples.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium, from the distribution's packages (chromium and chromium-driver), shared
 * by every browser test of a run. Where the two binaries are absent the tests are skipped through
 * a JUnit assumption, never passed; CI installs them first ({@code .ci/run}).
 */
final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getProperty("pip.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("pip.chromedriver", "/usr/bin/chromedriver"));
    private static final int WIDTH = 1100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser session; skips the calling tests when Chromium or chromedriver is missing. */
    static Browser start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no headless browser here: install the Debian packages chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=" + WIDTH + ",1000", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens {@code page} and fails on any console message of level warning or worse, or any request made. */
    void open(Path page) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().window().setSize(new Dimension(WIDTH, 1000));
        String url = page.toUri().toString();
        driver.get(url);
        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
        assertEquals(List.of(), problems, "console errors on " + page);
        List<String> requests = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = read(e.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String requested = message.path("params").path("request").path("url").asText();
                if (!requested.equals(url)) {
                    requests.add(requested);
                }
            }
        }
        requests.addAll(stringList(script("return performance.getEntriesByType('resource').map(e => e.name);")));
        assertEquals(List.of(), requests, "requests made by " + page);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chromedriver wrote a log entry that is not JSON: " + json, e);
        }
    }

    private static List<String> stringList(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    /** Runs {@code js} in the page and returns its value. */
    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A number the script returns. */
    long number(String js, Object... args) {
        return ((Number) script(js, args)).longValue();
    }

    /** A text the script returns. */
    String text(String js, Object... args) {
        return String.valueOf(script(js, args));
    }

    /** A screenshot of the whole page, saved as {@code file}. */
    void screenshot(Path file) {
        long height = number("return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height + 20, 16_000)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
