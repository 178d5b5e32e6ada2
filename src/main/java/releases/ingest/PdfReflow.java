package releases.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's page texts to the text of one release: running headers and footers removed (page numbers, a letterhead
 * or title repeated at the top or bottom of each page), paragraphs where PDFBox saw a gap, a word hyphenated at a
 * line end joined, and a paragraph that a page break cut made whole again. Full lines are joined into the
 * paragraph they wrap; a short line ends its line, so that a header's lines stay lines, as in a text file.
 */
final class PdfReflow {

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^\\s*(?:-\\s*)?(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?(?:\\s*-)?\\s*$");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"\u201D)\\]]$");
  private static final Pattern DATELINE = Pattern.compile("[A-Z][A-Z.' -]{2,30}(?:,|\\s+-|\\s+\u2013|\\s+\u2014)\\s");
  /** How many lines at each end of a page may be running headers or footers. */
  private static final int EDGE = 3;

  private PdfReflow() {}

  static String reflow(List<String> pageTexts) {
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
        String line = raw.strip().replaceAll("\\s+", " ");
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
    String word = next.strip().split("\\s+", 2)[0];
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
    for (List<String> page : pages) {
      edges(page).stream().map(PdfReflow::key).distinct().forEach(k -> seen.merge(k, 1, Integer::sum));
    }
    for (int p = 0; p < pages.size(); p++) {
      List<String> page = pages.get(p);
      List<Integer> edges = edgeIndexes(page);
      for (int i = edges.size() - 1; i >= 0; i--) {
        int at = edges.get(i);
        String line = page.get(at);
        boolean running = pages.size() > 1 && seen.getOrDefault(key(line), 0) >= 2 && (p > 0 || at > page.size() / 2);
        if (PAGE_NUMBER.matcher(line).matches() || running) {
          page.set(at, null); // gone, not blank: a header between two halves of a paragraph does not end it
        }
      }
    }
  }

  private static List<String> edges(List<String> page) {
    return edgeIndexes(page).stream().map(page::get).toList();
  }

  /** The first and last {@link #EDGE} non-blank lines of a page. */
  private static List<Integer> edgeIndexes(List<String> page) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (page.get(i) != null && !page.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    if (nonBlank.size() <= 2 * EDGE) {
      return nonBlank;
    }
    List<Integer> out = new ArrayList<>(nonBlank.subList(0, EDGE));
    out.addAll(nonBlank.subList(nonBlank.size() - EDGE, nonBlank.size()));
    return out;
  }

  private static String key(String line) {
    return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
