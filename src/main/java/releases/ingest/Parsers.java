package releases.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the parser libraries (jsoup, PDFBox, POI, mime4j, jwarc) do for this tool, behind one interface: the readers of
 * the saved forms, and the PDF writer of {@code generate}. Their classes and jars stay off the class path every
 * command starts with; {@link #get} loads them the first time a file needs them. See {@link ParserLoader}.
 */
public interface Parsers {

  /** A PDF past this many bytes is skipped before it is read. */
  int MAX_PDF_BYTES = 64 << 20;

  /** The parsers, loaded on the first call. */
  static Parsers get() {
    return ParserLoader.parsers();
  }

  /** A web page's release: its main content, headline, date and provenance. */
  Page html(String html, Format format, String sourceUrl);

  /** A PDF's text layer, reflowed (or its scanned pages through tesseract). */
  Page pdf(byte[] bytes) throws IOException, SkippedFileException;

  /** A Word 97-2003 document's text. */
  Page doc(Path file) throws IOException, SkippedFileException;

  /** One e-mail message, the {@code number}th of its file (0 for a file of one). */
  Page mail(byte[] raw, int number, Format format) throws SkippedFileException;

  /** The HTML responses of a web archive, one page each. */
  Reading warc(Path file) throws IOException;

  /**
   * {@code lines} as a PDF of {@code perPage} lines a page in Times, "Page N of M" at each foot and {@code letterhead}
   * (or nothing, when null) at each head.
   */
  byte[] writePdf(List<String> lines, int perPage, String letterhead);
}
