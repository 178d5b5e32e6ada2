package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search command end to end over the five seeds, as a user runs it; expected ids and counts are exact. */
class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path index;

  @BeforeAll
  static void indexSeeds() {
    CliRunner r = CliRunner.run("index", "--corpus", "seeds", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("indexed 5, unchanged 0, removed 0, skipped 0", r.out().strip().replaceAll(" in [0-9.]+ s$", ""));
  }

  static CliRunner search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  static JsonNode json(String... args) throws Exception {
    CliRunner r = search(Stream.concat(Stream.of(args), Stream.of("--format", "json", "--limit", "100")).toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return JSON.readTree(r.out());
  }

  static List<String> ids(String... args) throws Exception {
    List<String> ids = new ArrayList<>();
    json(args).get("hits").forEach(h -> ids.add(h.get("id").asText().substring(0, 3)));
    return ids.stream().sorted().toList();
  }

  static Map<String, Integer> facet(JsonNode result, String dim) {
    Map<String, Integer> m = new LinkedHashMap<>();
    result.get("facets").get(dim).get("values").forEach(v -> m.put(v.get("value").asText(), v.get("count").asInt()));
    return m;
  }

  @Test
  void phrasesAndSlop() throws Exception {
    assertEquals(List.of("004"), ids("\"biometric identification technology\""));
    assertEquals(List.of("000", "001", "002", "003"), ids("\"biometric sharing\"~1"));
    assertEquals(List.of(), ids("\"biometric sharing\""));
    assertEquals(List.of("000", "001", "002"), ids("\"information sharing initiative\""));
  }

  @Test
  void filters() throws Exception {
    assertEquals(List.of("000", "003"), ids("fingerprints", "--state", "MO"));
    assertEquals(List.of("000", "003"), ids("fingerprints", "--state", "Mo."));
    assertEquals(List.of("000", "001", "003"), ids("fingerprints", "--state", "missouri", "--state", "AL"));
    assertEquals(List.of("003"), ids("--from", "2010-01-01", "--to", "2010-12-31"));
    assertEquals(List.of("003"), ids("--from", "2010", "--to", "2010"));
    assertEquals(List.of("000", "002", "003"), ids("--from", "2010-09", "--to", "2011-05"));
    assertEquals(List.of("003"), ids("--by", "Venturella"));
    assertEquals(List.of("000", "001", "002", "004"), ids("--by", "Marc Rapp"));
    assertEquals(List.of("002"), ids("--county", "Tuscarawas"));
    assertEquals(List.of("000", "003"), ids("state:MO"));
    assertEquals(List.of("003"), ids("date:[2010-01 TO 2011-04]"));
  }

  @Test
  void facetsCountOverTheHitsAndSideways() throws Exception {
    JsonNode r = json("fingerprints", "--facet", "state,year");
    assertEquals(5, r.get("total").asInt());
    assertEquals(Map.of("Missouri", 2, "Alabama", 1, "Ohio", 1, "California", 1), facet(r, "state"));
    assertEquals(List.of("Missouri"), List.copyOf(facet(r, "state").keySet()).subList(0, 1));
    assertEquals(Map.of("2011", 3, "2010", 1, "2009", 1), facet(r, "year"));
    JsonNode ohio = json("fingerprints", "--state", "Ohio", "--facet", "state");
    assertEquals(1, ohio.get("total").asInt());
    assertEquals(Map.of("Missouri", 2, "Alabama", 1, "Ohio", 1, "California", 1), facet(ohio, "state"));
  }

  @Test
  void jsonHasExactlyTheDocumentedShape() throws Exception {
    JsonNode r = json("\"biometric identification technology\"");
    assertEquals(List.of("query", "total", "truncated", "hits"), names(r));
    assertTrue(r.get("truncated").isBoolean());
    assertEquals("\"biometric identification technology\"", r.get("query").asText());
    JsonNode hit = r.get("hits").get(0);
    assertEquals(List.of("id", "path", "format", "source_url", "captured", "title", "date", "city", "state", "counties",
        "score", "snippets"), names(hit));
    assertEquals("text", hit.get("format").asText());
    assertEquals("004_ceba64643707f28d", hit.get("id").asText());
    assertEquals("2009-09-10", hit.get("date").asText());
    assertEquals("El Centro", hit.get("city").asText());
    assertEquals("California", hit.get("state").asText());
    assertTrue(hit.get("score").asDouble() > 0);
    assertTrue(hit.get("snippets").get(0).asText().contains("biometric identification technology"));
    JsonNode faceted = json("x", "--facet", "year");
    assertEquals(List.of("query", "total", "truncated", "hits", "facets"), names(faceted));
    assertEquals(List.of("values", "values_total", "truncated", "missing", "sideways"),
        names(faceted.get("facets").get("year")));
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void textAndCsvOutput() {
    CliRunner text = search("\"biometric identification technology\"", "--color", "never");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("1 release matches \"biometric identification technology\" (showing 1-1)"), text.out());
    assertTrue(text.out().contains("2009-09-10 | El Centro, California | "), text.out());
    assertFalse(text.out().contains("\033["), "no colour when asked for none");
    CliRunner facets = search("fingerprints", "--facet", "state", "--color", "never");
    assertTrue(facets.out().endsWith("\nstate: Missouri 2; Alabama 1; California 1; Ohio 1\n"), facets.out());
    CliRunner bold = search("\"biometric identification technology\"", "--color", "always");
    assertTrue(bold.out().contains("\033[1mbiometric identification technology\033[0m"), bold.out());
    CliRunner csv = search("fingerprints", "--state", "OH", "--format", "csv");
    String[] lines = csv.out().split("\r\n");
    assertEquals("id,path,title,date,city,state,score,snippets,counties,format,source_url,captured", lines[0]);
    assertEquals(2, lines.length, csv.out());
    assertTrue(lines[1].startsWith("002_6bf3b7395b21e0e6,"), lines[1]);
    assertTrue(lines[1].contains(",2011-05-10,Canton,Ohio,"), lines[1]);
  }

  @Test
  void sortAndPage() throws Exception {
    JsonNode oldest = json("fingerprints", "--sort", "date");
    assertEquals("004_ceba64643707f28d", oldest.get("hits").get(0).get("id").asText());
    JsonNode newest = json("fingerprints", "--sort", "-date");
    assertEquals("001_777a67f6fe9c1807", newest.get("hits").get(0).get("id").asText());
    CliRunner page = search("fingerprints", "--sort", "-date", "--limit", "2", "--offset", "3", "--format", "json");
    JsonNode p = JSON.readTree(page.out());
    assertEquals(5, p.get("total").asInt());
    assertEquals(List.of("003_0c8e674d2cd2648d", "004_ceba64643707f28d"),
        List.of(p.get("hits").get(0).get("id").asText(), p.get("hits").get(1).get("id").asText()));
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    assertBad(search("\"biometric sharing"), "releases: bad query: the quote at column 1 is never closed");
    assertBad(search("(fingerprints OR"), "releases: bad query: '(' at column 1 is never closed");
    assertBad(search("colour:red"), "releases: bad query: unknown field 'colour:'");
    assertBad(search("date:[2010-13 TO 2011]"), "releases: bad query: bad date '2010-13'");
    assertBad(search("x", "--from", "2010-02-30"), "releases: --from: bad date '2010-02-30'");
    assertBad(search("x", "--to", "yesterday"), "releases: --to: bad date 'yesterday'");
    assertBad(search("x", "--state", "Missuri"), "releases: unknown state 'Missuri'; did you mean Missouri?");
    assertBad(search("state:Ohoi"), "releases: bad query: unknown state 'Ohoi' after state:; did you mean Ohio?");
    assertBad(search("x", "--facet", "colour"), "releases: unknown facet 'colour'");
    assertBad(search("x", "--format", "xml"), "releases: unknown format 'xml'");
    assertBad(search("x", "--sort", "size"), "releases: unknown sort 'size'");
    assertBad(search("fingerprints AND"), "releases: bad query: the query ends too early");
  }

  static void assertBad(CliRunner r, String start) {
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith(start), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals("", r.out());
  }
}
