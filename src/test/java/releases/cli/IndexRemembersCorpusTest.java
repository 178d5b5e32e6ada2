package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index keeps to the corpus it was built from, and a named index is never filled from the seeds. */
class IndexRemembersCorpusTest {

  @TempDir Path dir;

  private static long total(CliRunner r) throws Exception {
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(r.out()).get("total").asLong();
  }

  @Test
  void aLaterRunWithoutCorpusUpdatesTheRememberedOneAndAnotherCorpusIsRefused() throws Exception {
    GeneratedIndex g = GeneratedIndex.build(dir, 300, 4);
    String index = g.index().toString();
    CliRunner again = CliRunner.run("index", "--index", index);
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().startsWith("index up to date: nothing to do (unchanged 300, skipped 0)"), again.out());
    assertEquals(300, total(g.run("search", "--format", "json", "--limit", "1")));

    CliRunner other = CliRunner.run("index", "--corpus", "seeds", "--index", index);
    assertEquals(2, other.code());
    assertEquals("releases: the index at " + index + " holds " + g.corpus() + ", not seeds; run `releases index"
        + " --index " + index + " --corpus seeds --rebuild` to replace it, or give another --index\n", other.err());
    assertEquals(300, total(g.run("search", "--format", "json", "--limit", "1")));
    assertEquals(2, g.run("search", "--corpus", "seeds", "x").code());

    Files.writeString(g.corpus().resolve("extra.txt"), "WASHINGTON - A new release about fingerprints.\n");
    CliRunner stale = g.run("search", "fingerprints");
    assertTrue(stale.err().contains("changed since it was indexed; run `releases index --index " + index
        + "` to update the index"), stale.err());
    CliRunner update = CliRunner.run("index", "--index", index);
    assertTrue(update.out().startsWith("indexed 1, unchanged 300, removed 0"), update.out());

    CliRunner rebuilt = CliRunner.run("index", "--corpus", "seeds", "--index", index, "--rebuild");
    assertEquals(0, rebuilt.code(), rebuilt.err());
    assertEquals(5, total(g.run("search", "--format", "json", "--limit", "1")));
  }

  @Test
  void aMissingNamedIndexIsAnErrorNotASeedsIndex() {
    Path nowhere = dir.resolve("nonexistent");
    CliRunner r = CliRunner.run("search", "fingerprints", "--index", nowhere.toString());
    assertEquals(1, r.code());
    assertEquals("releases: no index at " + nowhere + "; build it with `releases index --corpus DIR --index "
        + nowhere + "`\n", r.err());
    assertFalse(Files.exists(nowhere));
    CliRunner named = CliRunner.run("facets", "state", "--corpus", "seeds", "--index", nowhere.toString());
    assertEquals(1, named.code());
    assertTrue(named.err().endsWith("build it with `releases index --corpus seeds --index " + nowhere + "`\n"), named.err());
    assertEquals(1, CliRunner.run("quotes", "--index", nowhere.toString()).code());
    assertFalse(Files.exists(nowhere));
  }

  @Test
  void aRememberedCorpusThatIsGoneIsSaidNotGuessed() throws Exception {
    Path corpus = java.nio.file.Files.createDirectories(dir.resolve("gone"));
    java.nio.file.Files.writeString(corpus.resolve("a.txt"), "WASHINGTON - A release about fingerprints.\n");
    Path index = dir.resolve("idx");
    assertEquals(0, CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString()).code());
    java.nio.file.Files.delete(corpus.resolve("a.txt"));
    java.nio.file.Files.delete(corpus);
    CliRunner r = CliRunner.run("index", "--index", index.toString());
    assertEquals(1, r.code());
    assertEquals("releases: the index at " + index + " was built from " + corpus + ", which is gone; run `releases index"
        + " --index " + index + " --corpus DIR --rebuild` to index another corpus into it\n", r.err());
    assertEquals(1, total(CliRunner.run("search", "fingerprints", "--index", index.toString(), "--format", "json")));
  }
}
