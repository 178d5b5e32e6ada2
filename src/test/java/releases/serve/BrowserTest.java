package releases.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page end to end in Debian's headless Chromium, driven through its chromedriver (never downloaded),
 * with no network beyond loopback: type a query, click the map and the timeline, go back, open a release and an
 * official. Counts are checked against the JSON API of the same server.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path dir;
  static ServeFixture serve;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipped: Debian's chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver;"
            + " .ci/run installs them)");
    serve = ServeFixture.start(ServeFixture.buildIndex(dir));
  }

  @AfterAll
  static void stop() throws Exception {
    if (serve != null) {
      serve.close();
    }
  }

  private static WebDriver browser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--window-size=1280,1100",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static long apiTotal(String query) throws Exception {
    return new ObjectMapper().readTree(serve.get("/api/search?limit=0&" + query).body()).get("total").asLong();
  }

  @Test
  void queryMapTimelineBackReleaseAndOfficial() throws Exception {
    WebDriver driver = browser();
    try {
      SearchPage page = SearchPage.open(driver, serve.uri("/").toString());
      assertEquals(apiTotal(""), page.total());

      page = page.search("fingerprints");
      assertTrue(driver.getCurrentUrl().contains("q=fingerprints"), driver.getCurrentUrl());
      long byQuery = page.total();
      assertEquals(apiTotal("q=fingerprints"), byQuery);

      WebElement tile = page.busiest("#map a.tile");
      String code = tile.getAttribute("data-state");
      int tileCount = Integer.parseInt(tile.getAttribute("data-count"));
      page = page.click(tile, "state=");
      assertEquals(tileCount, page.total());
      assertEquals(apiTotal("q=fingerprints&state=" + code), page.total());
      assertTrue(page.chips().stream().anyMatch(c -> c.startsWith("State: ")), page.chips().toString());

      WebElement bar = page.busiest("#timeline a.bar");
      String year = bar.getAttribute("data-period");
      int barCount = Integer.parseInt(bar.getAttribute("data-count"));
      page = page.click(bar, "from=" + year);
      assertTrue(driver.getCurrentUrl().contains("to=" + year), driver.getCurrentUrl());
      assertEquals(barCount, page.total());
      assertEquals("month", driver.findElement(By.id("timeline")).getAttribute("data-unit"));
      page.screenshot(Path.of("target", "serve-search.png"));

      // Every state was in the URL, so the back button walks the same steps in reverse.
      driver.navigate().back();
      assertFalse(driver.getCurrentUrl().contains("from="), driver.getCurrentUrl());
      assertEquals(tileCount, new SearchPage(driver).total());
      driver.navigate().back();
      assertEquals(byQuery, new SearchPage(driver).total());
      driver.navigate().forward();
      page = new SearchPage(driver);
      assertEquals(tileCount, page.total());

      page = page.drag(0, 2);
      assertTrue(driver.getCurrentUrl().matches(".*from=\\d{4}.*to=\\d{4}.*"), driver.getCurrentUrl());

      WebElement first = driver.findElement(By.cssSelector("li.hit a.title"));
      String title = first.getText();
      first.click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/release?id="));
      assertEquals(title, driver.findElement(By.id("title")).getText());

      driver.get(serve.uri("/officials").toString());
      WebElement official = driver.findElement(By.cssSelector("table.officials a.official"));
      String name = official.getText();
      official.click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/official?name="));
      assertEquals(name, driver.findElement(By.id("name")).getText());
      assertFalse(driver.findElements(By.cssSelector("#roles tbody tr")).isEmpty());
      assertFalse(driver.findElements(By.cssSelector("svg.timeline a.bar")).isEmpty());
    } finally {
      driver.quit();
    }
  }

  @Test
  void aBadQueryShowsTheOneLineErrorUnderTheBox() throws Exception {
    WebDriver driver = browser();
    try {
      SearchPage.open(driver, serve.uri("/").toString()).search("\"never closed");
      String expected = serve.cli("search", "\"never closed").err().strip();
      assertEquals(expected, "releases: " + driver.findElement(By.id("query-error")).getText());
    } finally {
      driver.quit();
    }
  }

  @Test
  void markupInAReleaseStaysInert() throws Exception {
    WebDriver driver = browser();
    try {
      driver.get(serve.uri("/release?id=" + Html.enc(ServeFixture.ATTACK)).toString());
      assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
      // The title's script, had it run, would have set the title to "pwned"; it shows as text instead.
      assertTrue(driver.getTitle().startsWith("Sheriff <script>document.title="), driver.getTitle());
      assertTrue(driver.findElement(By.id("title")).getText().contains("<script>"));
      assertTrue(driver.findElement(By.id("body")).getText().contains("\"><img src=x onerror=alert(1)>"));
      assertTrue(driver.findElements(By.cssSelector("main img")).isEmpty());
      assertTrue(driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
    } finally {
      driver.quit();
    }
  }

  /** The search page as a test drives it; its methods return the page that follows and never assert. */
  record SearchPage(WebDriver driver) {

    static SearchPage open(WebDriver driver, String url) {
      driver.get(url);
      return new SearchPage(driver).loaded();
    }

    SearchPage loaded() {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("q")).isEmpty());
      return this;
    }

    long total() {
      List<WebElement> t = driver.findElements(By.id("total"));
      return t.isEmpty() ? -1 : Long.parseLong(t.get(0).getAttribute("data-total"));
    }

    List<String> chips() {
      return driver.findElements(By.cssSelector("#chips li.chip")).stream().map(WebElement::getText).toList();
    }

    SearchPage search(String query) {
      WebElement box = driver.findElement(By.id("q"));
      box.clear();
      box.sendKeys(query, Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(box));
      return loaded();
    }

    /** The element with the largest data-count among those {@code css} selects. */
    WebElement busiest(String css) {
      return driver.findElements(By.cssSelector(css)).stream()
          .max(Comparator.comparingInt(e -> Integer.parseInt(e.getAttribute("data-count")))).orElseThrow();
    }

    SearchPage click(WebElement link, String urlPart) {
      link.findElement(By.cssSelector("rect:first-of-type")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(urlPart));
      return loaded();
    }

    /** Drags across the timeline from bar {@code from} to bar {@code to}. */
    SearchPage drag(int from, int to) {
      List<WebElement> bars = driver.findElements(By.cssSelector("#timeline a.bar rect.hit"));
      String before = driver.getCurrentUrl();
      new Actions(driver).clickAndHold(bars.get(from)).moveToElement(bars.get(Math.min(to, bars.size() - 1)))
          .release().perform();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before));
      return loaded();
    }

    void screenshot(Path to) throws Exception {
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.createDirectories(to.getParent());
      Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
