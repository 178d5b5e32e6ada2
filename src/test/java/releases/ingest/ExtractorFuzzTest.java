package releases.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import releases.extract.SourceReleases;

/**
 * Coverage-guided fuzzing of reading and extraction (docs/fuzzing.md): any bytes, sniffed and read as HTML, PDF,
 * DOCX, ODT, DOC, RTF, e-mail, mailbox, web archive or text, then extracted, give releases or one skipped-file
 * reason, never another exception. The seeds under ExtractorFuzzTestInputs/ hold a small file of every form.
 */
class ExtractorFuzzTest {

  private static final Path FILE = temp();

  private static Path temp() {
    try {
      Path dir = Files.createTempDirectory("extractor-fuzz");
      return dir.resolve("input");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(FILE);
    Files.deleteIfExists(FILE.getParent());
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void read(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    Source source;
    try {
      source = SourceReader.read(FILE, "fuzz");
    } catch (SkippedFileException e) {
      return;
    }
    SourceReleases.of(source, "fuzz/input");
  }
}
