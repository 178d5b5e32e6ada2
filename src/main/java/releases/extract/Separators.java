package releases.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a listing page whose releases stand between separator lines rather than under leads: a short line the
 * page prints between every two teasers ("-", "Read more", an icon's alternative text such as "illustration of
 * page of paper"), or a release's end mark ("###", "-30-") followed by another release with its own dateline.
 */
final class Separators {

  /** A separator repeats at least this often; a line seen twice may be a release's own repetition. */
  private static final int MIN_REPEATS = 3;
  private static final int MAX_SEPARATOR_CHARS = 40;
  private static final int MAX_SEPARATOR_WORDS = 6;
  /** Teasers between separators are short; pages of one long release printed with a running head are not. */
  private static final int MAX_MEDIAN_WORDS = 150;
  /** The part above the first separator is a release only when it holds a paragraph of this many words. */
  private static final int FIRST_ITEM_WORDS = 20;
  /** An end mark starts another release when a dateline opens one of the next few lines. */
  private static final int LEAD_WITHIN_LINES = 6;

  private static final Pattern END_MARK = Pattern.compile("^(?:#\\s*#\\s*#|-\\s*30\\s*-)$");

  private Separators() {}

  /** The releases between separators, or null when the page has no separator that cuts it into two or more. */
  static List<Listing.Item> split(String[] lines) {
    boolean marked = false;
    for (int i = 0; i < lines.length && !marked; i++) {
      String line = lines[i];
      marked = line.length() <= 12 && isEndMark(line.strip());
    }
    for (String separator : repeatedLines(lines)) {
      List<Listing.Item> items = cut(lines, separator);
      if (items != null) {
        return items;
      }
    }
    return marked ? cut(lines, null) : null;
  }

  /** The items between the lines equal to {@code separator} (or, when null, at end marks), or null. */
  private static List<Listing.Item> cut(String[] lines, String separator) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (separator == null ? isEndMark(line) && leadFollows(lines, i) : line.equals(separator)) {
        if (separator != null && !standsApart(lines, i, separator)) {
          return null;
        }
        cuts.add(i);
      }
    }
    if (cuts.isEmpty()) {
      return null;
    }
    List<Listing.Item> items = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    int from = 0;
    for (int k = 0; k <= cuts.size(); k++) {
      int to = k < cuts.size() ? cuts.get(k) : lines.length;
      String text = String.join("\n", List.of(lines).subList(from, to)).strip();
      int words = Text.words(text);
      boolean first = items.isEmpty() && from == 0;
      if (words >= 4 && (!first || separator == null || longestLineWords(lines, from, to) >= FIRST_ITEM_WORDS)) {
        if (separator != null && k < cuts.size() && endsWithHeadline(text)) {
          return null; // the separator stands between a headline and its own teaser: it is a label, not a cut
        }
        items.add(new Listing.Item(text, null));
        sizes.add(words);
      }
      from = to + 1;
    }
    if (items.size() < (separator == null ? 2 : MIN_REPEATS) || separator != null && median(sizes) > MAX_MEDIAN_WORDS) {
      return null;
    }
    return items;
  }

  /**
   * The short lines the page repeats at least {@link #MIN_REPEATS} times, most repeated first. A separator holds
   * a letter or is a dash: "* * *" and "|" break sections and tables inside one release.
   */
  private static List<String> repeatedLines(String[] lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (String raw : lines) {
      if (raw.isEmpty() || raw.length() > 2 * MAX_SEPARATOR_CHARS) {
        continue;
      }
      String line = raw.strip();
      if (line.isEmpty() || line.length() > MAX_SEPARATOR_CHARS || Text.words(line) > MAX_SEPARATOR_WORDS
          || !mayBeSeparator(line)) {
        continue;
      }
      counts.merge(line, 1, Integer::sum);
    }
    List<String> repeated = new ArrayList<>();
    counts.forEach((line, n) -> {
      if (n >= MIN_REPEATS) {
        repeated.add(line);
      }
    });
    repeated.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
    return repeated;
  }

  /** No digit (dates and numbers differ from item to item; a separator does not), and a letter or only dashes. */
  private static boolean mayBeSeparator(String line) {
    boolean letter = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter || DASH.matcher(line).matches();
  }

  private static final Pattern DASH = Pattern.compile("[-\u2013\u2014_=]+");

  /**
   * A separator stands apart from the text: the line above is blank, another separator, or ends a sentence or a
   * cut teaser, and the line below does not carry on its sentence. "Legend" wrapped out of "Legend Media" does not.
   */
  private static boolean standsApart(String[] lines, int i, String separator) {
    String above = i > 0 ? lines[i - 1].strip() : "";
    boolean apartAbove = above.isEmpty() || above.equals(separator) || Text.endsSentence(above)
        || above.endsWith("...") || above.endsWith("\u2026");
    String below = i + 1 < lines.length ? lines[i + 1].strip() : "";
    return apartAbove && (below.isEmpty() || !Character.isLowerCase(below.charAt(0)));
  }

  /** The last line of {@code text} is a headline: short, with no sentence's end. */
  private static boolean endsWithHeadline(String text) {
    String last = text.substring(text.lastIndexOf('\n') + 1).strip();
    return Text.words(last) < 12 && !Text.endsSentence(last) && !last.endsWith("...") && !last.endsWith("\u2026");
  }

  private static boolean isEndMark(String line) {
    return !line.isEmpty() && (line.charAt(0) == '#' || line.charAt(0) == '-') && END_MARK.matcher(line).matches();
  }

  private static boolean leadFollows(String[] lines, int mark) {
    int seen = 0;
    for (int j = mark + 1; j < lines.length && seen < LEAD_WITHIN_LINES; j++) {
      String line = lines[j].strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Dateline d = line.length() >= 6 && Character.isUpperCase(line.charAt(0)) ? Dateline.parse(line) : null;
      if (d != null && d.state() != null && Text.words(line) >= 8) {
        return true;
      }
    }
    return false;
  }

  private static int longestLineWords(String[] lines, int from, int to) {
    int most = 0;
    for (int j = from; j < to; j++) {
      most = Math.max(most, Text.words(lines[j]));
    }
    return most;
  }

  private static int median(List<Integer> sizes) {
    List<Integer> sorted = new ArrayList<>(sizes);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
