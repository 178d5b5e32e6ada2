package releases.search;

import java.util.List;
import java.util.Objects;

/**
 * One release as the index holds it, for reading: its listed fields (title, date, dateline, counties, path), its
 * quotes in the order the release gives them, and its clean body.
 */
public record ReleaseView(Hit release, List<QuoteHit> quotes, String body) {

  public ReleaseView {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(body, "body");
    quotes = List.copyOf(quotes);
  }
}
