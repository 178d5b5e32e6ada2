package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayPathTest {

  @Test
  void pathsBelowTheWorkingDirectoryAreShownRelative() {
    assertEquals("seeds/001.txt", CorpusExtraction.displayPath(Path.of("seeds", "001.txt")));
    assertEquals("seeds", CorpusExtraction.displayPath(Path.of("seeds").toAbsolutePath()));
  }

  @Test
  void theWorkingDirectoryItselfIsADot() {
    assertEquals(".", CorpusExtraction.displayPath(Path.of(".")));
    assertEquals(".", CorpusExtraction.displayPath(Path.of("").toAbsolutePath()));
  }

  @Test
  void pathsElsewhereAreShownWhole() {
    Path outside = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere-releases");
    assertEquals(outside.toString().replace('\\', '/'), CorpusExtraction.displayPath(outside));
  }
}
