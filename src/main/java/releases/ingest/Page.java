package releases.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The text of one release as a reader made it out of its file, with what the format said about it.
 *
 * @param number     the release's place in a file that holds several (1, 2, ...), or 0 in a file of one
 * @param text       plain text, paragraphs separated by blank lines, the headline first where the format knows it
 * @param provenance the format, source address and capture date
 * @param title      a headline the format declared (an {@code og:title}, an e-mail subject), a fallback; or null
 * @param date       a date the format declared (a {@code <time>}, an e-mail's Date header), a fallback; or null
 */
public record Page(int number, String text, Provenance provenance, String title, LocalDate date) {

  public Page {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (number < 0) {
      throw new IllegalArgumentException("page number " + number);
    }
  }

  public static Page text(String text) {
    return new Page(0, text, Provenance.TEXT, null, null);
  }
}
