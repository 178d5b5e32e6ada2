package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.index.copies.ClusterReader;

/**
 * Copies on the fixtures of src/test/resources/copies: one release as text and as the agency's web page, its
 * corrected reissue and a wire service's copy form one cluster; another release of the same agency, sharing its
 * closing paragraphs, stays alone. Search, quotes, export and diff show it, and index runs keep it right.
 */
class CopiesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RIVERTON = List.of("riverton", "riverton-corrected", "riverton-site", "riverton-wire");

  @TempDir Path corpus;
  @TempDir Path index;

  @BeforeEach
  void copyFixtures() throws Exception {
    for (String name : List.of("riverton.txt", "riverton-site.html", "riverton-corrected.txt", "riverton-wire.txt",
        "lakeside.txt")) {
      Files.copy(Path.of("src/test/resources/copies", name), corpus.resolve(name));
    }
  }

  private CliRunner run(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--index";
    all[args.length + 1] = index.toString();
    CliRunner r = CliRunner.run(all);
    assertEquals(0, r.code(), r.err());
    return r;
  }

  private void indexCorpus() {
    CliRunner r = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
  }

  /** The clusters of two or more, each as its sorted member ids. */
  private List<List<String>> clusters() throws Exception {
    Map<Long, List<String>> groups = ClusterReader.groups(ClusterReader.clusters(index));
    List<List<String>> out = new ArrayList<>(groups.values());
    out.sort(java.util.Comparator.comparing(List::getFirst));
    return out;
  }

  @Test
  void savedAgainReissuedAndWiredAreOneClusterAndTheProgramsOtherReleaseIsNot() throws Exception {
    indexCorpus();
    assertEquals(List.of(RIVERTON), clusters());

    JsonNode r = JSON.readTree(run("search", "treatment plant", "--format", "json").out());
    assertEquals(4, r.get("total").asInt());
    assertEquals(1, r.get("clusters").asInt());
    assertEquals(1, r.get("hits").size());
    JsonNode hit = r.get("hits").get(0);
    // The earliest dated release is shown; of the three dated March 14, the first by id.
    assertEquals("riverton", hit.get("id").asText());
    assertEquals(List.of("riverton-site", "riverton-wire", "riverton-corrected"), strings(hit.get("copies")));

    String text = run("search", "treatment plant").out();
    assertTrue(text.contains("+3 copies: riverton-site, riverton-wire, riverton-corrected"), text);
    assertTrue(text.startsWith("4 releases match treatment plant, 1 hit once copies are folded"), text);
    JsonNode all = JSON.readTree(run("search", "treatment plant", "--all-copies", "--format", "json").out());
    assertEquals(4, all.get("hits").size());
    assertTrue(all.get("clusters").isNull());
    assertEquals(List.of(), strings(all.get("hits").get(0).get("copies")));

    // Every release matches "Marsh": five releases, two hits.
    JsonNode marsh = JSON.readTree(run("search", "marsh", "--format", "json").out());
    assertEquals(5, marsh.get("total").asInt());
    assertEquals(2, marsh.get("clusters").asInt());

    JsonNode quotes = JSON.readTree(run("quotes", "--by", "Marsh", "--format", "json").out());
    assertEquals(2, quotes.get("distinct").asInt(), quotes.toString());
    assertEquals(2, quotes.get("quotes").size());
    JsonNode first = quotes.get("quotes").get(0);
    assertEquals("riverton", first.get("release_id").asText());
    assertEquals(3, first.get("copies").size());
  }

  @Test
  void exportRecordsNameTheirCopies() throws Exception {
    CliRunner r = CliRunner.run("export", "--corpus", corpus.toString());
    assertEquals(0, r.code(), r.err());
    for (String line : r.out().strip().split("\n")) {
      JsonNode rec = JSON.readTree(line);
      String id = rec.get("id").asText();
      List<String> expected = new ArrayList<>(RIVERTON);
      expected.remove(id);
      List<String> copies = strings(rec.get("copies"));
      assertEquals(RIVERTON.contains(id) ? expected.stream().sorted().toList() : List.of(),
          copies.stream().sorted().toList(), id);
    }
  }

  @Test
  void diffListsTheCorrections() throws Exception {
    indexCorpus();
    JsonNode d = JSON.readTree(run("diff", "riverton", "riverton-corrected", "--format", "json").out());
    List<String> inserted = new ArrayList<>();
    for (JsonNode c : d.get("changes")) {
      inserted.add(c.get("to").asText());
    }
    assertTrue(inserted.contains("CORRECTED: "), inserted.toString());
    assertTrue(inserted.contains("44,000"), inserted.toString());
    assertTrue(inserted.contains("$14"), inserted.toString());
    String plain = run("diff", "riverton", "riverton-corrected", "--color", "never").out();
    assertTrue(plain.contains("[-42,000-]{+44,000+}"), plain);
    assertTrue(!plain.contains("\033["), plain);
    String coloured = run("diff", "riverton", "riverton-corrected", "--color", "always").out();
    assertTrue(coloured.contains("\033[31m[-42,000-]\033[0m\033[32m{+44,000+}\033[0m"), coloured);
    String same = run("diff", "riverton", "riverton").out();
    assertTrue(same.contains("no changes"), same);
  }

  @Test
  void removedChangedAndAddedFilesLeaveClustersRight() throws Exception {
    indexCorpus();
    Files.delete(corpus.resolve("riverton.txt"));
    indexCorpus();
    assertEquals(List.of(List.of("riverton-corrected", "riverton-site", "riverton-wire")), clusters());
    JsonNode r = JSON.readTree(run("search", "treatment plant", "--format", "json").out());
    assertEquals("riverton-site", r.get("hits").get(0).get("id").asText());

    // The wire copy is replaced by another story: it leaves the cluster.
    Files.writeString(corpus.resolve("riverton-wire.txt"), Files.readString(corpus.resolve("lakeside.txt"))
        .replace("Lakeside", "Brookfield").replace("LAKESIDE", "BROOKFIELD").replace("October 2", "November 20"));
    indexCorpus();
    assertEquals(List.of(List.of("riverton-corrected", "riverton-site")), clusters());

    Files.copy(Path.of("src/test/resources/copies/riverton.txt"), corpus.resolve("riverton.txt"));
    indexCorpus();
    assertEquals(List.of(List.of("riverton", "riverton-corrected", "riverton-site")), clusters());
    JsonNode back = JSON.readTree(run("search", "treatment plant", "--format", "json").out());
    assertEquals("riverton", back.get("hits").get(0).get("id").asText());
    assertEquals(List.of("riverton-site", "riverton-corrected"), strings(back.get("hits").get(0).get("copies")));
  }

  @Test
  void theSeedsAreNotCopies() throws Exception {
    CliRunner r = CliRunner.run("index", "--corpus", "seeds", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(), clusters());
    JsonNode all = JSON.readTree(run("search", "fingerprints", "--format", "json").out());
    assertEquals(5, all.get("clusters").asInt());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
