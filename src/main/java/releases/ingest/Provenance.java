package releases.ingest;

import java.util.Objects;

/**
 * Where a release's text came from.
 *
 * @param format    the form the file was saved in: {@code text}, {@code html}, {@code pdf}, {@code docx}, {@code doc},
 *                  {@code odt}, {@code rtf}, {@code eml}, {@code mbox} or {@code warc}
 * @param sourceUrl the address the release was saved from (a canonical link, a WARC target, a "Saved from:" line), or null
 * @param captured  when a web archive captured it, as an ISO-8601 instant, or null
 */
public record Provenance(String format, String sourceUrl, String captured) {

  public static final Provenance TEXT = new Provenance(Format.TEXT.label(), null, null);

  public Provenance {
    Objects.requireNonNull(format, "format");
    sourceUrl = blankToNull(sourceUrl);
    captured = blankToNull(captured);
  }

  public static Provenance of(Format format, String sourceUrl) {
    return new Provenance(format.label(), sourceUrl, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
