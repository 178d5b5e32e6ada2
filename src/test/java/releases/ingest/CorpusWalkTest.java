package releases.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus walk never stops for one entry: each one it cannot take in is listed with its reason. */
class CorpusWalkTest {

  @TempDir Path root;

  @Test
  void aDirectoryThatCannotBeEnteredIsSkippedAndTheWalkGoesOn() throws IOException {
    Files.writeString(root.resolve("a.txt"), "a");
    Files.createDirectories(root.resolve("locked/inner"));
    Files.writeString(root.resolve("locked/inner/b.txt"), "b");
    Files.writeString(root.resolve("z.txt"), "z");
    // The tests may run as root, whom chmod 000 does not stop: the denial is injected where the walk enters.
    Corpus corpus = new Corpus(root, dir -> {
      if (dir.endsWith("locked")) {
        throw new AccessDeniedException(dir.toString());
      }
    });
    Corpus.Listing listing = corpus.list();
    assertEquals(List.of(root.resolve("a.txt"), root.resolve("z.txt")), listing.files());
    assertEquals(List.of(new Corpus.Skip(root.resolve("locked"), "permission denied")), listing.skipped());
    assertTrue(listing.unseen("locked/inner/b"), "what lies below it is not known to be gone");
    assertFalse(listing.unseen("lockedout"));
  }

  @Test
  void linksThatLoopOrLeadNowhereAreSkippedWithTheirReason() throws IOException {
    Files.writeString(root.resolve("a.txt"), "a");
    Files.createDirectories(root.resolve("sub"));
    Files.createSymbolicLink(root.resolve("sub/up"), root);
    Files.createSymbolicLink(root.resolve("self"), root.resolve("self"));
    Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nowhere"));
    Corpus.Listing listing = new Corpus(root).list();
    assertEquals(List.of(root.resolve("a.txt")), listing.files());
    assertEquals(List.of("broken symlink", "symlink loop", "symlink loop"),
        listing.skipped().stream().map(Corpus.Skip::reason).sorted().toList());
  }

  @Test
  void aPathPastTheSystemLimitIsSkipped() throws Exception {
    Files.writeString(root.resolve("a.txt"), "a");
    String name = "d".repeat(200);
    // Java cannot create a path longer than PATH_MAX; a shell that descends one level at a time can.
    Process p = new ProcessBuilder("bash", "-c", "for i in $(seq 1 24); do mkdir " + name + " && cd " + name
        + " || exit 1; done; echo x > deep.txt").directory(root.toFile()).inheritIO().start();
    try {
      assertEquals(0, p.waitFor());
      Corpus.Listing listing = new Corpus(root).list();
      assertEquals(List.of(root.resolve("a.txt")), listing.files());
      assertEquals(1, listing.skipped().size(), listing.skipped().toString());
      assertEquals("path too long", listing.skipped().get(0).reason());
    } finally {
      // rm descends with openat; JUnit's clean-up of the temporary directory cannot.
      new ProcessBuilder("rm", "-rf", name).directory(root.toFile()).inheritIO().start().waitFor();
    }
  }

  @Test
  void reasonsComeFromAFixedList() {
    assertEquals("permission denied", Corpus.reason(new AccessDeniedException("/x")));
    assertEquals("vanished", Corpus.reason(new NoSuchFileException("/x")));
    assertEquals("path too long", Corpus.reason(new FileSystemException("/x", null, "File name too long")));
    assertEquals("symlink loop", Corpus.reason(new FileSystemException("/x", null, "Too many levels of symbolic links")));
  }
}
