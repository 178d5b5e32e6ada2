package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first index run killed mid-way (a real process, killed hard) keeps its commits in a generation that is not
 * live yet: a search says the index is not built, and the next run finishes it without redoing what was committed.
 */
class InterruptedIndexTest {

  private static final int FILES = 5000;
  private static final int COMMIT_EVERY = 200;
  private static final String[] WORDS = ("officers agents arrested charged removal fugitive border county sheriff "
      + "investigation smuggling narcotics weapons fraud identity documents program partnership jail federal state "
      + "local court sentenced prison months years deported citizen national alien criminal conviction").split(" ");

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void killedRunKeepsLastCommitAndNextRunCompletes() throws Exception {
    generate(corpus, FILES);
    Process child = new ProcessBuilder(javaBinary(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "releases.cli.Main", "index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--commit-every", String.valueOf(COMMIT_EVERY), "--threads", "2")
        .redirectOutput(index.resolveSibling(index.getFileName() + ".out").toFile())
        .redirectError(index.resolveSibling(index.getFileName() + ".err").toFile())
        .start();
    try {
      waitForFirstCommit(child);
      assertTrue(child.isAlive(), "the run must still be going when it is killed");
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }

    int committed;
    assertTrue(Files.notExists(index.resolve("CURRENT")), "nothing is published before the build is complete");
    try (Directory dir = FSDirectory.open(index.resolve("gen-1")); DirectoryReader reader = DirectoryReader.open(dir)) {
      committed = reader.numDocs();
    }
    // Documents still on the indexing threads at commit time are not in it; they are redone next run.
    assertTrue(committed > 0 && committed < FILES, "committed " + committed);

    CliRunner partial = CliRunner.run("search", "--index", index.toString(), "--format", "json");
    assertEquals(1, partial.code(), partial.err());
    assertEquals("releases: the index at " + index + " is not built yet: its first run did not finish; run `releases index"
        + " --index " + index + "` to finish it", partial.err().strip());
    assertEquals("", partial.out());

    // Without --corpus: the unfinished generation remembers its corpus.
    CliRunner resumed = CliRunner.run("index", "--index", index.toString());
    assertEquals(0, resumed.code(), resumed.err());
    Matcher m = Pattern.compile("indexed (\\d+), unchanged (\\d+), removed 0, skipped 0 in .*").matcher(resumed.out().strip());
    assertTrue(m.matches(), resumed.out());
    assertEquals(committed, Integer.parseInt(m.group(2)), "what was committed is not indexed again");
    assertEquals(FILES, Integer.parseInt(m.group(1)) + committed);

    CliRunner full = CliRunner.run("search", "fugitive OR officers OR agents", "--index", index.toString(), "--format", "json");
    assertEquals(0, full.code(), full.err());
    assertEquals("", full.err());
    assertEquals(FILES, new ObjectMapper().readTree(full.out()).get("total").asInt());
  }

  private void waitForFirstCommit(Process child) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && child.isAlive()) {
      Path gen = index.resolve("gen-1");
      if (!Files.isDirectory(gen)) {
        Thread.sleep(10);
        continue;
      }
      try (Stream<Path> files = Files.list(gen)) {
        if (files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"))) {
          return;
        }
      }
      Thread.sleep(10);
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Release-like files of a few KB with every one of them holding "fugitive", "officers" or "agents". */
  static void generate(Path dir, int n) throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder("News Releases\n\nJanuary 5, 2012\n\nOfficers arrest fugitive number ")
          .append(i).append("\n\nHOUSTON - ");
      for (int w = 0; w < 500; w++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ".\n" : " ");
      }
      Path sub = dir.resolve(String.format("%02d", i % 50));
      Files.createDirectories(sub);
      Files.writeString(sub.resolve(String.format("r%05d.txt", i)), sb.append("officers\n"));
    }
  }

}
