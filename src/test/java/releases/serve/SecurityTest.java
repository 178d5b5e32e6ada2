package releases.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.UserException;
import releases.cli.CliRunner;

/** What makes the server safe on a shared machine: escaping, headers, the token, read-only, bounded requests. */
class SecurityTest {

  private static final String TOKEN = "correct-horse-battery-staple";

  @TempDir
  static Path dir;
  static Path index;
  static ServeFixture open;
  static ServeFixture guarded;

  @BeforeAll
  static void start() throws Exception {
    index = ServeFixture.buildIndex(dir);
    open = ServeFixture.start(index);
    // Loopback with a token: the same rules as a public address, without exposing the test machine.
    guarded = ServeFixture.start(index, new ServeConfig("127.0.0.1", 0, TOKEN, ServeConfig.DEFAULT_TIMEOUT));
  }

  @AfterAll
  static void stop() throws Exception {
    open.close();
    guarded.close();
  }

  @Test
  void releaseTextWithMarkupShowsAsText() throws Exception {
    for (String page : new String[] {"/release?id=" + Html.enc(ServeFixture.ATTACK), "/?q=sheriff+notice",
        "/quotes?q=trap", "/official?name=Marc+Rapp"}) {
      HttpResponse<String> r = open.get(page);
      assertEquals(200, r.statusCode(), page);
      String html = r.body();
      assertFalse(html.contains("<script>"), page);
      assertFalse(html.contains("<img"), page);
      assertFalse(html.contains("href=\"javascript:"), page);
      assertFalse(html.contains("onerror=alert(1)>"), page);
      // The only scripts are the shipped one.
      assertEquals(1, html.split("<script", -1).length - 1, page);
    }
    String release = open.get("/release?id=" + Html.enc(ServeFixture.ATTACK)).body();
    assertTrue(release.contains("&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;"), release);
    assertTrue(release.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), release);
    assertTrue(release.contains("javascript:alert(3)"), release);
    // A source address is a link only when it is http or https.
    assertEquals("<span class=\"url\">javascript:alert(1)</span>", Html.external("javascript:alert(1)"));
    assertTrue(Html.external("https://www.ice.gov/news?a=1&b=\"2\"").startsWith("<a rel=\"noopener noreferrer nofollow\" href=\"https://www.ice.gov/news?a=1&amp;b=&quot;2&quot;\">"));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/api/search", "/nope", "/static/app.js", "/api/search?q=%22"}) {
      HttpResponse<String> r = open.get(path);
      assertEquals(Dispatch.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
      assertTrue(r.headers().firstValue("Server").isEmpty(), path);
    }
  }

  @Test
  void withATokenEveryPageAndApiCallNeedsIt() throws Exception {
    for (String path : new String[] {"/", "/search?q=x", "/release?id=x", "/quotes", "/officials", "/official?name=x",
        "/api/search", "/api/facets?dim=state", "/api/quotes", "/api/officials", "/api/release?id=x", "/api/search.csv"}) {
      HttpResponse<String> none = guarded.get(path);
      assertEquals(401, none.statusCode(), path);
      assertFalse(none.body().contains("releases match"), path);
    }
    // Wrong credentials are slowed down, so only a few are tried here.
    assertEquals(401, guarded.get("/", "Authorization", "Bearer not-the-token-at-all").statusCode());
    assertEquals(401, guarded.get("/api/search", "Authorization", "Bearer " + TOKEN + "x").statusCode());
    assertEquals(401, guarded.get("/api/quotes", "Cookie", Guard.COOKIE + "=forged").statusCode());
    assertEquals(200, guarded.get("/api/search?q=fingerprints", "Authorization", "Bearer " + TOKEN).statusCode());
    assertEquals(200, guarded.get("/", "Authorization", "Bearer " + TOKEN).statusCode());
    assertTrue(guarded.get("/?q=x").body().contains("name=\"token\""), "a browser gets the sign-in form");
  }

  @Test
  void theLoginFormSetsASessionCookieThatIsNotTheToken() throws Exception {
    HttpResponse<String> wrong = guarded.send(login("wrong-token-guess", "/officials"));
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());
    HttpResponse<String> right = guarded.send(login(TOKEN, "/officials"));
    assertEquals(303, right.statusCode());
    assertEquals("/officials", right.headers().firstValue("Location").orElse(null));
    String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains(TOKEN));
    String session = cookie.substring(0, cookie.indexOf(';'));
    assertEquals(200, guarded.get("/officials", "Cookie", session).statusCode());
    // Only a path on this server is followed after signing in.
    for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
      assertEquals("/", guarded.send(login(TOKEN, next)).headers().firstValue("Location").orElse(null), next);
    }
  }

  @Test
  void repeatedWrongTokensAreAnsweredMoreSlowly() throws Exception {
    Guard guard = new Guard(TOKEN);
    long[] took = new long[4];
    for (int i = 0; i < took.length; i++) {
      long t = System.nanoTime();
      assertNull(guard.login("wrong", "192.0.2.7"));
      took[i] = (System.nanoTime() - t) / 1_000_000;
    }
    // From the second failure on, each waits at least 250 ms, doubling (a lower bound: sleeps never end early).
    assertTrue(took[1] >= 250 && took[2] >= 500 && took[3] >= 1000, java.util.Arrays.toString(took));
    assertNotNull(guard.login(TOKEN, "192.0.2.7"));
  }

  @Test
  void anAddressOtherMachinesReachNeedsAToken() {
    UserException e = assertThrows(UserException.class,
        () -> new ServeConfig("0.0.0.0", 0, null, ServeConfig.DEFAULT_TIMEOUT));
    assertTrue(e.getMessage().contains("RELEASES_TOKEN"), e.getMessage());
    assertThrows(UserException.class, () -> new ServeConfig("192.168.1.5", 0, "", ServeConfig.DEFAULT_TIMEOUT));
    assertThrows(UserException.class, () -> new ServeConfig("0.0.0.0", 0, "short", ServeConfig.DEFAULT_TIMEOUT));
    new ServeConfig("::1", 0, null, ServeConfig.DEFAULT_TIMEOUT);
    new ServeConfig("localhost", 0, null, ServeConfig.DEFAULT_TIMEOUT);
    CliRunner cli = CliRunner.run("serve", "--host", "0.0.0.0", "--index", index.toString());
    assertEquals(2, cli.code());
    assertTrue(cli.err().startsWith("releases: --host 0.0.0.0 is reachable from other machines"), cli.err());
  }

  @Test
  void itIsReadOnly() throws Exception {
    for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
      HttpResponse<String> r = open.send(HttpRequest.newBuilder(open.uri("/api/search"))
          .method(method, HttpRequest.BodyPublishers.noBody()).build());
      assertEquals(405, r.statusCode(), method);
    }
    HttpResponse<String> post = open.send(HttpRequest.newBuilder(open.uri("/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("q=x")).header("Content-Type", "application/x-www-form-urlencoded").build());
    assertEquals(405, post.statusCode());
  }

  @Test
  void oversizedRequestsAreRefused() throws Exception {
    HttpResponse<String> body = guarded.send(HttpRequest.newBuilder(guarded.uri("/login"))
        .POST(HttpRequest.BodyPublishers.ofString("token=" + "x".repeat(Limits.BODY * 2)))
        .header("Content-Type", "application/x-www-form-urlencoded").build());
    assertEquals(413, body.statusCode());
    HttpResponse<String> header = open.get("/", "X-Padding", "y".repeat(Limits.HEADERS * 2));
    assertEquals(431, header.statusCode());
    HttpResponse<String> url = open.get("/api/search?q=" + "z".repeat(Limits.HEADERS * 2));
    assertTrue(url.statusCode() == 414 || url.statusCode() == 431, "status " + url.statusCode());
  }

  @Test
  void aSearchThatOutlastsItsDeadlineIsStoppedWith503() throws Exception {
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    try (Deadline deadline = new Deadline(Duration.ofMillis(50), 1)) {
      HttpError e = assertThrows(HttpError.class, () -> deadline.run(() -> never.await(1, java.util.concurrent.TimeUnit.MINUTES)));
      assertEquals(503, e.status());
      assertTrue(e.getMessage().startsWith("the search took longer than"), e.getMessage());
    } finally {
      never.countDown();
    }
  }

  private static HttpRequest login(String token, String next) {
    return HttpRequest.newBuilder(guarded.uri("/login"))
        .POST(HttpRequest.BodyPublishers.ofString("token=" + Html.enc(token) + "&next=" + Html.enc(next)))
        .header("Content-Type", "application/x-www-form-urlencoded").build();
  }
}
