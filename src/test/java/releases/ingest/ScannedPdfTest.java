package releases.ingest;

import releases.ingest.parse.Ocr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF that is only a picture of a page is read by Tesseract, or skipped with advice when it is not installed. */
class ScannedPdfTest {

  @TempDir Path dir;

  private Path scanned() throws Exception {
    BufferedImage page = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.BOLD, 44));
    g.drawString("Mayor names new fire chief", 150, 250);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 36));
    String[] lines = {"PORT ELSIN, Maine - Mayor Harold Quimby on Monday named", "Deputy Chief Lorna Vesey as the city's fire chief, the first",
        "woman to hold the post in the department's history."};
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], 150, 400 + i * 55);
    }
    g.dispose();
    Path pdf = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage p = new PDPage(PDRectangle.LETTER);
      doc.addPage(p);
      PDImageXObject image = LosslessFactory.createFromImage(doc, page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        cs.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  @Test
  void withoutTesseractTheReasonSaysWhatToInstall() throws Exception {
    Path pdf = scanned();
    System.setProperty("releases.tesseract", "none");
    try {
      SkippedFileException e = assertThrows(SkippedFileException.class, () -> SourceReader.read(pdf, "scan"));
      assertEquals("scanned PDF: install tesseract-ocr to read it", e.getMessage());
    } finally {
      System.clearProperty("releases.tesseract");
    }
  }

  @Test
  void tesseractReadsTheScannedPage() throws Exception {
    assumeTrue(Ocr.find() != null, "tesseract is not installed (.ci/run installs tesseract-ocr)");
    Source source = SourceReader.read(scanned(), "scan");
    String text = source.text();
    assertEquals("pdf", source.pages().get(0).provenance().format());
    assertTrue(text.contains("Mayor names new fire chief"), text);
    assertTrue(text.contains("Harold Quimby"), text);
  }
}
