package releases.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import releases.ingest.Provenance;

/**
 * One news release as extracted from its text: the metadata users filter on and the quotes they look up.
 *
 * @param id        path relative to the corpus root, without extension, with {@code /} separators
 * @param path      the file's path as given to the extractor
 * @param title     the headline, or null
 * @param subtitle  the line under the headline, or null
 * @param date      the release date (never an "Updated:" stamp), or null
 * @param city      the dateline city in title case, or null
 * @param state     the dateline state's full name, or null
 * @param stateCode the USPS code of {@code state}, or null
 * @param counties  counties and parishes named in the text
 * @param quotes    every quotation with its speaker
 * @param body      the release's paragraphs without page clutter, separated by blank lines
 * @param provenance the form the release was saved in, and where from
 */
public record Release(
    String id,
    String path,
    String title,
    String subtitle,
    LocalDate date,
    String city,
    String state,
    String stateCode,
    List<County> counties,
    List<Quote> quotes,
    String body,
    Provenance provenance) {

  public Release {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    counties = List.copyOf(counties == null ? List.of() : counties);
    quotes = List.copyOf(quotes == null ? List.of() : quotes);
    body = body == null ? "" : body;
    provenance = provenance == null ? Provenance.TEXT : provenance;
    if ((state == null) != (stateCode == null)) {
      throw new IllegalArgumentException("state and stateCode go together: " + state + "/" + stateCode);
    }
  }

  /** A release read from a text file. */
  public Release(String id, String path, String title, String subtitle, LocalDate date, String city, String state,
      String stateCode, List<County> counties, List<Quote> quotes, String body) {
    this(id, path, title, subtitle, date, city, state, stateCode, counties, quotes, body, Provenance.TEXT);
  }
}
