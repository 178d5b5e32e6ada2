package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every list that stops at a limit says so; --limit 0 and --all mean "all of them" in every command. */
class ListLimitsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static GeneratedIndex corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedIndex.build(dir, 600, 5);
  }

  private static JsonNode json(CliRunner r) throws Exception {
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void quotesSayWhereTheyStopped() throws Exception {
    CliRunner text = corpus.run("quotes", "--color", "never");
    assertEquals(0, text.code(), text.err());
    assertEquals("showing 1-20 of 1,332 (--limit, --offset, --all)\n", text.err());
    CliRunner page = corpus.run("quotes", "--offset", "40", "--limit", "5");
    assertEquals("showing 41-45 of 1,332 (--limit, --offset, --all)\n", page.err());
    JsonNode cut = json(corpus.run("quotes", "--format", "json"));
    assertEquals(1332, cut.get("total").asInt());
    assertTrue(cut.get("truncated").asBoolean());
    assertEquals(20, cut.get("quotes").size());
    JsonNode all = json(corpus.run("quotes", "--all", "--format", "json"));
    assertFalse(all.get("truncated").asBoolean());
    assertEquals(1332, all.get("quotes").size());
    assertEquals(1332, json(corpus.run("quotes", "--limit", "0", "--format", "json")).get("quotes").size());
    assertEquals("", corpus.run("quotes", "--all").err());
  }

  @Test
  void searchSaysWhereItStopped() throws Exception {
    CliRunner text = corpus.run("search", "--state", "Ohio");
    assertEquals("showing 1-10 of 13 (--limit, --offset, --all)\n", text.err());
    assertEquals(13, json(corpus.run("search", "--state", "Ohio", "--all", "--format", "json")).get("hits").size());
    JsonNode zero = json(corpus.run("search", "--state", "Ohio", "--limit", "0", "--format", "json"));
    assertEquals(13, zero.get("hits").size());
    assertFalse(zero.get("truncated").asBoolean());
  }

  @Test
  void facetsAndOfficialsSayWhereTheyStopped() throws Exception {
    CliRunner facets = corpus.run("facets", "official");
    assertEquals("showing 1-20 of 288 (--limit, --all)\n", facets.err());
    assertEquals("", corpus.run("facets", "official", "--all").err());
    JsonNode all = json(corpus.run("facets", "official", "--limit", "0", "--format", "json"));
    assertEquals(288, all.get("values_total").asInt());
    assertFalse(all.get("truncated").asBoolean());
    CliRunner officials = corpus.run("officials", "--limit", "3");
    assertEquals("showing 1-3 of 288 (--limit, --all)\n", officials.err());
    assertEquals("288 officials (showing 1-3)", officials.out().lines().findFirst().orElseThrow());
    JsonNode three = json(corpus.run("officials", "--limit", "3", "--format", "json"));
    assertEquals(288, three.get("total").asInt());
    assertTrue(three.get("truncated").asBoolean());
    assertEquals(3, three.get("officials").size());
  }

  @Test
  void aNegativeLimitIsAUsageError() {
    for (String verb : new String[] {"search", "quotes", "officials"}) {
      CliRunner r = corpus.run(verb, "--limit", "-1");
      assertEquals(2, r.code(), verb);
      assertEquals("releases: --limit must be 0 (all) or more, not -1\n", r.err(), verb);
    }
  }

  @Test
  void quotesStreamAsJsonLinesInTheOrderJsonListsThem() throws Exception {
    CliRunner lines = corpus.run("quotes", "--all", "--format", "jsonl");
    assertEquals(0, lines.code(), lines.err());
    java.util.List<String> rows = lines.out().lines().toList();
    assertEquals(1332, rows.size());
    JsonNode all = json(corpus.run("quotes", "--all", "--format", "json"));
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(all.get("quotes").get(i), JSON.readTree(rows.get(i)), "line " + (i + 1));
    }
    assertTrue(JSON.readTree(rows.getFirst()).get("path").asText().endsWith(".txt"));
    // Paging within the stream: quotes 1,001-1,010 of a query ranked by relevance.
    CliRunner page = corpus.run("quotes", "the", "--offset", "1000", "--limit", "10", "--format", "jsonl");
    JsonNode ranked = json(corpus.run("quotes", "the", "--offset", "1000", "--limit", "10", "--format", "json"));
    java.util.List<String> paged = page.out().lines().toList();
    assertEquals(10, paged.size());
    for (int i = 0; i < 10; i++) {
      assertEquals(ranked.get("quotes").get(i), JSON.readTree(paged.get(i)));
    }
    CliRunner officials = corpus.run("officials", "--format", "jsonl");
    assertEquals(288, officials.out().lines().count());
  }
}
