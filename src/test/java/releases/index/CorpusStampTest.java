package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStampTest {

  @TempDir Path corpus;
  private final FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 60_000);

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(corpus.resolve("2010/05"));
    Files.writeString(corpus.resolve("2010/05/a.txt"), "a");
    Files.writeString(corpus.resolve("2010/05/b.txt"), "b");
    Files.writeString(corpus.resolve("c.txt"), "c");
    // Times in the past, so that a change made right after stamping shows however coarse the clock.
    try (Stream<Path> all = Files.walk(corpus)) {
      for (Path p : all.toList()) {
        Files.setLastModifiedTime(p, past);
      }
    }
  }

  private CorpusStamp stamp() throws IOException {
    return CorpusStamp.of(corpus, List.of(corpus.resolve("2010/05/a.txt"), corpus.resolve("2010/05/b.txt"), corpus.resolve("c.txt")));
  }

  @Test
  void recordsFilesAndEveryDirectoryOnTheWay() throws IOException {
    CorpusStamp s = stamp();
    assertEquals(3, s.files());
    assertEquals(List.of("", "2010", "2010/05"), s.dirs().keySet().stream().sorted().toList());
    assertEquals(s, CorpusStamp.fromUserData(s.toUserData()));
    assertFalse(s.changedOnDisk(), "nothing changed");
    assertFalse(s.changedOnDisk(0), "nothing changed, by directories");
  }

  @Test
  void smallCorporaNoticeAFileEditedInPlace() throws IOException {
    CorpusStamp s = stamp();
    Files.setLastModifiedTime(corpus.resolve("2010/05/a.txt"), FileTime.fromMillis(System.currentTimeMillis()));
    assertTrue(s.changedOnDisk());
    // Directory times do not move for an edit in place: the documented blind spot of the large-corpus check.
    assertFalse(s.changedOnDisk(0));
  }

  @Test
  void largeCorporaNoticeFilesAddedAndRemovedInAnyDirectory() throws IOException {
    CorpusStamp s = stamp();
    Files.writeString(corpus.resolve("2010/05/new.txt"), "n");
    assertTrue(s.changedOnDisk(0));
    assertTrue(s.changedOnDisk());
  }

  @Test
  void largeCorporaNoticeARemovedDirectory() throws IOException {
    CorpusStamp s = stamp();
    Files.delete(corpus.resolve("2010/05/a.txt"));
    Files.delete(corpus.resolve("2010/05/b.txt"));
    Files.delete(corpus.resolve("2010/05"));
    assertTrue(s.changedOnDisk(0));
  }
}
