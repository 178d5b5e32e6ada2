package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search of an up-to-date index loads no parser class (jsoup, PDFBox, POI, mime4j, jwarc): the format readers
 * sit behind ingest and load only when a file is read. Checked in a JVM of its own, from its class-loading log.
 */
class SearchLoadsNoParserTest {

  @TempDir Path corpus;
  @TempDir Path index;
  @TempDir Path logs;

  @Test
  void aSearchLoadsNoParser() throws Exception {
    Files.copy(FormGoldensTest.FORMS.resolve("html_gov_article/source.html"), corpus.resolve("page.html"));
    Files.copy(FormGoldensTest.FORMS.resolve("pdf_letterhead/source.pdf"), corpus.resolve("letter.pdf"));
    assertEquals(0, CliRunner.run("index", "--corpus=" + corpus, "--index=" + index).code());
    Path log = logs.resolve("classes.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
        "releases.cli.Main", "search", "training", "--corpus=" + corpus, "--index=" + index)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("2 releases match training"), out);
    List<String> parsers = Files.readAllLines(log).stream()
        .filter(l -> l.matches(".*\\b(org\\.jsoup|org\\.apache\\.pdfbox|org\\.apache\\.poi|org\\.apache\\.james|"
            + "org\\.netpreserve|releases\\.ingest\\.(SourceReader|Html|Pdf|Mail|Mbox|Warc|Doc|Rtf|Zip))\\..*"))
        .toList();
    assertEquals(List.of(), parsers);
  }
}
