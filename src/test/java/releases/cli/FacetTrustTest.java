package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts a reader can quote: merged before the cut, missing values shown, sideways counts said. */
class FacetTrustTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static GeneratedIndex corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedIndex.build(dir, 2000, 13);
  }

  private static JsonNode json(CliRunner r) throws Exception {
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  private static Map<String, Integer> values(JsonNode facet) {
    Map<String, Integer> m = new LinkedHashMap<>();
    facet.get("values").forEach(v -> {
      if (!v.has("missing")) {
        m.put(v.get("value").asText(), v.get("count").asInt());
      }
    });
    return m;
  }

  @Test
  void officialTopTwentyIsTheFirstTwentyOfTheFullCount() throws Exception {
    JsonNode top = json(corpus.run("facets", "official", "--format", "json"));
    JsonNode all = json(corpus.run("facets", "official", "--all", "--format", "json"));
    List<Map.Entry<String, Integer>> full = new ArrayList<>(values(all).entrySet());
    assertEquals(List.copyOf(full.subList(0, 20)), List.copyOf(values(top).entrySet()));
    assertEquals(21, top.get("values").size(), "twenty names and the row of releases quoting nobody");
    assertTrue(top.get("truncated").asBoolean());
    assertEquals(all.get("values_total").asInt(), top.get("values_total").asInt());
    assertEquals(Map.entry("Marcus E. Crandall", 249), full.get(0));
    assertEquals(Map.entry("Dennis R. Blackwood", 29), full.get(19));
  }

  @Test
  void officialCountsAreReleasesPerPersonAsTheDirectoryCountsThem() throws Exception {
    Map<String, Integer> facet = values(json(corpus.run("facets", "official", "--all", "--format", "json")));
    Map<String, Integer> directory = new LinkedHashMap<>();
    json(corpus.run("officials", "--format", "json")).get("officials")
        .forEach(o -> directory.put(o.get("name").asText(), o.get("releases").asInt()));
    assertEquals(directory, facet);
  }

  @Test
  void searchFacetTopTenIsTheFirstTenToo() throws Exception {
    JsonNode all = json(corpus.run("facets", "official", "--all", "--format", "json"));
    JsonNode search = json(corpus.run("search", "--facet", "official", "--format", "json"));
    List<Map.Entry<String, Integer>> full = new ArrayList<>(values(all).entrySet());
    assertEquals(List.copyOf(full.subList(0, 10)), List.copyOf(values(search.get("facets").get("official")).entrySet()));
  }

  @Test
  void releasesWithoutAValueAreARowOfTheirOwn() throws Exception {
    JsonNode years = json(corpus.run("facets", "year", "--format", "json"));
    int dated = values(years).values().stream().mapToInt(Integer::intValue).sum();
    JsonNode last = years.get("values").get(years.get("values").size() - 1);
    assertEquals("(undated)", last.get("value").asText());
    assertTrue(last.get("missing").asBoolean());
    assertEquals(2000, dated + last.get("count").asInt());
    assertEquals(126, last.get("count").asInt());
    assertEquals(126, years.get("missing").asInt());
    CliRunner text = corpus.run("facets", "official");
    assertTrue(text.out().endsWith("\n(no official quoted)  338\n"), text.out());
    CliRunner csv = corpus.run("facets", "state", "--format", "csv", "--all");
    List<String> rows = csv.out().lines().toList();
    assertEquals("value,count,missing", rows.getFirst());
    int stated = rows.subList(1, rows.size() - 1).stream().mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
    assertEquals("(no state),49,true", rows.getLast());
    assertEquals(2000, stated + 49);
  }

  @Test
  void aFacetThatIgnoresItsOwnFilterSaysSoAndNoSidewaysAppliesIt() throws Exception {
    CliRunner sideways = corpus.run("facets", "state", "--state", "Ohio");
    String header = sideways.out().lines().findFirst().orElseThrow();
    assertEquals("state of 42 releases; counts ignore --state (drill sideways; --no-sideways applies it)", header);
    assertTrue(sideways.out().lines().count() > 3, sideways.out());
    CliRunner applied = corpus.run("facets", "state", "--state", "Ohio", "--no-sideways");
    assertEquals(List.of("state of 42 releases", "Ohio  42  " + "#".repeat(40)), applied.out().lines().toList());
    JsonNode search = json(corpus.run("search", "--state", "Ohio", "--facet", "state", "--format", "json"));
    assertTrue(search.get("facets").get("state").get("sideways").asBoolean());
    CliRunner line = corpus.run("search", "--state", "Ohio", "--facet", "state", "--limit", "1");
    assertTrue(line.out().contains("\nstate (ignores --state; --no-sideways applies it): "), line.out());
  }

  @Test
  void monthsComeInDateOrderOthersByCount() throws Exception {
    JsonNode months = json(corpus.run("facets", "month", "--format", "json", "--limit", "5"));
    List<String> shown = new ArrayList<>(values(months).keySet());
    List<String> sorted = new ArrayList<>(shown);
    java.util.Collections.sort(sorted);
    assertEquals(sorted, shown);
    assertEquals(5, shown.size());
    JsonNode states = json(corpus.run("facets", "state", "--format", "json"));
    List<Integer> counts = new ArrayList<>(values(states).values());
    List<Integer> desc = new ArrayList<>(counts);
    desc.sort(java.util.Comparator.reverseOrder());
    assertEquals(desc, counts);
  }
}
