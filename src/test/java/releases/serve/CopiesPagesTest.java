package releases.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.cli.CliRunner;

/** The web pages show what the command line shows of copies and boilerplate, on a corpus with copies planted. */
class CopiesPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static ServeFixture serve;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    CliRunner g = CliRunner.run("generate", "--docs", "200", "--copies", "0.2", "--out", corpus.toString(),
        "--seed", "23");
    assertEquals(0, g.code(), g.err());
    CliRunner i = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, i.code(), i.err());
    serve = ServeFixture.start(index);
  }

  @AfterAll
  static void stop() throws Exception {
    serve.close();
  }

  private static String page(String path) throws Exception {
    HttpResponse<String> r = serve.get(path);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static JsonNode cli(String... args) throws Exception {
    CliRunner r = serve.cli(args);
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void eachHitNamesItsCopiesAsTheCommandLineDoes() throws Exception {
    JsonNode hits = cli("search", "detention", "--limit", "10", "--format", "json").get("hits");
    String html = page("/?q=detention");
    int withCopies = 0;
    for (JsonNode h : hits) {
      JsonNode copies = h.get("copies");
      if (copies.isEmpty()) {
        continue;
      }
      withCopies++;
      StringBuilder ids = new StringBuilder();
      for (JsonNode c : copies) {
        ids.append(ids.isEmpty() ? "" : ", ").append(Html.a("/release?id=" + Html.enc(c.asText()), c.asText()));
      }
      String line = "<p class=\"copies\">+" + Html.plural(copies.size(), "copy", "copies") + ": " + ids + "</p>";
      assertTrue(html.contains(line), "no " + line);
    }
    assertTrue(withCopies > 0, "the planted copies should fold into some of the first ten hits");
    assertEquals(withCopies, count(html, "class=\"copies\""));
  }

  @Test
  void allCopiesListsEveryCopyAsTheOptionDoes() throws Exception {
    JsonNode folded = cli("search", "detention", "--format", "json");
    JsonNode all = cli("search", "detention", "--all-copies", "--format", "json");
    HttpResponse<String> r = serve.get("/api/search?q=detention&all_copies=1");
    assertEquals(all, JSON.readTree(r.body()));
    assertTrue(folded.get("clusters").asLong() < folded.get("total").asLong(), "the planted copies should fold");
    assertTrue(!all.get("hits").equals(folded.get("hits")), "listing every copy should list other hits");
  }

  @Test
  void aReleasePageDimsItsBoilerplateParagraphs() throws Exception {
    JsonNode hits = cli("search", "--limit", "20", "--format", "json").get("hits");
    int checked = 0;
    for (JsonNode h : hits) {
      String id = h.get("id").asText();
      JsonNode shown = cli("show", id, "--format", "json");
      int boilerplate = 0;
      for (JsonNode p : shown.get("paragraphs")) {
        boilerplate += p.get("boilerplate").asBoolean() ? 1 : 0;
      }
      String html = page("/release?id=" + Html.enc(id));
      int dimmed = count(html, "<span class=\"boilerplate\"");
      // A quote that runs across a paragraph's edge keeps that paragraph undimmed; none may be dimmed wrongly.
      assertTrue(dimmed <= boilerplate && dimmed >= boilerplate - 1, id + ": " + dimmed + " of " + boilerplate);
      checked += boilerplate > 0 ? 1 : 0;
    }
    assertTrue(checked > 0, "a generated corpus repeats its agencies' closing paragraphs");
  }

  private static int count(String html, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
