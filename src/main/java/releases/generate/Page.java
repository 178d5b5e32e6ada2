package releases.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** One release being written: its header and body paragraphs, and the truth gathered in reading order. */
final class Page {

  private final SplittableRandom rng;
  private final String stateName;
  private final List<String> header = new ArrayList<>();
  private final List<String> body = new ArrayList<>();
  private final Map<String, Truth.County> counties = new LinkedHashMap<>();
  private final List<Truth.Quote> quotes = new ArrayList<>();

  /** @param stateName the full name of the dateline's state, or null when the release has no dateline */
  Page(SplittableRandom rng, String stateName) {
    this.rng = rng;
    this.stateName = stateName;
  }

  String stateName() {
    return stateName;
  }

  void header(String block) {
    header.add(block);
  }

  void paragraph(String text) {
    body.add(text);
  }

  /**
   * Adds a paragraph in which {@code [start, end)} is quoted text; now and then a saved page broke there, leaving a
   * blank line in the middle of a sentence.
   */
  void paragraph(String text, int start, int end) {
    if (rng.nextInt(12) == 0 && end - start > 40) {
      int at = text.indexOf(' ', start + 15 + rng.nextInt(end - start - 30));
      if (at > 0 && at < end - 5 && Character.isLowerCase(text.charAt(at + 1))) {
        text = text.substring(0, at) + "\n\n" + text.substring(at + 1);
      }
    }
    body.add(text);
  }

  /** Records a county mention; the first mention fixes its place in the order. */
  void county(String county, String state) {
    counties.putIfAbsent(county + "|" + state, new Truth.County(county, state));
  }

  void quote(Truth.Quote q) {
    quotes.add(q);
  }

  List<Truth.County> counties() {
    return List.copyOf(counties.values());
  }

  List<Truth.Quote> quotes() {
    return quotes;
  }

  List<String> body() {
    return body;
  }

  /** The page as saved: header blocks, then the body, blank lines between paragraphs. */
  String text(String lead, String trailer, int wrap) {
    StringBuilder sb = new StringBuilder(8192).append(lead);
    for (String h : header) {
      sb.append(h).append("\n\n");
    }
    for (int i = 0; i < body.size(); i++) {
      if (i > 0) {
        sb.append("\n\n");
      }
      sb.append(wrap > 0 ? Wrap.hard(body.get(i), wrap) : body.get(i));
    }
    return sb.append(trailer).toString();
  }
}
