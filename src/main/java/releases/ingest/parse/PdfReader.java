package releases.ingest.parse;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import releases.ingest.EndMark;
import releases.ingest.Format;
import releases.ingest.Page;
import releases.ingest.Parsers;
import releases.ingest.PdfReflow;
import releases.ingest.Provenance;
import releases.ingest.SavedFrom;
import releases.ingest.SkippedFileException;

/**
 * A PDF's text layer, page by page, reflowed into paragraphs ({@link PdfReflow}); a PDF with no text layer is read by
 * OCR when Tesseract is installed ({@link Ocr}). Encrypted and corrupt files are skipped with their reason.
 */
public final class PdfReader {

  /** A release is a few pages; a file longer than this is a report, read up to here. */
  static final int MAX_PAGES = 60;
  static final long MAX_FILE_BYTES = Parsers.MAX_PDF_BYTES;

  private PdfReader() {}

  /** Reads the PDF whose whole content is {@code bytes} (the caller has read it once, to hash it too). */
  public static Page read(byte[] bytes) throws IOException, SkippedFileException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
      List<String> texts = PdfText.pages(doc, pages);
      boolean anyText = texts.stream().anyMatch(t -> !t.isBlank());
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
    } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
      // A fuzz finding: a damaged page tree makes PDFBox throw "1-based index not found" rather than an IOException.
      throw new SkippedFileException("corrupt PDF: " + e.getMessage());
    }
  }
}
