package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus with hostile entries is indexed to the end, and what is printed and stored about them is safe. */
class HostileCorpusTest {

  @TempDir Path corpus;
  @TempDir Path index;
  @TempDir Path elsewhere;

  @Test
  void loopsDanglingLinksAndForgedNamesNeitherAbortNorForgeLines() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), IndexCommandTest.release("Austin", "Alderaan"));
    Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("dangling"), corpus.resolve("nowhere"));
    Files.write(corpus.resolve("evil\nskipped forged.txt: fake"), new byte[] {0, 1, 2, 3});
    CliRunner r = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("indexed 1, unchanged 0, removed 0, skipped 3", IndexCommandTest.summary(r));
    assertTrue(r.err().contains("loop: symlink loop"), r.err());
    assertTrue(r.err().contains("dangling: broken symlink"), r.err());
    assertTrue(r.err().contains("evil\\nskipped forged.txt: fake: not text"), r.err());
    assertEquals(3, r.err().lines().count(), r.err());
    assertTrue(r.err().lines().allMatch(l -> l.startsWith("skipped " + corpus)), r.err());
  }

  @Test
  void anUnreadableDirectoryIsSkippedAsPermissionDeniedAndTheRunGoesOn() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), IndexCommandTest.release("Austin", "Alderaan"));
    Path locked = Files.createDirectories(corpus.resolve("locked"));
    Files.writeString(locked.resolve("b.txt"), IndexCommandTest.release("Dallas", "Dagobah"));
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      // Root reads through chmod 000; there CorpusWalkTest injects the denial where the walk enters a directory.
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root");
      CliRunner r = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
      assertEquals(0, r.code(), r.err());
      assertEquals("indexed 1, unchanged 0, removed 0, skipped 1", IndexCommandTest.summary(r));
      assertEquals("skipped " + locked + ": permission denied\n", r.err());
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void storedPathsResolveFromAnyWorkingDirectory() throws Exception {
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("sub/a.txt"), IndexCommandTest.release("Austin", "Alderaan"));
    assertEquals(0, CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString()).code());
    Path out = elsewhere.resolve("out.json");
    Process search = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), "releases.cli.Main",
        "search", "Alderaan", "--index", index.toString(), "--format", "json")
        .directory(elsewhere.toFile()).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(search.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, search.exitValue());
    JsonNode hit = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8)).get("hits").get(0);
    Path shown = Path.of(hit.get("path").asText());
    assertTrue(Files.isRegularFile(elsewhere.resolve(shown)), shown + " from " + elsewhere);
    assertTrue(Files.isSameFile(corpus.resolve("sub/a.txt"), elsewhere.resolve(shown)));
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
