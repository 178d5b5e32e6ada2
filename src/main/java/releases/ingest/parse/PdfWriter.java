package releases.ingest.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes lines as a PDF with a text layer, for {@code generate} and the tests' saved forms: Times 11 pt, "Page N of
 * M" at each foot, and a letterhead line at each head when one is given.
 */
final class PdfWriter {

  private PdfWriter() {}

  static byte[] write(List<String> lines, int perPage, String letterhead) {
    int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          if (letterhead == null) {
            cs.setLeading(14);
            cs.newLineAtOffset(72, 730);
          } else {
            cs.newLineAtOffset(72, 740);
            cs.showText(letterhead);
            cs.setLeading(14);
            cs.newLine();
            cs.newLine();
          }
          for (String l : lines.subList(p * perPage, Math.min(lines.size(), (p + 1) * perPage))) {
            if (!l.isEmpty()) {
              cs.showText(l);
            }
            cs.newLine();
          }
          cs.endText();
          cs.beginText();
          cs.newLineAtOffset(270, 40);
          cs.showText("Page " + (p + 1) + " of " + pages);
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
