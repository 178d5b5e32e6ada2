package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 on the five seeds: which paragraphs are boilerplate, snippets from each release's own text, Rapp's quotes. */
class BoilerplateSeedsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SEEDS = List.of("000_3f986dff3164e6c5", "001_777a67f6fe9c1807",
      "002_6bf3b7395b21e0e6", "003_0c8e674d2cd2648d", "004_ceba64643707f28d");

  @TempDir static Path index;
  /** Seed id to its paragraphs as show --format json gives them. */
  private static final Map<String, JsonNode> PARAGRAPHS = new HashMap<>();

  @BeforeAll
  static void indexSeeds() throws Exception {
    CliRunner r = CliRunner.run("index", "--corpus", "seeds", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    for (String id : SEEDS) {
      PARAGRAPHS.put(id, json("show", id).get("paragraphs"));
    }
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index.toString(), "--format", "json"));
    CliRunner r = CliRunner.run(all.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  /** Letters only, lower case: what stays of a paragraph when numbers, spacing and punctuation are set aside. */
  private static String letters(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }

  /** The paragraph of seed {@code id} that starts with {@code start}. */
  private static JsonNode paragraph(String id, String start) {
    for (JsonNode p : PARAGRAPHS.get(id)) {
      if (p.get("text").asText().startsWith(start)) {
        return p;
      }
    }
    throw new AssertionError(id + " has no paragraph starting " + start);
  }

  /** Whitespace-folded text of every paragraph that three or more seeds have word for word (numbers aside). */
  private static List<String> sharedByThree() {
    Map<String, Integer> seeds = new HashMap<>();
    PARAGRAPHS.values().forEach(ps -> {
      java.util.Set<String> mine = new java.util.HashSet<>();
      ps.forEach(p -> mine.add(letters(p.get("text").asText())));
      mine.forEach(t -> seeds.merge(t, 1, Integer::sum));
    });
    List<String> out = new ArrayList<>();
    seeds.forEach((t, n) -> {
      if (n >= 3) {
        out.add(t);
      }
    });
    return out;
  }

  @Test
  void theParagraphsThreeSeedsShareAreBoilerplateAndTheirOwnLeadsAreNot() {
    for (String id : List.of("000_3f986dff3164e6c5", "001_777a67f6fe9c1807", "002_6bf3b7395b21e0e6")) {
      assertTrue(paragraph(id, "The biometric systems are maintained").get("boilerplate").asBoolean(), id);
      assertTrue(paragraph(id, "U.S. Immigration and Customs Enforcement (ICE) is the largest").get("boilerplate")
          .asBoolean(), id);
      assertTrue(paragraph(id, "ICE is a 21st century law enforcement agency").get("boilerplate").asBoolean(), id);
      assertTrue(paragraph(id, "\"Secure Communities enhances public safety").get("boilerplate").asBoolean(), id);
      assertTrue(paragraph(id, "\"US-VISIT is proud to support ICE").get("boilerplate").asBoolean(), id);
      // The lead says which counties: each release's own news.
      assertFalse(PARAGRAPHS.get(id).get(0).get("boilerplate").asBoolean(), id);
    }
    // The 2009 release words its quotes and closing its own way: nothing of it is in three releases but its own.
    assertFalse(paragraph("004_ceba64643707f28d", "\"Secure Communities is a DHS initiative").get("boilerplate")
        .asBoolean());
    // Whatever three or more seeds share (numbers aside) is marked in every one of them, and nothing else is.
    List<String> shared = sharedByThree();
    assertFalse(shared.isEmpty());
    PARAGRAPHS.forEach((id, ps) -> ps.forEach(p -> assertEquals(
        shared.contains(letters(p.get("text").asText())), p.get("boilerplate").asBoolean(),
        id + ": " + p.get("text").asText())));
  }

  @Test
  void fingerprintsSnippetsComeFromEachReleasesOwnText() throws Exception {
    JsonNode hits = json("search", "fingerprints").get("hits");
    assertEquals(5, hits.size());
    List<String> shared = sharedByThree();
    for (JsonNode h : hits) {
      assertFalse(h.get("snippets").isEmpty(), h.get("id").asText());
      for (JsonNode s : h.get("snippets")) {
        String snippet = letters(s.asText());
        for (String p : shared) {
          assertFalse(p.contains(snippet), h.get("id") + " shows boilerplate: " + s.asText());
        }
      }
    }
  }

  @Test
  void rappsRepeatedQuoteIsOneQuoteSaidInThreeReleases() throws Exception {
    JsonNode r = json("quotes", "--by", "Rapp");
    assertEquals(2, r.get("total").asInt());
    JsonNode repeated = r.get("quotes").get(1);
    assertEquals(3, repeated.get("releases").asInt());
    assertEquals("2011-05-10", repeated.get("first").asText());
    assertEquals(1, r.get("quotes").get(0).get("releases").asInt());
    CliRunner text = CliRunner.run("quotes", "--by", "Rapp", "--index", index.toString());
    assertEquals(0, text.code(), text.err());
    assertEquals(2, text.out().lines().filter(l -> l.startsWith("\u201c")).count(), text.out());
    assertTrue(text.out().contains("said in 3 releases, first on 2011-05-10"), text.out());
  }

  @Test
  void officialsCountDistinctQuotes() throws Exception {
    for (JsonNode o : json("officials").get("officials")) {
      if (o.get("name").asText().equals("Marc Rapp")) {
        assertEquals(4, o.get("quotes").asInt());
        assertEquals(2, o.get("distinct_quotes").asInt());
        return;
      }
    }
    throw new AssertionError("no Marc Rapp");
  }

  @Test
  void showNewMarksWhatNoEarlierReleaseHas() throws Exception {
    // 001 (2011-06-07) comes after 000 and 002 (2011-05-10): their shared quote is not new in it, its lead is.
    JsonNode ps = json("show", "001_777a67f6fe9c1807", "--new").get("paragraphs");
    assertTrue(ps.get(0).get("new").asBoolean());
    boolean sawOld = false;
    for (JsonNode p : ps) {
      if (p.get("text").asText().startsWith("\"Secure Communities enhances public safety")) {
        assertFalse(p.get("new").asBoolean());
        sawOld = true;
      }
    }
    assertTrue(sawOld);
    // The oldest seed has nothing earlier: every paragraph is new.
    json("show", "004_ceba64643707f28d", "--new").get("paragraphs").forEach(p -> assertTrue(p.get("new").asBoolean()));
    CliRunner text = CliRunner.run("show", "001_777a67f6fe9c1807", "--new", "--index", index.toString());
    assertTrue(text.out().contains("[new] BIRMINGHAM"), text.out());
    assertTrue(text.out().contains("[boilerplate] The biometric systems"), text.out());
  }

  @Test
  void exportMarksTheSameParagraphsAsTheIndex() throws Exception {
    CliRunner r = CliRunner.run("export", "--corpus", "seeds");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(5, lines.size());
    for (String line : lines) {
      JsonNode record = JSON.readTree(line);
      String id = record.get("id").asText();
      JsonNode indexed = PARAGRAPHS.get(id);
      assertEquals(indexed.size(), record.get("paragraphs").size(), id);
      for (int i = 0; i < indexed.size(); i++) {
        assertEquals(indexed.get(i), record.get("paragraphs").get(i), id);
      }
    }
  }
}
