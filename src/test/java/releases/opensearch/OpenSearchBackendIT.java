package releases.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.cli.CliRunner;

/**
 * The OpenSearch backend end to end on a real two-node cluster: the seeds indexed into it and into an embedded
 * index, then the same command lines run on both must give the same ids, totals, facet counts, quotes and errors.
 */
class OpenSearchBackendIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static LocalCluster cluster;
  private static Path embedded;

  @BeforeAll
  static void startCluster() throws Exception {
    String home = System.getProperty("opensearch.home");
    Path dist = home == null ? null : Path.of(home);
    String why = LocalCluster.unsupportedReason(dist);
    if (why != null) {
      System.err.println("OpenSearchBackendIT skipped: " + why);
    }
    assumeTrue(why == null, why);
    long start = System.nanoTime();
    // Not under the JUnit temporary directory: the nodes may run as another user, who could not enter it.
    cluster = LocalCluster.start(dist, Path.of("target", "opensearch-cluster").toAbsolutePath(), 2);
    System.err.printf("OpenSearchBackendIT: 2-node cluster green in %.1f s%n", (System.nanoTime() - start) / 1e9);
    embedded = work.resolve("embedded");
    CliRunner e = CliRunner.run("index", "--corpus", "seeds", "--index", embedded.toString());
    assertEquals(0, e.code(), e.err());
    CliRunner o = os("index", "--corpus", "seeds");
    assertEquals(0, o.code(), o.err());
    assertEquals("indexed 5, unchanged 0, removed 0, skipped 0", o.out().strip().replaceAll(" in [0-9.]+ s$", ""));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static CliRunner os(String... args) {
    return CliRunner.run(Stream.concat(Stream.of(args), Stream.of("--target", "opensearch", "--url", cluster.url()))
        .toArray(String[]::new));
  }

  private static CliRunner lucene(String... args) {
    return CliRunner.run(Stream.concat(Stream.of(args), Stream.of("--index", embedded.toString())).toArray(String[]::new));
  }

  private static JsonNode json(CliRunner r) throws Exception {
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return JSON.readTree(r.out());
  }

  /** Ids of the hits of a search; in order when {@code ordered}, else sorted (equal scores may tie differently). */
  private static List<String> ids(JsonNode result, String list, String idField, boolean ordered) {
    List<String> ids = new ArrayList<>();
    result.get(list).forEach(h -> ids.add(h.get(idField).asText()));
    return ordered ? ids : ids.stream().sorted().toList();
  }

  private static final List<List<String>> SEARCHES = List.of(
      List.of("fingerprints"),
      List.of("\"biometric identification technology\""),
      List.of("\"biometric sharing\"~1"),
      List.of("\"biometric sharing\""),
      List.of("\"information sharing initiative\""),
      List.of("information-sharing"),
      List.of("fingerprints", "--state", "MO"),
      List.of("fingerprints", "--state", "missouri", "--state", "AL"),
      List.of("--from", "2010-09", "--to", "2011-05"),
      List.of("--by", "Venturella"),
      List.of("--by", "Marc Rapp"),
      List.of("--county", "Tuscarawas"),
      List.of("state:MO"),
      List.of("date:[2010-01 TO 2011-04]"),
      List.of("date:[2010 TO *] NOT fingerprints"),
      List.of("immig* AND tuscarawaz~"),
      List.of("title:/imm.*/"),
      List.of("?ingerprints"),
      List.of("title:fingerprint?"),
      List.of("body:/fingerprints?/"),
      List.of("city:\"st. louis\" OR official:mocny"),
      List.of("secure communities", "--any"),
      List.of("id:003_0c8e674d2cd2648d"),
      List.of("fingerprints", "--facet", "state,year,month,official,county"),
      List.of("fingerprints", "--state", "Ohio", "--facet", "state,county"),
      List.of("fingerprints", "--facet", "state,year,official", "--facet-limit", "1"),
      List.of("*:*", "--facet", "month"),
      List.of("--by", "Rapp", "--state", "AL", "--facet", "official,state"),
      List.of("official:\"Marc Rapp\"", "--facet", "official"),
      List.of("-fingerprints", "--facet", "state,year"),
      List.of("fingerprints", "--state", "mo,oh", "--facet", "state", "--no-sideways"));

  @Test
  void searchesFindTheSameReleasesAndCounts() throws Exception {
    for (List<String> c : SEARCHES) {
      String[] args = Stream.concat(Stream.of("search"), Stream.concat(c.stream(), Stream.of("--format", "json", "--limit", "100")))
          .toArray(String[]::new);
      JsonNode e = json(lucene(args));
      JsonNode o = json(os(args));
      assertEquals(e.get("total"), o.get("total"), c.toString());
      assertEquals(ids(e, "hits", "id", false), ids(o, "hits", "id", false), c.toString());
      assertEquals(e.get("facets"), o.get("facets"), c.toString());
    }
  }

  @Test
  void knownAnswersOnTheSeeds() throws Exception {
    JsonNode r = json(os("search", "fingerprints", "--state", "Ohio", "--facet", "state", "--format", "json"));
    assertEquals(1, r.get("total").asInt());
    assertEquals("002_6bf3b7395b21e0e6", r.get("hits").get(0).get("id").asText());
    assertEquals("[{\"value\":\"Missouri\",\"count\":2},{\"value\":\"Alabama\",\"count\":1},"
        + "{\"value\":\"California\",\"count\":1},{\"value\":\"Ohio\",\"count\":1}]", r.get("facets").get("state").get("values").toString());
    JsonNode bit = json(os("search", "\"biometric identification technology\"", "--format", "json"));
    assertTrue(bit.get("hits").get(0).get("snippets").get(0).asText().contains("biometric identification technology"));
    CliRunner text = os("search", "\"biometric identification technology\"", "--color", "always");
    assertTrue(text.out().contains("\033[1mbiometric identification technology\033[0m"), text.out());
    CliRunner pattern = os("search", "immigr?tion", "--color", "always");
    assertTrue(pattern.out().contains("\033[1mimmigration\033[0m"), pattern.out());
  }

  @Test
  void datesSortAndPageAlike() throws Exception {
    for (String sort : List.of("date", "-date")) {
      String[] args = {"search", "fingerprints", "--sort", sort, "--format", "json"};
      assertEquals(ids(json(lucene(args)), "hits", "id", true), ids(json(os(args)), "hits", "id", true), sort);
    }
    String[] page = {"search", "fingerprints", "--sort", "-date", "--limit", "2", "--offset", "3", "--format", "json"};
    JsonNode p = json(os(page));
    assertEquals(5, p.get("total").asInt());
    assertEquals(List.of("003_0c8e674d2cd2648d", "004_ceba64643707f28d"), ids(p, "hits", "id", true));
  }

  @Test
  void quotesOfficialsAndFacetsCommandsAlike() throws Exception {
    List<List<String>> cases = List.of(
        List.of("quotes", "--by", "Rapp"), List.of("quotes", "--by", "marc rap"), List.of("quotes", "official:rapp"), List.of("quotes", "secure"), List.of("quotes", "secur?"),
        List.of("quotes", "\"information sharing\"", "--state", "MO"), List.of("quotes", "--by", "Mocny", "--from", "2011"),
        List.of("officials"), List.of("officials", "biometric"), List.of("officials", "--state", "Ohio"),
        List.of("facets", "official"), List.of("facets", "state", "fingerprints"), List.of("facets", "year", "--by", "Rapp"));
    for (List<String> c : cases) {
      String[] args = Stream.concat(c.stream(), Stream.of("--format", "json")).toArray(String[]::new);
      JsonNode e = json(lucene(args));
      JsonNode o = json(os(args));
      if (c.getFirst().equals("quotes")) {
        // OpenSearch lists every time a quote was said; the embedded index lists each quote once, with how many
        // times it was said (docs/boilerplate.md). The same quotes and the same occurrences, counted two ways.
        assertEquals(e.get("officials"), o.get("officials"), c.toString());
        assertEquals(distinct(e), distinct(o), c.toString());
        assertEquals(e.get("total").asInt(), distinct(o).size(), c.toString());
        int said = 0;
        for (JsonNode q : e.get("quotes")) {
          said += q.get("releases").asInt();
        }
        assertEquals(o.get("total").asInt(), said, c.toString());
      } else if (c.getFirst().equals("officials")) {
        assertEquals(e, o, c.toString());
      } else {
        assertEquals(e, o, c.toString());
      }
    }
  }

  /** The distinct quotes of a quotes result: speaker and words. */
  private static List<String> distinct(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.get("quotes").forEach(q -> out.add(q.get("speaker").asText() + " " + q.get("text").asText()));
    return out.stream().distinct().sorted().toList();
  }

  /** A show result without what only the embedded index knows: which paragraphs are boilerplate. */
  private static JsonNode unmarked(JsonNode show) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = show.deepCopy();
    copy.get("paragraphs").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("boilerplate"));
    return copy;
  }

  private static String unmarked(String show) {
    return show.replaceAll("(?m)^\\(\\d+ of \\d+ paragraphs are boilerplate[^\n]*\\)\n\n", "")
        .replace("[boilerplate] ", "");
  }

  @Test
  void showGivesTheSameReleaseOnBothTargets() throws Exception {
    JsonNode all = json(lucene("search", "--limit", "10", "--format", "json"));
    assertEquals(5, all.get("hits").size());
    for (JsonNode h : all.get("hits")) {
      String id = h.get("id").asText();
      // OpenSearch keeps no paragraph fingerprints: the same release, without the boilerplate marks.
      assertEquals(unmarked(json(lucene("show", id, "--format", "json"))), unmarked(json(os("show", id, "--format", "json"))), id);
      assertEquals(unmarked(lucene("show", id).out()), os("show", id).out(), id);
    }
    CliRunner fresh = os("show", all.get("hits").get(0).get("id").asText(), "--new");
    assertEquals(2, fresh.code(), fresh.err());
    assertTrue(fresh.err().startsWith("releases: show --new needs the embedded index"), fresh.err());
    CliRunner missing = os("show", "no_such_release");
    assertEquals(2, missing.code(), missing.err());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
  }

  @Test
  void badInputGivesTheSameOneLineErrors() {
    List<List<String>> cases = List.of(
        List.of("search", "\"biometric sharing"), List.of("search", "colour:red"), List.of("search", "state:Ohoi"),
        List.of("search", "x", "--state", "Missuri"), List.of("search", "fingerprints AND"),
        List.of("quotes", "--by", "Nobody Known"), List.of("quotes", "x", "--county", "Stark"));
    for (List<String> c : cases) {
      CliRunner e = lucene(c.toArray(String[]::new));
      CliRunner o = os(c.toArray(String[]::new));
      assertEquals(2, o.code(), o.err());
      assertEquals(e.err(), o.err(), c.toString());
      assertEquals(1, o.err().strip().lines().count(), o.err());
    }
    CliRunner down = CliRunner.run("search", "x", "--target", "opensearch", "--url", "http://127.0.0.1:1");
    assertEquals(1, down.code(), down.err());
    assertTrue(down.err().startsWith("releases: cannot reach OpenSearch at http://127.0.0.1:1"), down.err());
    CliRunner target = CliRunner.run("search", "x", "--target", "solr");
    assertEquals(2, target.code(), target.err());
    assertTrue(target.err().startsWith("releases: unknown target 'solr'"), target.err());
  }

  @Test
  void indexingIsIncrementalByIdAndHash() throws Exception {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path s : seeds.toList()) {
        Files.copy(s, corpus.resolve(s.getFileName()));
      }
    }
    String[] index = {"index", "--corpus", corpus.toString(), "--os-index", "incremental"};
    String[] embeddedIndex = {"index", "--corpus", corpus.toString(), "--index", work.resolve("incremental").toString()};
    assertEquals("indexed 5, unchanged 0, removed 0, skipped 0", summary(os(index)));
    assertEquals("indexed 5, unchanged 0, removed 0, skipped 0", summary(CliRunner.run(embeddedIndex)));
    assertEquals("index up to date: nothing to do (unchanged 5, skipped 0)", summary(os(index)));
    Files.delete(corpus.resolve("003_0c8e674d2cd2648d.txt"));
    Path changed = corpus.resolve("002_6bf3b7395b21e0e6.txt");
    Files.writeString(changed, Files.readString(changed).replace("Tuscarawas", "Tuscarora"));
    assertEquals("indexed 1, unchanged 3, removed 1, skipped 0", summary(os(index)));
    assertEquals("indexed 1, unchanged 3, removed 1, skipped 0", summary(CliRunner.run(embeddedIndex)));
    // Both backends now hold replaced and deleted documents; neither may count them.
    String[] officials = {"officials", "--format", "json"};
    JsonNode fromEmbedded = json(CliRunner.run(Stream.concat(Stream.of(officials),
        Stream.of("--index", work.resolve("incremental").toString())).toArray(String[]::new)));
    assertEquals(fromEmbedded, json(os("officials", "--format", "json", "--os-index", "incremental")));
    assertEquals(4, fromEmbedded.get("officials").get(0).get("quotes").asInt(), fromEmbedded.toString());
    JsonNode venturella = json(os("search", "--any", "tuscarawas tuscarora venturella", "--os-index", "incremental", "--format", "json"));
    assertEquals(List.of("002_6bf3b7395b21e0e6"), ids(venturella, "hits", "id", false));
    assertTrue(venturella.get("hits").get(0).get("snippets").toString().contains("Tuscarora"), venturella.toString());
    JsonNode quotes = json(os("quotes", "--by", "Robert Mocny", "--os-index", "incremental", "--format", "json"));
    assertEquals(4, quotes.get("total").asInt(), "the removed release's quote is gone, the changed one's not doubled");
  }

  @Test
  void filesOfSeveralReleasesAndTheirProvenanceIndexAlike() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("forms"));
    Files.copy(Path.of("src/test/resources/forms/mbox_two_and_broken/source.mbox"), corpus.resolve("box.mbox"));
    Files.copy(Path.of("src/test/resources/forms/warc_crawl/source.warc.gz"), corpus.resolve("crawl.warc.gz"));
    String[] index = {"index", "--corpus", corpus.toString(), "--os-index", "forms"};
    String[] embeddedIndex = {"index", "--corpus", corpus.toString(), "--index", work.resolve("forms-index").toString()};
    CliRunner first = os(index);
    assertEquals(0, first.code(), first.err());
    assertTrue(first.err().contains("box.mbox: message 2:"), first.err());
    assertEquals(0, CliRunner.run(embeddedIndex).code());
    for (String q : List.of("id:crawl#2", "id:box#3", "chief", "*:*")) {
      JsonNode fromOs = json(os("search", q, "--os-index", "forms", "--format", "json"));
      // OpenSearch does not cluster copies: it lists what the embedded index lists with --all-copies.
      JsonNode fromEmbedded = json(CliRunner.run("search", q, "--index", work.resolve("forms-index").toString(),
          "--format", "json", "--all-copies"));
      assertEquals(ids(fromEmbedded, "hits", "id", false), ids(fromOs, "hits", "id", false), q);
    }
    // By default the embedded index folds the e-mailed release and its archived page, one release saved twice.
    JsonNode folded = json(CliRunner.run("search", "chief", "--index", work.resolve("forms-index").toString(),
        "--format", "json"));
    assertEquals(List.of("box#3"), ids(folded, "hits", "id", false));
    assertEquals("crawl#2", folded.get("hits").get(0).get("copies").get(0).asText());
    CliRunner clusters = os("facets", "state", "--count", "clusters", "--os-index", "forms");
    assertEquals(2, clusters.code(), clusters.err());
    assertEquals("releases: --count clusters needs the embedded index: OpenSearch does not cluster copies",
        clusters.err().strip());
    JsonNode hit = json(os("search", "id:crawl#2", "--os-index", "forms", "--format", "json")).get("hits").get(0);
    assertEquals("warc", hit.get("format").asText());
    assertEquals("https://scanner.example/2019/02/fire-chief", hit.get("source_url").asText());
    assertEquals("2019-03-02T04:05:06Z", hit.get("captured").asText());
    String box = Files.readString(corpus.resolve("box.mbox"));
    Files.writeString(corpus.resolve("box.mbox"), box.substring(0, box.indexOf("\nFrom MAILER-DAEMON") + 1));
    assertEquals(0, os(index).code());
    assertEquals(0, json(os("search", "id:box#3", "--os-index", "forms", "--format", "json")).get("total").asInt());
    assertEquals(List.of("box#1", "crawl#1", "crawl#2"),
        ids(json(os("search", "*:*", "--os-index", "forms", "--format", "json")), "hits", "id", false));
    JsonNode quotes = json(os("quotes", "--by", "Quimby", "--os-index", "forms", "--format", "json"));
    assertEquals(List.of("crawl#2"), ids(quotes, "quotes", "release_id", false));
    assertEquals("warc", quotes.get("quotes").get(0).get("format").asText(), quotes.toString());
  }

  /**
   * The official facet merges an official's written forms before it takes the top N, on OpenSearch as in the
   * embedded index: on a generated corpus whose officials are written several ways, the top 20 (and a search's
   * top 10) are the first of the full merged count, and the full count is the embedded index's.
   */
  @Test
  void theOfficialFacetsTopNIsTheFirstNOfTheFullMergedCount() throws Exception {
    Path corpus = work.resolve("generated");
    assertEquals(0, CliRunner.run("generate", "--docs", String.valueOf(GENERATED), "--out", corpus.toString(),
        "--seed", "1").code());
    Path local = work.resolve("generated-index");
    assertEquals(0, CliRunner.run("index", "--corpus", corpus.toString(), "--index", local.toString()).code());
    CliRunner o = os("index", "--corpus", corpus.toString(), "--os-index", "generated");
    assertEquals(0, o.code(), o.err());
    JsonNode all = json(CliRunner.run("facets", "official", "--limit", "0", "--format", "json", "--index", local.toString()));
    List<JsonNode> full = new ArrayList<>();
    all.get("values").forEach(v -> {
      if (!v.has("missing")) {
        full.add(v); // the row of releases quoting nobody comes last, whatever the limit
      }
    });
    assertTrue(full.size() > 20, all.toString());
    JsonNode allOs = json(os("facets", "official", "--limit", "0", "--os-index", "generated", "--format", "json"));
    assertEquals(all.get("values"), allOs.get("values"));
    JsonNode top = json(os("facets", "official", "--os-index", "generated", "--format", "json"));
    assertEquals(full.subList(0, 20).toString(), named(top.get("values")).toString());
    assertEquals(all.get("total"), top.get("total"));
    assertEquals(all.get("values_total"), top.get("values_total"));
    JsonNode search = json(os("search", "--facet", "official", "--limit", "1", "--os-index", "generated", "--format", "json"));
    assertEquals(full.subList(0, 10).toString(), named(search.get("facets").get("official").get("values")).toString());
    // Patterns are matched on the words as written there too.
    for (String q : List.of("te?as", "?ingerprints", "fingerprint?", "/fingerprint/", "biometr*")) {
      JsonNode e = json(CliRunner.run("search", q, "--limit", "1", "--format", "json", "--index", local.toString()));
      assertEquals(e.get("total"), json(os("search", q, "--limit", "1", "--os-index", "generated", "--format", "json"))
          .get("total"), q);
    }
  }

  /** The values of a facet that name something, without the row of releases that have none. */
  private static List<JsonNode> named(JsonNode values) {
    List<JsonNode> out = new ArrayList<>();
    values.forEach(v -> {
      if (!v.has("missing")) {
        out.add(v);
      }
    });
    return out;
  }

  /** Releases of the generated corpus: enough for officials written several ways to reorder the top 20. */
  private static final int GENERATED = 3_000;

  private static String summary(CliRunner r) {
    assertEquals(0, r.code(), r.err());
    return r.out().strip().replaceAll(" in [0-9.]+ s$", "");
  }
}
