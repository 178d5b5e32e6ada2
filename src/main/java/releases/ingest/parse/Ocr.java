package releases.ingest.parse;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import releases.ingest.ReadLimit;
import releases.ingest.SkippedFileException;

/** Reads the pages of a scanned PDF (no text layer) with the {@code tesseract} program, when it is installed. */
public final class Ocr {

  static final String MISSING = "scanned PDF: install tesseract-ocr to read it";
  /** OCR takes seconds a page: a scanned release of more pages is read up to here. */
  static final int MAX_PAGES = 10;
  private static final long PAGE_SECONDS = 60;

  private Ocr() {}

  static List<String> pages(PDDocument doc, int pages) throws IOException, SkippedFileException {
    String tesseract = find();
    if (tesseract == null) {
      throw new SkippedFileException(MISSING);
    }
    PDFRenderer renderer = new PDFRenderer(doc);
    List<String> out = new ArrayList<>();
    Path dir = Files.createTempDirectory("releases-ocr");
    try {
      for (int p = 0; p < Math.min(pages, MAX_PAGES); p++) {
        ReadLimit.check();
        BufferedImage image = renderer.renderImageWithDPI(p, 300, ImageType.GRAY);
        Path png = dir.resolve("page" + p + ".png");
        ImageIO.write(image, "png", png.toFile());
        out.add(run(tesseract, png));
      }
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.deleteIfExists(dir);
    }
    return out;
  }

  private static String run(String tesseract, Path png) throws IOException, SkippedFileException {
    Process proc = new ProcessBuilder(tesseract, png.toString(), "stdout", "--psm", "4")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Object kill = ReadLimit.onExpiry(proc::destroyForcibly); // its output would not end while it runs
    try {
      byte[] text = proc.getInputStream().readAllBytes();
      if (!proc.waitFor(PAGE_SECONDS, TimeUnit.SECONDS) || proc.exitValue() != 0) {
        throw new SkippedFileException("scanned PDF: tesseract failed on a page");
      }
      return new String(text, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SkippedFileException("scanned PDF: OCR interrupted");
    } finally {
      ReadLimit.release(kill);
      proc.destroy();
    }
  }

  /** The tesseract program: {@code -Dreleases.tesseract=PATH} (or {@code none}), else the one on the PATH, or null. */
  public static String find() {
    String configured = System.getProperty("releases.tesseract");
    if (configured != null) {
      return configured.equals("none") ? null : configured;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "tesseract");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
