package releases.search;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a hit's text with the character ranges that matched the query, so each front end marks them its
 * own way (bold on a terminal, nothing in JSON).
 */
public record Snippet(String text, List<Match> matches) {

  /** The half-open range {@code [start, end)} of one matched word or phrase in {@link #text()}. */
  public record Match(int start, int end) {
    public Match {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad match range " + start + ".." + end);
      }
    }
  }

  public Snippet {
    Objects.requireNonNull(text, "text");
    matches = List.copyOf(matches);
    for (Match m : matches) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException("match beyond the snippet: " + m);
      }
    }
  }

  /** The words that matched, in order, for tests and plain listings. */
  public List<String> matchedText() {
    return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }
}
