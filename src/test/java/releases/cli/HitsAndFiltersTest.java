package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --county suggests, --state takes a list, hits show their counties and no score when nothing was scored. */
class HitsAndFiltersTest {


  @TempDir static Path dir;
  static GeneratedIndex corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedIndex.build(dir, 800, 8);
  }

  private static long total(String... args) throws Exception {
    return corpus.json(args).get("total").asLong();
  }

  @Test
  void stateTakesACommaSeparatedList() throws Exception {
    long mo = total("search", "--state", "MO", "--format", "json");
    long oh = total("search", "--state", "oh", "--format", "json");
    assertEquals(mo + oh, total("search", "--state", "mo,oh", "--format", "json"));
    assertEquals(mo + oh, total("search", "--state", "Missouri, Ohio", "--format", "json"));
    assertEquals(mo + oh, total("search", "--state", "MO", "--state", "OH", "--format", "json"));
    assertEquals(EXPECTED_MO_OH, mo + oh);
  }

  static final long EXPECTED_MO_OH = 38;

  @Test
  void countyTypoSuggestsTheClosestCounties() {
    CliRunner r = corpus.run("search", "--county", "Tuscarawaz");
    assertEquals(2, r.code());
    assertEquals("releases: no release names a county 'Tuscarawaz'; did you mean Tuscarawas, Ohio?\n", r.err());
    CliRunner none = corpus.run("search", "--county", "Qqqqqq");
    assertEquals(2, none.code());
    assertEquals("releases: no release names a county 'Qqqqqq'; `releases facets county --all` lists them\n", none.err());
  }

  @Test
  void hitsShowTheirCounties() throws Exception {
    JsonNode r = corpus.json("search", "--county", "Tuscarawas", "--format", "json", "--all");
    assertEquals(EXPECTED_TUSCARAWAS, r.get("total").asInt());
    for (JsonNode h : r.get("hits")) {
      boolean named = false;
      for (JsonNode c : h.get("counties")) {
        named |= c.asText().equals("Tuscarawas, Ohio");
      }
      assertTrue(named, h.toString());
    }
    CliRunner text = corpus.run("search", "--county", "Tuscarawas", "--limit", "1");
    assertTrue(text.out().lines().anyMatch(l -> l.startsWith("   counties: ") && l.contains("Tuscarawas, Ohio")),
        text.out());
  }

  static final int EXPECTED_TUSCARAWAS = 3;

  @Test
  void aMetadataOnlyMatchShowsNoScore() throws Exception {
    CliRunner filters = corpus.run("search", "--state", "OH", "--limit", "3");
    assertEquals(0, filters.code(), filters.err());
    assertFalse(filters.out().contains("score"), filters.out());
    JsonNode j = corpus.json("search", "state:OH date:[2010 TO 2012]", "-fingerprints", "--format", "json");
    assertTrue(j.get("hits").get(0).get("score").isNull(), j.toString());
    JsonNode words = corpus.json("search", "fingerprints", "--state", "OH", "--format", "json");
    assertTrue(words.get("hits").get(0).get("score").asDouble() > 0);
    CliRunner csv = corpus.run("search", "--state", "OH", "--limit", "1", "--format", "csv");
    assertEquals("id,path,title,date,city,state,score,snippets,counties,format,source_url,captured", csv.out().lines().findFirst().orElseThrow());
    assertEquals("", csv.out().lines().skip(1).findFirst().orElseThrow().split(",", -1)[6]);
  }
}
