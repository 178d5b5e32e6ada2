package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild is written beside the live index and switched to at once: searches during it count the old index
 * whole, never a part of the new one, and the old generation is gone after the switch.
 */
class AtomicRebuildTest {

  private static final int FILES = 600;

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void searchesDuringARebuildSeeTheWholeOldIndexUntilTheSwitch() throws Exception {
    InterruptedIndexTest.generate(corpus, FILES);
    assertEquals(0, CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString()).code());
    // The new index is to hold fewer releases, so a search that saw it part-built could not count FILES.
    for (int i = 0; i < FILES / 2; i++) {
      Files.delete(corpus.resolve(String.format("%02d/r%05d.txt", i % 50, i)));
    }
    CompletableFuture<CliRunner> rebuild = CompletableFuture.supplyAsync(() -> CliRunner.run("index", "--rebuild",
        "--index", index.toString(), "--commit-every", "20", "--threads", "1"));
    Set<Integer> seen = new TreeSet<>();
    while (!rebuild.isDone()) {
      CliRunner r = CliRunner.run("search", "officers", "--index", index.toString(), "--format", "json", "--limit", "1");
      assertEquals(0, r.code(), r.err());
      seen.add(new ObjectMapper().readTree(r.out()).get("total").asInt());
    }
    assertEquals(0, rebuild.get().code(), rebuild.get().err());
    assertTrue(Set.of(FILES, FILES / 2).containsAll(seen), "totals seen during the rebuild: " + seen);
    assertEquals(FILES / 2, total());
    assertEquals("gen-2", Files.readAllLines(index.resolve("CURRENT")).get(0));
    assertTrue(Files.notExists(index.resolve("gen-1")), "the old generation is removed after the switch");
  }

  @Test
  void anIndexLaidOutBeforeGenerationsIsUpgradedBesideItselfThenRemoved() throws Exception {
    InterruptedIndexTest.generate(corpus, 20);
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index);
        org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(dir,
            new org.apache.lucene.index.IndexWriterConfig())) {
      old.addDocument(new org.apache.lucene.document.Document());
      old.commit();
    }
    Files.writeString(index.resolve("notes.txt"), "mine");
    CliRunner r = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(20, total());
    try (var files = Files.list(index)) {
      assertEquals(Set.of("CURRENT", "gen-1", "write.lock", "notes.txt"),
          files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
  }

  private int total() throws Exception {
    CliRunner r = CliRunner.run("search", "officers", "--index", index.toString(), "--format", "json");
    return new ObjectMapper().readTree(r.out()).get("total").asInt();
  }
}
