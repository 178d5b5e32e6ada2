package releases.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an ideal extractor should find in one generated release, in the conventions of {@code releases export}.
 *
 * @param id        the file's path below the corpus root, without extension
 * @param date      the release date, or null when the page carries none
 * @param city      the dateline city in title case, or null when there is no dateline
 * @param state     the full name of the dateline's state, or null
 * @param stateCode its USPS code, or null
 * @param counties  counties and parishes in order of first mention, without the word "County"
 * @param quotes    quotations in order of appearance
 */
record Truth(
    String id,
    LocalDate date,
    String city,
    String state,
    String stateCode,
    List<County> counties,
    List<Quote> quotes) {

  public Truth {
    Objects.requireNonNull(id, "id");
    counties = List.copyOf(counties);
    quotes = List.copyOf(quotes);
    if ((state == null) != (stateCode == null)) {
      throw new IllegalArgumentException("state and code go together");
    }
  }

  /** The same truth under another id (a release written into a mailbox or an archive is {@code FILE#N}). */
  Truth withId(String newId) {
    return new Truth(newId, date, city, state, stateCode, counties, quotes);
  }

  /** A county and the full name of the state it belongs to. */
  public record County(String county, String state) {
    public County {
      Objects.requireNonNull(county, "county");
    }
  }

  /**
   * A quotation: the pieces between quote marks, in order, that make up what one speaker said.
   *
   * @param segments the words inside each pair of quote marks, as written (before any page break or wrapping)
   */
  public record Quote(String speaker, String role, String organization, List<String> segments) {
    public Quote {
      Objects.requireNonNull(speaker, "speaker");
      segments = List.copyOf(segments);
      if (segments.isEmpty()) {
        throw new IllegalArgumentException("a quote needs words");
      }
    }

    /**
     * The quote's text as {@code releases export} gives it: the segments joined by single spaces, the comma that
     * stood before an attribution ("Q," said X) read as the period it replaced, or dropped at the very end.
     */
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < segments.size(); i++) {
        String s = segments.get(i);
        boolean last = i == segments.size() - 1;
        if (s.endsWith(",")) {
          s = last ? s.substring(0, s.length() - 1) : s.substring(0, s.length() - 1) + ".";
        }
        sb.append(i > 0 ? " " : "").append(s);
      }
      return sb.toString();
    }
  }

  /** This record as one JSON object on one line. */
  public String toJson() {
    StringBuilder sb = new StringBuilder(512);
    sb.append("{\"id\":");
    str(sb, id).append(",\"date\":");
    str(sb, date == null ? null : date.toString()).append(",\"city\":");
    str(sb, city).append(",\"state\":");
    str(sb, state).append(",\"state_code\":");
    str(sb, stateCode).append(",\"counties\":[");
    for (int i = 0; i < counties.size(); i++) {
      sb.append(i == 0 ? "{\"county\":" : ",{\"county\":");
      str(sb, counties.get(i).county()).append(",\"state\":");
      str(sb, counties.get(i).state()).append('}');
    }
    sb.append("],\"quotes\":[");
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      sb.append(i == 0 ? "{\"speaker\":" : ",{\"speaker\":");
      str(sb, q.speaker()).append(",\"role\":");
      str(sb, q.role()).append(",\"organization\":");
      str(sb, q.organization()).append(",\"text\":");
      str(sb, q.text()).append('}');
    }
    return sb.append("]}").toString();
  }

  private static StringBuilder str(StringBuilder sb, String s) {
    if (s == null) {
      return sb.append("null");
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }
}
