package releases.ingest.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import releases.ingest.Format;
import releases.ingest.Page;
import releases.ingest.Parsers;
import releases.ingest.Reading;
import releases.ingest.SkippedFileException;

/** {@link Parsers} over jsoup, PDFBox, POI, mime4j and jwarc; made by {@code ParserLoader} in the parsers' loader. */
public final class Libraries implements Parsers {

  @Override
  public Page html(String html, Format format, String sourceUrl) {
    return HtmlReader.read(html, format, sourceUrl);
  }

  @Override
  public Page pdf(byte[] bytes) throws IOException, SkippedFileException {
    return PdfReader.read(bytes);
  }

  @Override
  public Page doc(Path file) throws IOException, SkippedFileException {
    return DocReader.read(file);
  }

  @Override
  public Page mail(byte[] raw, int number, Format format) throws SkippedFileException {
    return MailReader.read(raw, number, format);
  }

  @Override
  public Reading warc(Path file) throws IOException {
    return WarcPages.read(file);
  }

  @Override
  public byte[] writePdf(List<String> lines, int perPage, String letterhead) {
    return PdfWriter.write(lines, perPage, letterhead);
  }
}
