package releases.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a digest that lists its releases in a numbered table of contents ("1. Forest Oil Corp. releases second
 * quarter results", "2. ...") and then prints each under its title: one release from each title found again below
 * the list to the next. The list and the digest's masthead above it are dropped.
 */
final class Contents {

  private static final Pattern ENTRY = Pattern.compile("^\\s{0,8}(\\d{1,2})[.)]\\s+(\\S.{3,})$");
  private static final int MIN_ENTRIES = 3;
  /** A title is matched on its first characters: the list and the text wrap it differently. */
  private static final int KEY_CHARS = 40;

  private Contents() {}

  /** The releases of a digest with a table of contents, or null when the page has none or none is found again. */
  static List<Listing.Item> split(String[] lines) {
    int first = -1;
    for (int i = 0; i < lines.length && first < 0; i++) {
      if (opensList(lines[i])) {
        first = i;
      }
    }
    if (first < 0) {
      return null; // no "1." opens a line: most pages stop here
    }
    for (int i = 0; i < first; i++) {
      if (lines[i].length() >= 100 && Text.words(lines[i]) >= 25) {
        return null; // prose before the list: a release's own numbered points, not a digest's contents
      }
    }
    List<String> titles = new ArrayList<>();
    int end = -1;
    for (int i = first; i < lines.length && end < 0; i++) {
      Matcher m = lines[i].length() < 200 && startsNumbered(lines[i]) ? ENTRY.matcher(lines[i]) : null;
      if (m == null || !m.matches() || Integer.parseInt(m.group(1)) != titles.size() + 1) {
        if (titles.size() >= MIN_ENTRIES) {
          end = i;
        } else if (m != null && m.matches() && m.group(1).equals("1")) {
          titles.clear();
          titles.add(m.group(2));
        } else if (!titles.isEmpty() && !lines[i].isBlank() && Character.isWhitespace(lines[i].charAt(0))) {
          titles.set(titles.size() - 1, titles.getLast() + " " + lines[i].strip()); // a title wrapped under itself
        } else if (!lines[i].isBlank()) {
          titles.clear();
        }
        continue;
      }
      titles.add(m.group(2));
    }
    if (titles.size() < MIN_ENTRIES || end < 0) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    int t = 0;
    for (int i = end; i < lines.length && t < titles.size(); i++) {
      String line = key(lines[i]);
      if (line.length() < 12) {
        continue;
      }
      for (int k = t; k < titles.size(); k++) {
        String title = key(titles.get(k));
        if (line.startsWith(title.substring(0, Math.min(title.length(), Math.min(KEY_CHARS, line.length()))))) {
          starts.add(i);
          t = k + 1;
          break;
        }
      }
    }
    if (starts.isEmpty()) {
      return null;
    }
    List<Listing.Item> items = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.length;
      items.add(new Listing.Item(String.join("\n", List.of(lines).subList(starts.get(k), to)).strip(), null));
    }
    return items;
  }

  /** "1. " or "1) " after at most eight spaces. */
  private static boolean opensList(String line) {
    int i = 0;
    while (i < line.length() && i < 8 && line.charAt(i) == ' ') {
      i++;
    }
    return i + 2 < line.length() && line.charAt(i) == '1' && (line.charAt(i + 1) == '.' || line.charAt(i + 1) == ')')
        && line.charAt(i + 2) == ' ';
  }

  private static boolean startsNumbered(String line) {
    int i = 0;
    while (i < line.length() && i < 8 && line.charAt(i) == ' ') {
      i++;
    }
    return i < line.length() && Character.isDigit(line.charAt(i));
  }

  private static String key(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
