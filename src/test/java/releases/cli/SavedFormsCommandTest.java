package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of several releases through the commands: ids {@code FILE#N}, {@code id:} queries on them, provenance in
 * every output, and incremental runs that replace or remove all the releases of a changed or deleted file.
 */
class SavedFormsCommandTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private void copy(String form, String as) throws Exception {
    try (var files = Files.list(FormGoldensTest.FORMS.resolve(form))) {
      Path source = files.filter(f -> f.getFileName().toString().startsWith("source.")).findFirst().orElseThrow();
      Files.copy(source, corpus.resolve(as), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private CliRunner run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--corpus=" + corpus);
    if (!args[0].equals("export")) {
      all.add("--index=" + index);
    }
    return CliRunner.run(all.toArray(String[]::new));
  }

  private JsonNode search(String query) throws Exception {
    CliRunner r = run("search", query, "--format=json");
    assertEquals(0, r.code(), r.err());
    return Goldens.JSON.readTree(r.out());
  }

  @Test
  void mailboxesAndArchivesGiveOneReleaseEachFoundByIdAndReplacedWhole() throws Exception {
    copy("mbox_two_and_broken", "box.mbox");
    copy("warc_crawl", "crawl.warc.gz");
    copy("pdf_letterhead", "letter.pdf");
    CliRunner indexed = run("index");
    assertEquals(0, indexed.code(), indexed.err());
    assertTrue(indexed.err().contains("box.mbox: message 2: not an e-mail"), indexed.err());

    JsonNode hit = search("id:crawl#2").get("hits").get(0);
    assertEquals("crawl#2", hit.get("id").asText());
    assertEquals("warc", hit.get("format").asText());
    assertEquals("https://scanner.example/2019/02/fire-chief", hit.get("source_url").asText());
    assertEquals("2019-03-02T04:05:06Z", hit.get("captured").asText());
    assertEquals(1, search("id:box#3").get("total").asInt());
    assertEquals(0, search("id:box#2").get("total").asInt());
    assertEquals("pdf", search("id:letter").get("hits").get(0).get("format").asText());
    assertEquals(5, search("").get("total").asInt()); // two messages, two pages, one PDF

    CliRunner text = run("search", "id:crawl#1");
    assertTrue(text.out().contains("from warc https://www.callowaybend.example.gov/news/training-center captured 2019-03-02T04:05:06Z"),
        text.out());
    // The e-mailed release and the archived page are one release saved twice: copies, one quote by default.
    JsonNode folded = Goldens.JSON.readTree(run("quotes", "--by", "Quimby", "--format=json").out()).get("quotes");
    assertEquals(1, folded.size(), folded.toString());
    assertEquals(List.of("box#3", "crawl#2"), java.util.stream.Stream.of(folded.get(0).get("release_id").asText(),
        folded.get(0).get("copies").get(0).asText()).sorted().toList());
    CliRunner quotes = run("quotes", "--by", "Quimby", "--format=json", "--all-copies");
    JsonNode q = Goldens.JSON.readTree(quotes.out()).get("quotes");
    // With --all-copies the quote of each copy is listed on its own.
    assertEquals(2, q.size(), q.toString());
    assertEquals(List.of("box#3", "crawl#2"), java.util.stream.Stream.of(q.get(0).get("release_id").asText(),
        q.get(1).get("release_id").asText()).sorted().toList());
    // Folded, it is one quote said in two releases (issue 16).
    assertEquals(2, folded.get(0).get("releases").asInt(), folded.toString());
    assertTrue(q.get(0).has("format") && q.get(0).has("source_url"), q.toString());

    // CSV carries the same provenance, in its last three columns.
    List<String> csv = run("search", "id:crawl#2", "--format=csv").out().lines().toList();
    assertTrue(csv.get(0).endsWith(",counties,format,source_url,captured"), csv.get(0));
    assertTrue(csv.get(1).endsWith(",warc,https://scanner.example/2019/02/fire-chief,2019-03-02T04:05:06Z"), csv.get(1));
    List<String> pdfCsv = run("search", "id:letter", "--format=csv").out().lines().toList();
    assertTrue(pdfCsv.get(1).endsWith(",pdf,,"), pdfCsv.get(1));
    List<String> quoteCsv = run("quotes", "--by", "Quimby", "--format=csv").out().lines().toList();
    assertTrue(quoteCsv.get(0).endsWith(",text,format,source_url,captured,releases,first"), quoteCsv.get(0));
    // One quote said in the mailbox and in the web archive: listed once, with the count and the first date.
    assertEquals(2, quoteCsv.size(), quoteCsv.toString());
    assertTrue(quoteCsv.get(1).endsWith(",2,2019-02-18"), quoteCsv.toString());
    assertTrue(run("quotes", "--by", "Quimby").out().contains("said in 2 releases, first on 2019-02-18"));

    // The mailbox now holds its first message only: its other releases go with the change.
    String box = Files.readString(corpus.resolve("box.mbox"));
    Files.writeString(corpus.resolve("box.mbox"), box.substring(0, box.indexOf("\nFrom MAILER-DAEMON") + 1));
    assertEquals(0, run("index").code());
    assertEquals(0, search("id:box#3").get("total").asInt());
    assertEquals(1, search("id:box#1").get("total").asInt());
    assertEquals(0, Goldens.JSON.readTree(run("quotes", "--by", "Quimby", "--format=json").out()).get("quotes")
        .findValuesAsText("release_id").stream().filter(id -> id.startsWith("box")).count());

    Files.delete(corpus.resolve("box.mbox"));
    assertEquals(0, run("index").code());
    assertEquals(0, search("id:box#1").get("total").asInt());
    assertEquals(3, search("").get("total").asInt());
  }

  @Test
  void exportPrintsEveryReleaseOfAFileInOrder() throws Exception {
    copy("mbox_two_and_broken", "box.mbox");
    copy("warc_crawl", "crawl.warc.gz");
    CliRunner r = run("export");
    assertEquals(0, r.code(), r.err());
    List<String> ids = r.out().lines().map(l -> {
      try {
        return Goldens.JSON.readTree(l).get("id").asText();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertEquals(List.of("box#1", "box#3", "crawl#1", "crawl#2"), ids);
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
