package releases.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.cli.CliRunner;

/** The JSON API over a real server on a free port, compared whole with the command line's output on the same index. */
class ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static ServeFixture serve;

  @BeforeAll
  static void start() throws Exception {
    serve = ServeFixture.start(ServeFixture.buildIndex(dir));
  }

  @AfterAll
  static void stop() throws Exception {
    serve.close();
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = serve.get(path);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    return JSON.readTree(r.body());
  }

  private static JsonNode cli(String... args) throws Exception {
    CliRunner r = serve.cli(args);
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void searchIsTheCommandLinesJson() throws Exception {
    assertEquals(cli("search", "fingerprints", "--state", "Texas,CA", "--facet", "state,year,official", "--limit", "5",
            "--format", "json"),
        api("/api/search?q=fingerprints&state=Texas&state=CA&facet=state,year,official&limit=5"));
    assertEquals(cli("search", "\"information sharing\"~2", "--from", "2010", "--to", "2014-06", "--sort", "-date",
            "--offset", "3", "--format", "json"),
        api("/api/search?q=%22information+sharing%22~2&from=2010&to=2014-06&sort=-date&offset=3"));
  }

  @Test
  void facetsQuotesOfficialsAndReleaseAreTheCommandLinesJson() throws Exception {
    assertEquals(cli("facets", "county", "detention", "--limit", "7", "--format", "json"),
        api("/api/facets?dim=county&q=detention&limit=7"));
    assertEquals(cli("quotes", "public safety", "--limit", "15", "--format", "json"),
        api("/api/quotes?q=public+safety&limit=15"));
    JsonNode officials = cli("officials", "--format", "json");
    assertEquals(officials, api("/api/officials"));
    String name = officials.get("officials").get(0).get("name").asText();
    assertEquals(cli("quotes", "--by", name, "--format", "json"), api("/api/quotes?by=" + Html.enc(name)));
    String id = cli("search", "--limit", "1", "--format", "json").get("hits").get(0).get("id").asText();
    assertEquals(cli("show", id, "--format", "json"), api("/api/release?id=" + Html.enc(id)));
  }

  @Test
  void anOfficialsTimelineCountsTheirQuotesPerYearAsTheCommandLineListsThem() throws Exception {
    String name = cli("officials", "--format", "json").get("officials").get(0).get("name").asText();
    java.util.Map<String, Integer> perYear = new java.util.TreeMap<>();
    for (JsonNode q : cli("quotes", "--by", name, "--limit", "1000", "--format", "json").get("quotes")) {
      if (!q.get("date").isNull()) {
        perYear.merge(q.get("date").asText().substring(0, 4), 1, Integer::sum);
      }
    }
    String page = serve.get("/official?name=" + Html.enc(name)).body();
    java.util.Map<String, Integer> bars = new java.util.TreeMap<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "data-period=\"(\\d{4})\" data-count=\"(\\d+)\"").matcher(page);
    while (m.find()) {
      if (Integer.parseInt(m.group(2)) > 0) {
        bars.put(m.group(1), Integer.parseInt(m.group(2)));
      }
    }
    assertTrue(!perYear.isEmpty(), "the first official has dated quotes");
    assertEquals(perYear, bars);
  }

  @Test
  void csvDownloadsAreTheCommandLinesCsv() throws Exception {
    HttpResponse<String> r = serve.get("/api/search.csv?q=fingerprints&limit=20");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals(serve.cli("search", "fingerprints", "--limit", "20", "--format", "csv").out(), r.body());
    assertEquals(serve.cli("quotes", "--limit", "30", "--format", "csv").out(),
        serve.get("/api/quotes.csv?limit=30").body());
    assertEquals(serve.cli("officials", "--format", "csv").out(), serve.get("/api/officials.csv").body());
  }

  @Test
  void aBadQueryIs400WithTheCommandLinesOneLineMessage() throws Exception {
    for (String[] q : new String[][] {{"\"unclosed", "%22unclosed"}, {"title:(a OR", "title:(a+OR"},
        {"nosuchfield:x", "nosuchfield:x"}}) {
      CliRunner cli = serve.cli("search", q[0]);
      assertEquals(2, cli.code());
      HttpResponse<String> r = serve.get("/api/search?q=" + q[1]);
      assertEquals(400, r.statusCode(), r.body());
      assertEquals(cli.err().strip(), "releases: " + JSON.readTree(r.body()).get("error").asText());
    }
    HttpResponse<String> state = serve.get("/api/search?state=Missourri");
    assertEquals(400, state.statusCode());
    assertEquals(serve.cli("search", "--state", "Missourri").err().strip(),
        "releases: " + JSON.readTree(state.body()).get("error").asText());
  }

  @Test
  void requestsPastTheLimitsAreRefusedWithTheLimitNamed() throws Exception {
    HttpResponse<String> longQuery = serve.get("/api/search?q=" + "a".repeat(Limits.QUERY + 1));
    assertEquals(400, longQuery.statusCode());
    assertTrue(longQuery.body().contains("the limit is " + Limits.QUERY), longQuery.body());
    assertEquals(400, serve.get("/api/search?limit=" + (Limits.PAGE + 1)).statusCode());
    assertEquals(400, serve.get("/api/search?facet=state&facet_limit=" + (Limits.FACET + 1)).statusCode());
    assertEquals(400, serve.get("/api/search?offset=" + (Limits.OFFSET + 1)).statusCode());
    assertEquals(400, serve.get("/api/search?" + "state=mo&".repeat(Limits.VALUES + 1)).statusCode());
    HttpResponse<String> unknown = serve.get("/api/search?qq=x");
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("unknown parameter 'qq'"), unknown.body());
  }

  @Test
  void releasesAreLookedUpByIdInTheIndexNeverAsFiles() throws Exception {
    for (String id : new String[] {"../../../../etc/passwd", "/etc/passwd", "nosuch", "corpus/0000/000001.txt"}) {
      HttpResponse<String> r = serve.get("/api/release?id=" + Html.enc(id));
      assertEquals(404, r.statusCode(), id);
      assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith("no release with id"), r.body());
      assertEquals(404, serve.get("/release?id=" + Html.enc(id)).statusCode());
    }
  }
}
