package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of damage the hostile-user trials made: a search refuses the index with the command that fixes it
 * (never answering from, or quietly refilling, a damaged index), {@code check} names the problem, and
 * {@code --rebuild} recovers whatever state the old index is in.
 */
class DamagedIndexTest {

  @TempDir Path corpus;
  @TempDir Path index;

  enum Damage {
    FLIPPED_SEGMENTS, TRUNCATED_SEGMENTS, DELETED_SEGMENTS, GARBAGE_SEGMENTS, DAMAGED_SI, DELETED_CFS,
    GARBAGE_POINTER, DELETED_GENERATION
  }

  @BeforeEach
  void build() throws Exception {
    for (int i = 0; i < 30; i++) {
      Files.writeString(corpus.resolve("r" + i + ".txt"), IndexCommandTest.release("Austin", "Alderaan" + (i % 3)));
    }
    CliRunner r = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--commit-every", "10", "--threads", "1");
    assertEquals(0, r.code(), r.err());
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void damageIsReportedAndRebuildRecovers(Damage damage) throws Exception {
    damage(damage);
    String fix = "run `releases index --rebuild --index " + index + "`";

    CliRunner search = CliRunner.run("search", "Alderaan0", "--index", index.toString(), "--format", "json");
    assertEquals(1, search.code(), search.err());
    assertEquals("", search.out());
    assertTrue(search.err().strip().endsWith(fix) && search.err().strip().lines().count() == 1, search.err());

    CliRunner check = CliRunner.run("check", "--index", index.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(check.err().startsWith("releases: damaged: "), check.err());
    assertTrue(check.err().strip().endsWith("releases: to fix it, " + fix), check.err());

    CliRunner update = CliRunner.run("index", "--index", index.toString());
    assertEquals(1, update.code(), update.err());
    assertTrue(update.err().strip().endsWith(fix), update.err());

    CliRunner rebuild = CliRunner.run("index", "--rebuild", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, rebuild.code(), rebuild.err());
    assertEquals(30, total(""));
    assertEquals(0, CliRunner.run("check", "--index", index.toString()).code());
  }

  @Test
  void flippedPostingsAreFoundByCheckAndByIndex() throws Exception {
    Path cfs = biggest(".cfs");
    flip(cfs, Files.size(cfs) / 3, 64);
    CliRunner check = CliRunner.run("check", "--index", index.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(check.err().contains("checksum failed"), check.err());
    CliRunner update = CliRunner.run("index", "--index", index.toString());
    assertEquals(1, update.code(), update.err());
    assertEquals("releases: index at " + index + " is damaged: run `releases index --rebuild --index " + index + "`",
        update.err().strip());
    assertEquals(0, CliRunner.run("index", "--rebuild", "--index", index.toString()).code(), "the stamp still names the corpus");
    assertEquals(0, CliRunner.run("check", "--index", index.toString()).code());
    assertEquals(10, total("Alderaan0"));
  }

  @Test
  void aRemovedCommitIsNeverRefilledFromTheSeeds() throws Exception {
    try (Stream<Path> s = Files.list(live())) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(p);
      }
    }
    CliRunner search = CliRunner.run("search", "Alderaan0", "--index", index.toString());
    assertEquals(1, search.code());
    assertTrue(search.err().contains("is damaged"), search.err());
    assertFalse(Files.exists(index.resolve("gen-2")), "nothing was built into the damaged index");
    // The corpus is known from the pointer file, though the commit that held it is gone.
    CliRunner rebuild = CliRunner.run("index", "--rebuild", "--index", index.toString());
    assertEquals(0, rebuild.code(), rebuild.err());
    assertEquals(10, total("Alderaan0"));
  }

  @Test
  void aCleanIndexChecksClean() {
    CliRunner check = CliRunner.run("check", "--index", index.toString());
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().matches("index clean: \\d+ segments, \\d+ documents, every checksum verified in [0-9.]+ s\n"), check.out());
  }

  private void damage(Damage d) throws IOException {
    Path live = live();
    Path segments;
    try (Stream<Path> s = Files.list(live)) {
      segments = s.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    switch (d) {
      case FLIPPED_SEGMENTS -> flip(segments, Files.size(segments) / 2, 1);
      case TRUNCATED_SEGMENTS -> truncate(segments, Files.size(segments) / 2);
      case DELETED_SEGMENTS -> Files.delete(segments);
      case GARBAGE_SEGMENTS -> Files.write(segments, garbage((int) Files.size(segments)));
      case DAMAGED_SI -> {
        Path si = biggest(".si");
        flip(si, Files.size(si) / 2, 4);
      }
      case DELETED_CFS -> Files.delete(biggest(".cfs"));
      case GARBAGE_POINTER -> Files.writeString(index.resolve("CURRENT"), "../../etc\n");
      case DELETED_GENERATION -> {
        try (Stream<Path> s = Files.walk(live)) {
          s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private Path live() throws IOException {
    return index.resolve(Files.readAllLines(index.resolve("CURRENT")).get(0));
  }

  private Path biggest(String ext) throws IOException {
    try (Stream<Path> s = Files.list(live())) {
      return s.filter(p -> p.toString().endsWith(ext))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
  }

  private static void flip(Path file, long at, int n) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      for (int i = 0; i < n; i++) {
        f.seek(at + i);
        int b = f.read();
        f.seek(at + i);
        f.write(b ^ 0xff);
      }
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  private static byte[] garbage(int n) {
    byte[] b = new byte[n];
    new Random(3).nextBytes(b);
    return b;
  }

  private int total(String query) throws Exception {
    CliRunner r = CliRunner.run("search", query, "--index", index.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(r.out()).get("total").asInt();
  }
}
