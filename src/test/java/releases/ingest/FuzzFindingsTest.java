package releases.ingest;

import releases.ingest.parse.PdfReader;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Fuzz findings still open, kept out of the fuzz tests' inputs (a slow seed would stop every fuzzing round at its
 * start) and read here in every build: each must give text or a skipped-file reason, however long it takes.
 */
class FuzzFindingsTest {

  @Test
  void theMutatedPdfThatPdfBoxReadsForOverASecondIsReadOrSkipped() throws IOException, URISyntaxException {
    Path file = Path.of(getClass().getResource("/releases/ingest/findings/pdf-slow-5f36cb8c").toURI());
    try {
      assertFalse(PdfReader.read(java.nio.file.Files.readAllBytes(file)).text().isBlank());
    } catch (SkippedFileException e) {
      assertFalse(e.getMessage().isBlank());
    }
  }
}
