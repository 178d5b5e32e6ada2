package releases.ingest.parse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import releases.ingest.Format;
import releases.ingest.Page;
import releases.ingest.ReadLimit;
import releases.ingest.Reading;
import releases.ingest.SourceReader;
import releases.ingest.TextDecoder;

/**
 * A web archive (WARC, or WARC.gz) to one page per HTML response, in file order; requests, metadata, robots.txt,
 * styles, scripts, images and error pages are passed over. Read with jwarc's lenient reader: a warning names the
 * record's offset, and a truncated file keeps the records before the cut.
 */
public final class WarcPages {

  /** Past this many releases the rest of the archive is not read. */
  static final int MAX_PAGES = 100_000;

  private WarcPages() {}

  public static Reading read(Path file) throws IOException {
    List<Page> pages = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean truncated = false;
    WarcReader opened;
    try {
      opened = new WarcReader(file);
    } catch (EOFException e) {
      // A fuzz finding: a file cut inside its first (gzip) header is a damaged archive, not an I/O failure.
      return new Reading(List.of(), true, List.of("cut short after 0 pages: it ends inside its first header"));
    }
    try (WarcReader reader = opened) {
      reader.setLenient(true);
      reader.onWarning(w -> notes.add("offset " + reader.position() + ": " + w));
      while (true) {
        ReadLimit.check();
        WarcRecord record;
        try {
          record = reader.next().orElse(null);
        } catch (IOException | RuntimeException e) {
          notes.add("cut short after " + pages.size() + " pages: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage()));
          truncated = true;
          break;
        }
        if (record == null) {
          break;
        }
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        if (pages.size() == MAX_PAGES) {
          truncated = true;
          break;
        }
        try {
          Page page = page(response, pages.size() + 1);
          if (page != null) {
            pages.add(page);
          }
        } catch (IOException | RuntimeException e) {
          notes.add("record at offset " + record.position() + " (" + response.target() + "): " + e.getMessage());
        }
      }
    }
    return new Reading(pages, truncated, notes);
  }

  /** The page of an HTML response with status 200, or null for anything else. */
  private static Page page(WarcResponse response, int number) throws IOException {
    String target = response.target();
    if (target.toLowerCase(Locale.ROOT).endsWith("/robots.txt")) {
      return null;
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return null;
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return null;
    }
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes(SourceReader.MAX_BYTES);
    }
    Charset charset = charset(type);
    if (charset == null) {
      charset = TextDecoder.declared(bytes);
    }
    String html = TextDecoder.decode(bytes, bytes.length == SourceReader.MAX_BYTES, charset);
    return HtmlReader.read(html, Format.WARC, target, response.date().toString(), number);
  }

  private static Charset charset(MediaType type) {
    String name = type == null ? null : type.parameters().get("charset");
    if (name == null) {
      return null;
    }
    try {
      String n = name.strip().toLowerCase(Locale.ROOT);
      return n.equals("iso-8859-1") || n.equals("us-ascii") ? TextDecoder.WINDOWS_1252 : Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
