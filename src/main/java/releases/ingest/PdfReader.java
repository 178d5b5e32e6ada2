package releases.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer, page by page, reflowed into paragraphs ({@link PdfReflow}); a PDF with no text layer is read by
 * OCR when Tesseract is installed ({@link Ocr}). Encrypted and corrupt files are skipped with their reason.
 */
final class PdfReader {

  /** A release is a few pages; a file longer than this is a report, read up to here. */
  static final int MAX_PAGES = 60;
  static final long MAX_FILE_BYTES = 64L << 20;

  private PdfReader() {}

  static Page read(Path file) throws IOException, SkippedFileException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new SkippedFileException("PDF larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
    }
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphStart("\n");
      stripper.setAddMoreFormatting(false);
      // Its overlap check (for text drawn twice as fake bold) kept a sorted map per glyph: two thirds of the CPU
      // a release PDF took. Releases are set in real bold; the rare overprinted line reads doubled.
      stripper.setSuppressDuplicateOverlappingText(false);
      List<String> texts = new ArrayList<>(pages);
      boolean anyText = false;
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String t = stripper.getText(doc);
        anyText |= !t.isBlank();
        texts.add(t);
      }
      if (!anyText && pages > 0) {
        texts = Ocr.pages(doc, pages);
      }
      String text = EndMark.cut(PdfReflow.reflow(texts));
      if (text.isBlank()) {
        throw new SkippedFileException("PDF with no text");
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      String title = info == null ? null : info.getTitle();
      return new Page(0, text, new Provenance(Format.PDF.label(), SavedFrom.find(text), null),
          title == null || title.isBlank() || title.length() > 300 ? null : title.strip(), null);
    } catch (InvalidPasswordException e) {
      throw new SkippedFileException("encrypted PDF: a password is needed to read it");
    } catch (IOException e) {
      throw new SkippedFileException("corrupt PDF: " + e.getMessage());
    }
  }
}
