package releases.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hwpf.extractor.WordExtractor;
import releases.ingest.EndMark;
import releases.ingest.Format;
import releases.ingest.Page;
import releases.ingest.Provenance;
import releases.ingest.SavedFrom;
import releases.ingest.SkippedFileException;

/** Word 97-2003 (DOC) text, through Apache POI's HWPF: one paragraph of the document per paragraph of the release. */
final class DocReader {

  static final long MAX_FILE_BYTES = 32L << 20;

  private DocReader() {}

  static Page read(Path file) throws IOException, SkippedFileException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new SkippedFileException("Word file larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
    }
    StringBuilder out = new StringBuilder();
    try (InputStream in = Files.newInputStream(file); WordExtractor words = new WordExtractor(in)) {
      for (String p : words.getParagraphText()) {
        String t = WordExtractor.stripFields(p).replace('\u000B', '\n').strip();
        if (!t.isEmpty()) {
          out.append(t).append("\n\n");
        }
      }
    } catch (IOException | RuntimeException e) {
      // POI reports an OLE2 file that is not a Word document, or a damaged one, with one of many runtime exceptions.
      throw new SkippedFileException("unreadable Word file: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
    String text = EndMark.cut(out.toString().strip());
    if (text.isBlank()) {
      throw new SkippedFileException("document with no text");
    }
    return new Page(0, text, new Provenance(Format.DOC.label(), SavedFrom.find(text), null), null, null);
  }
}
