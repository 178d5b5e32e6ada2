package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental runs, skipped files, the write lock, and a search that finds no index or a stale one. */
class IndexCommandTest {

  @TempDir Path corpus;
  @TempDir Path index;

  static String release(String city, String word) {
    return """
        U.S. Immigration and Customs Enforcement

        News Releases

        March 3, 2012

        Officers arrest fugitive in %s operation

        %s, Texas - Officers of the agency arrested a fugitive on Monday during an operation that the
        agency calls %s. The man was wanted on an outstanding removal order.
        """.formatted(word, city.toUpperCase(java.util.Locale.ROOT), word);
  }

  CliRunner index(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "index";
    args[1] = "--corpus=" + corpus;
    args[2] = "--index=" + index;
    args[3] = "--threads=2";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CliRunner.run(args);
  }

  int total(String query) throws Exception {
    CliRunner r = CliRunner.run("search", query, "--index", index.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(r.out()).get("total").asInt();
  }

  static String summary(CliRunner r) {
    return r.out().strip().replaceAll(" in [0-9.]+ s$", "").replaceAll("\\) in [0-9.]+ s$", ")");
  }

  @Test
  void addChangeDeleteAreIndexedIncrementally() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), release("Austin", "Alderaan"));
    Files.writeString(corpus.resolve("b.txt"), release("Dallas", "Bespin"));
    Files.writeString(corpus.resolve("c.txt"), release("Houston", "Coruscant"));
    CliRunner first = index();
    assertEquals(0, first.code(), first.err());
    assertEquals("indexed 3, unchanged 0, removed 0, skipped 0", summary(first));
    assertEquals(1, total("Bespin"));

    assertEquals("index up to date: nothing to do (unchanged 3, skipped 0)", summary(index()));

    Files.writeString(corpus.resolve("b.txt"), release("Dallas", "Dagobah"));
    Files.delete(corpus.resolve("c.txt"));
    Files.createDirectories(corpus.resolve("more"));
    Files.writeString(corpus.resolve("more/d.txt"), release("El Paso", "Endor"));
    CliRunner second = index();
    assertEquals("indexed 2, unchanged 1, removed 1, skipped 0", summary(second));
    assertEquals(0, total("Bespin"));
    assertEquals(1, total("Dagobah"));
    assertEquals(0, total("Coruscant"));
    assertEquals(1, total("Endor"));
    assertEquals(3, total(""));

    assertEquals("indexed 3, unchanged 0, removed 0, skipped 0", summary(index("--rebuild")));
    assertEquals(3, total(""));
  }

  @Test
  void aFileWithItsIndexedSizeAndTimeIsNotReadAgainWhileATouchedOneIsCheckedByContent() throws Exception {
    Path a = corpus.resolve("a.txt");
    Path b = corpus.resolve("b.txt");
    Files.writeString(a, release("Austin", "Alderaan"));
    Files.writeString(b, release("Dallas", "Bespin"));
    assertEquals(0, index().code());
    // Touched: a new time over the same words. It is read again and its content hash finds it unchanged.
    Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5_000));
    // Rewritten to the same size and put back to its old time: taken as unchanged without being read.
    FileTime old = Files.getLastModifiedTime(b);
    Files.writeString(b, release("Dallas", "Dagoba"));
    Files.setLastModifiedTime(b, old);
    assertEquals("index up to date: nothing to do (unchanged 2, skipped 0)", summary(index()));
    assertEquals(1, total("Bespin"), "b.txt was not read again, so the index still has its old words");
    assertEquals("indexed 2, unchanged 0, removed 0, skipped 0", summary(index("--rebuild")));
    assertEquals(1, total("Dagoba"));
    assertEquals(0, total("Bespin"));
  }

  @Test
  void filesSharingAnIdMakeOneReleaseAndQuotesFollowTheirRelease() throws Exception {
    String quoted = release("Austin", "Alderaan") + "\n\"We found him,\" said Field Office Director Ana Ruiz.\n";
    Files.writeString(corpus.resolve("a.txt"), quoted);
    Files.writeString(corpus.resolve("a.md"), quoted);
    CliRunner first = index();
    assertEquals(0, first.code());
    assertEquals("indexed 1, unchanged 0, removed 0, skipped 1", summary(first));
    assertTrue(first.err().contains("a.txt: same id as an earlier file (a)"), first.err());
    assertEquals(1, total(""), "a.txt and a.md share the id a");
    assertEquals(1, quotes("Ruiz"));

    Files.delete(corpus.resolve("a.md"));
    Files.writeString(corpus.resolve("a.txt"), quoted.replace("We found him", "We found them both"));
    assertEquals(0, index().code());
    assertEquals(1, total(""));
    assertEquals(1, quotes("Ruiz"), "the old quote went with the old version of the release");
  }

  int quotes(String by) throws Exception {
    CliRunner r = CliRunner.run("quotes", "--by", by, "--index", index.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(r.out()).get("total").asInt();
  }

  @Test
  void unreadableFilesAreSkippedWithAReasonAndDropped() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), release("Austin", "Alderaan"));
    Files.writeString(corpus.resolve("b.txt"), release("Dallas", "Bespin"));
    assertEquals("indexed 2, unchanged 0, removed 0, skipped 0", summary(index()));
    Files.writeString(corpus.resolve("b.txt"), "  \n");
    Files.write(corpus.resolve("c.bin"), new byte[] {1, 0, 2, 0, 3});
    CliRunner r = index();
    assertEquals(0, r.code());
    assertEquals("indexed 0, unchanged 1, removed 0, skipped 2", summary(r).replace("index up to date: nothing to do (unchanged 1, skipped 2)", "indexed 0, unchanged 1, removed 0, skipped 2"));
    assertTrue(r.err().contains("skipped ") && r.err().contains("b.txt: empty"), r.err());
    assertTrue(r.err().contains("c.bin: not text"), r.err());
    assertEquals(0, total("Bespin"), "the emptied file's old document is gone");
  }

  @Test
  void aSecondWriterGetsOneClearLine() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), release("Austin", "Alderaan"));
    assertEquals(0, index().code());
    try (Directory dir = FSDirectory.open(index);
        IndexWriter held = new IndexWriter(dir, new IndexWriterConfig())) {
      CliRunner r = index();
      assertEquals(1, r.code());
      assertEquals("releases: index at " + index + " is being written by another process; "
          + "wait for it to finish, or use another --index directory", r.err().strip());
      assertEquals(1, total("Alderaan"), "searching while another process writes still works");
    }
  }

  @Test
  void searchWithoutANamedIndexSaysHowToBuildItAndWritesNothing() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), release("Austin", "Alderaan"));
    Path fresh = index.resolve("fresh");
    CliRunner r = CliRunner.run("search", "Alderaan", "--corpus", corpus.toString(), "--index", fresh.toString(), "--format", "json");
    assertEquals(1, r.code(), r.err());
    assertEquals("releases: no index at " + fresh + "; build it with `releases index --corpus " + corpus
        + " --index " + fresh + "`\n", r.err());
    assertFalse(Files.exists(fresh));
  }

  @Test
  void searchNotesACorpusChangedSinceIndexing() throws Exception {
    Path a = corpus.resolve("a.txt");
    Files.writeString(a, release("Austin", "Alderaan"));
    assertEquals(0, index().code());
    assertEquals("", CliRunner.run("search", "Alderaan", "--index", index.toString()).err());
    Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5_000));
    CliRunner r = CliRunner.run("search", "Alderaan", "--index", index.toString());
    assertEquals(0, r.code());
    assertTrue(r.err().contains("changed since it was indexed; run `releases index --index " + index + "`"), r.err());
    assertFalse(r.out().isEmpty());
    assertEquals(0, index().code());
    assertEquals("", CliRunner.run("search", "Alderaan", "--index", index.toString()).err());
  }

  @Test
  void theDefaultIndexFromAnotherVersionIsRebuiltBySearch(@TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve("seeds"));
    Files.writeString(home.resolve("seeds/a.txt"), release("Austin", "Alderaan"));
    try (Directory dir = FSDirectory.open(home.resolve("index"));
        IndexWriter foreign = new IndexWriter(dir, new IndexWriterConfig())) {
      foreign.addDocument(new org.apache.lucene.document.Document());
      foreign.commit();
    }
    String before = System.getProperty("releases.home");
    System.setProperty("releases.home", home.toString());
    try {
      CliRunner search = CliRunner.run("search", "Alderaan", "--format", "json");
      assertEquals(0, search.code(), search.err());
      assertTrue(search.err().contains("is from another version; indexing"), search.err());
      assertEquals(1, new ObjectMapper().readTree(search.out()).get("total").asInt());
    } finally {
      if (before == null) {
        System.clearProperty("releases.home");
      } else {
        System.setProperty("releases.home", before);
      }
    }
  }

  @Test
  void anIndexFromAnotherVersionIsRefusedThenRebuilt() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), release("Austin", "Alderaan"));
    try (Directory dir = FSDirectory.open(index);
        IndexWriter foreign = new IndexWriter(dir, new IndexWriterConfig())) {
      foreign.addDocument(new org.apache.lucene.document.Document());
      foreign.commit();
    }
    CliRunner search = CliRunner.run("search", "Alderaan", "--index", index.toString());
    assertEquals(1, search.code());
    assertEquals("releases: index at " + index + " was built by another version of releases; "
        + "run `releases index --index " + index + " --rebuild`", search.err().strip());
    CliRunner named = CliRunner.run("search", "Alderaan", "--index", index.toString(), "--corpus", corpus.toString());
    assertEquals(1, named.code());
    assertEquals("releases: index at " + index + " was built by another version of releases; "
        + "run `releases index --index " + index + " --rebuild --corpus " + corpus + "`", named.err().strip());
    assertEquals("indexed 1, unchanged 0, removed 0, skipped 0", summary(index()));
    assertEquals(1, total(""));
  }

  @Test
  void missingCorpusIsAFailure() {
    CliRunner r = CliRunner.run("index", "--corpus", corpus.resolve("nope").toString(), "--index", index.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("releases: cannot read corpus "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
