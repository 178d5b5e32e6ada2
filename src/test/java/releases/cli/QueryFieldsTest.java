package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code official:} resolves names as {@code --by} does, and {@code quote:} finds releases by their quoted words. */
class QueryFieldsTest {


  @TempDir static Path dir;
  static GeneratedIndex corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedIndex.build(dir, 1500, 2);
  }

  private static long total(String... args) throws Exception {
    return corpus.json(args).get("total").asLong();
  }

  @Test
  void officialFieldAndByAgreeForEveryoneAmongTheMostQuoted() throws Exception {
    JsonNode top = corpus.json("facets", "official", "--limit", "5", "--format", "json");
    int checked = 0;
    for (JsonNode v : top.get("values")) {
      if (v.has("missing")) {
        continue;
      }
      String name = v.get("value").asText();
      long by = total("search", "--by", name, "--format", "json");
      assertEquals(v.get("count").asLong(), by, name);
      assertEquals(by, total("search", "official:\"" + name + "\"", "--format", "json"), name);
      assertEquals(total("quotes", "--by", name, "--format", "json"),
          total("quotes", "official:\"" + name + "\"", "--format", "json"), name);
      checked++;
    }
    assertEquals(5, checked);
    String first = top.get("values").get(0).get("value").asText();
    assertEquals("Arthur Holloway", first);
    assertEquals(178, total("search", "official:\"" + first + "\"", "--format", "json"));
    assertEquals(178, total("search", "official:\"holloway, arthur\"", "--format", "json"));
    CliRunner shared = corpus.run("search", "official:Holloway");
    assertEquals(2, shared.code());
    assertTrue(shared.err().startsWith("releases: 'Holloway' may be any of Arthur Holloway (234 quotes), "), shared.err());
  }

  @Test
  void anOfficialNobodyQuotedIsAUsageErrorAsWithBy() {
    CliRunner r = corpus.run("search", "official:\"Zebulon Q. Nobody\"");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("releases: no quoted official matches 'Zebulon Q. Nobody'"), r.err());
  }

  @Test
  void quoteFieldFindsTheReleasesOfTheMatchingQuotes() throws Exception {
    JsonNode quotes = corpus.json("quotes", "nationwide", "--all", "--format", "json");
    Set<String> releases = new HashSet<>();
    quotes.get("quotes").forEach(q -> releases.add(q.get("release_id").asText()));
    assertTrue(releases.size() > 5, releases.toString());
    assertEquals(releases.size(), total("search", "quote:nationwide", "--format", "json"));
    assertEquals(releases.size(), total("search", "quote:nation*", "--format", "json"));
    assertEquals(19, releases.size());
    long both = total("search", "quote:nationwide AND smuggling", "--format", "json");
    assertEquals(11, both);
  }
}
