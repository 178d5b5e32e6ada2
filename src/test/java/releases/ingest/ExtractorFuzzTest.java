package releases.ingest;

import releases.ingest.parse.WarcPages;
import releases.ingest.parse.PdfReader;
import releases.ingest.parse.MailReader;
import releases.ingest.parse.HtmlReader;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import releases.extract.Extractor;
import releases.extract.SourceReleases;

/**
 * Coverage-guided fuzzing of reading and extraction (docs/fuzzing.md): any bytes give releases or one skipped-file
 * reason, never another exception. {@code text} feeds the extractor text directly, the cheapest and most of the
 * work; each format's reader has its own target over seeds of that format (ExtractorFuzzTestInputs/METHOD/), so
 * mutations stay inside it; {@code read} sniffs the format first, as the corpus walk does.
 */
class ExtractorFuzzTest {

  /** The readers of binary formats take a file: it is rewritten for each input, in memory where the OS has tmpfs. */
  private static final Path FILE = temp();

  private static Path temp() {
    try {
      Path shm = Path.of("/dev/shm");
      Path dir = Files.isDirectory(shm) && Files.isWritable(shm)
          ? Files.createTempDirectory(shm, "extractor-fuzz") : Files.createTempDirectory("extractor-fuzz");
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

  private static Path file(byte[] bytes) throws IOException {
    return Files.write(FILE, bytes);
  }

  private static void extract(Page page) {
    Extractor.extractAll("fuzz", "fuzz/input", page.text());
  }

  private static void extract(Reading r) {
    for (Page p : r.pages()) {
      extract(p);
    }
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void text(byte[] bytes) {
    Extractor.extractAll("fuzz", "fuzz/input", new String(bytes, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void html(byte[] bytes) {
    extract(HtmlReader.read(new String(bytes, StandardCharsets.UTF_8), Format.HTML, null));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void mail(byte[] bytes) {
    try {
      extract(MailReader.read(bytes, 0));
    } catch (SkippedFileException e) {
      // one reason, which is what a bad message may give
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void mbox(byte[] bytes) throws IOException {
    extract(MboxReader.read(file(bytes)));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void pdf(byte[] bytes) throws IOException {
    try {
      extract(PdfReader.read(bytes));
    } catch (SkippedFileException e) {
      // corrupt, encrypted or empty: skipped with its reason
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void docx(byte[] bytes) throws IOException {
    try {
      extract(ZipDocumentReader.read(file(bytes), Sniffer.binary(bytes) == Format.ODT ? Format.ODT : Format.DOCX));
    } catch (SkippedFileException e) {
      // not a document, or one with no text: skipped with its reason
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void warc(byte[] bytes) throws IOException {
    extract(WarcPages.read(file(bytes)));
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void read(byte[] bytes) throws IOException {
    Source source;
    try {
      source = SourceReader.read(file(bytes), "fuzz");
    } catch (SkippedFileException e) {
      return;
    }
    SourceReleases.of(source, "fuzz/input");
  }
}
