package releases.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's page texts to the text of one release: running headers and footers removed (page numbers, a letterhead
 * or title repeated at the top or bottom of each page), paragraphs where PDFBox saw a gap, a word hyphenated at a
 * line end joined, and a paragraph that a page break cut made whole again. Full lines are joined into the
 * paragraph they wrap; a short line ends its line, so that a header's lines stay lines, as in a text file.
 */
public final class PdfReflow {

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^\\s*(?:-\\s*)?(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?(?:\\s*-)?\\s*$");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"\u201D)\\]]$");
  private static final Pattern DATELINE = Pattern.compile("[A-Z][A-Z.' -]{2,30}(?:,|\\s+-|\\s+\u2013|\\s+\u2014)\\s");
  /** How many lines at each end of a page may be running headers or footers. */
  private static final int EDGE = 3;

  private PdfReflow() {}

  public static String reflow(List<String> pageTexts) {
    List<List<String>> pages = new ArrayList<>();
    for (String t : pageTexts) {
      pages.add(new ArrayList<>(Arrays.asList(t.replace("\r", "").split("\n", -1))));
    }
    dropRunning(pages);
    int width = typicalWidth(pages);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (List<String> page : pages) {
      for (int i = 0; i < page.size(); i++) {
        String raw = page.get(i);
        if (raw == null) {
          continue;
        }
        String line = collapse(raw, false);
        if (line.isEmpty()) {
          flush(current, paragraphs);
          continue;
        }
        if (DATELINE.matcher(line).lookingAt() && current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
          current.append('\n'); // "FREDERICK, Md. -" opens a line of its own, even right under a full-width headline
        }
        append(current, line);
        if (!line.endsWith("-") && !wraps(line, next(page, i), width)) {
          current.append('\n'); // a short line ends its line (a header's, a paragraph's last); a full one wraps on
        }
      }
      // A page break ends a paragraph only where its sentence ends; otherwise the next page goes on with it.
      if (current.length() == 0 && !paragraphs.isEmpty() && !ENDS_SENTENCE.matcher(paragraphs.get(paragraphs.size() - 1)).matches()
          && page.stream().anyMatch(l -> l != null && !l.isBlank())) {
        current.append(paragraphs.remove(paragraphs.size() - 1));
      }
    }
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  /** A line wraps on when it is nearly full, or when the next line's first word would not have fitted on it. */
  private static boolean wraps(String line, String next, int width) {
    if (line.length() >= width * 0.8) {
      return true;
    }
    if (next == null || next.isBlank()) {
      return false;
    }
    String first = next.strip();
    int end = 0;
    while (end < first.length() && !Character.isWhitespace(first.charAt(end))) {
      end++;
    }
    String word = first.substring(0, end);
    return line.length() + 1 + word.length() > width && !ENDS_SENTENCE.matcher(line).matches();
  }

  private static String next(List<String> page, int i) {
    for (int j = i + 1; j < page.size(); j++) {
      if (page.get(j) != null) {
        return page.get(j);
      }
    }
    return null;
  }

  private static void append(StringBuilder current, String line) {
    int n = current.length();
    if (n == 0) {
      current.append(line);
    } else if (current.charAt(n - 1) == '-' && n > 1 && Character.isLetter(current.charAt(n - 2))
        && Character.isLowerCase(line.charAt(0))) {
      current.setLength(n - 1); // "enforce-" + "ment"
      current.append(line);
    } else {
      current.append(current.charAt(n - 1) == '\n' ? "" : " ").append(line);
    }
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.toString().isBlank()) {
      paragraphs.add(current.toString().strip());
      current.setLength(0);
    }
  }

  /**
   * Page numbers at a page's edges go everywhere; a line at a page's edge that recurs at the edge of other pages
   * (a letterhead, the release's title, a footer) goes from every page after the first, whose letterhead is the
   * release's own header.
   */
  private static void dropRunning(List<List<String>> pages) {
    Map<String, Integer> seen = new HashMap<>();
    List<int[]> edges = new ArrayList<>(pages.size());
    List<String[]> keys = new ArrayList<>(pages.size());
    for (List<String> page : pages) {
      int[] at = edgeIndexes(page);
      String[] k = new String[at.length];
      Set<String> onPage = new HashSet<>();
      for (int i = 0; i < at.length; i++) {
        k[i] = key(page.get(at[i]));
        if (onPage.add(k[i])) {
          seen.merge(k[i], 1, Integer::sum);
        }
      }
      edges.add(at);
      keys.add(k);
    }
    for (int p = 0; p < pages.size(); p++) {
      List<String> page = pages.get(p);
      int[] at = edges.get(p);
      for (int i = 0; i < at.length; i++) {
        boolean running = pages.size() > 1 && seen.get(keys.get(p)[i]) >= 2 && (p > 0 || at[i] > page.size() / 2);
        if (running || PAGE_NUMBER.matcher(page.get(at[i])).matches()) {
          page.set(at[i], null); // gone, not blank: a header between two halves of a paragraph does not end it
        }
      }
    }
  }

  /** The first and last {@link #EDGE} non-blank lines of a page, in page order (all of them on a short page). */
  private static int[] edgeIndexes(List<String> page) {
    int[] front = new int[EDGE];
    int[] back = new int[EDGE];
    int f = 0;
    int b = 0;
    for (int i = 0; i < page.size() && f < EDGE; i++) {
      if (!page.get(i).isBlank()) {
        front[f++] = i;
      }
    }
    int floor = f == 0 ? -1 : front[f - 1];
    for (int i = page.size() - 1; i > floor && b < EDGE; i--) {
      if (!page.get(i).isBlank()) {
        back[b++] = i;
      }
    }
    int[] out = Arrays.copyOf(front, f + b);
    for (int i = 0; i < b; i++) {
      out[f + i] = back[b - 1 - i];
    }
    return out;
  }

  private static String key(String line) {
    return collapse(line, true).toLowerCase(Locale.ROOT);
  }

  /**
   * {@code line} stripped, each run of white space ({@code \\s}) one space and, when {@code digits}, each run of
   * digits one '#': what two regular expressions did, in a loop (they were a third of the reflow's time).
   */
  private static String collapse(String line, boolean digits) {
    String t = line.strip();
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        if (!isSpace(t.charAt(i - 1))) { // the first of a run (a stripped line starts with none)
          sb.append(' ');
        }
      } else if (digits && isDigit(c)) {
        if (i == 0 || !isDigit(t.charAt(i - 1))) {
          sb.append('#');
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The length of a full line of the body: the 90th percentile of line lengths. */
  private static int typicalWidth(List<List<String>> pages) {
    List<Integer> lengths = new ArrayList<>();
    pages.forEach(p -> p.forEach(l -> {
      if (l != null && !l.isBlank()) {
        lengths.add(l.strip().length());
      }
    }));
    if (lengths.isEmpty()) {
      return 0;
    }
    lengths.sort(null);
    return lengths.get(Math.min(lengths.size() - 1, (int) (lengths.size() * 0.9)));
  }
}
