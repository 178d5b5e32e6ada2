package releases.search;

import java.util.Locale;

/** How hits are ordered: by relevance, oldest first ({@code date}) or newest first ({@code -date}). */
public enum SortOrder {
  RELEVANCE("relevance"),
  DATE("date"),
  DATE_DESC("-date");

  private final String spelling;

  SortOrder(String spelling) {
    this.spelling = spelling;
  }

  public static SortOrder parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (SortOrder s : values()) {
      if (s.spelling.equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown sort '" + text + "': use relevance, date or -date");
  }

  @Override
  public String toString() {
    return spelling;
  }
}
