package releases.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a roundup page: headlines, each over one teaser paragraph, one after the other ("Here are this week's
 * most newsworthy releases: HEADLINE / teaser / HEADLINE / teaser ..."), with no dateline or date to lead them.
 * The part above the first pair is the first release when it holds a paragraph of prose, else the page's header.
 */
final class Roundup {

  private static final int MIN_PAIRS = 3;
  /** A headline has at least this many words; section headings ("Background", "About the Fund") have fewer. */
  private static final int MIN_HEADLINE_WORDS = 6;
  private static final int MAX_HEADLINE_WORDS = 30;
  private static final int MAX_HEADLINE_CHARS = 250;
  private static final int MIN_TEASER_WORDS = 15;
  private static final int FIRST_ITEM_WORDS = 20;

  private Roundup() {}

  /** The releases of a roundup, or null when the page is not one. */
  static List<Listing.Item> split(String[] lines) {
    int alone = 0; // lines standing alone between blank lines that could be headlines: a roundup has three
    for (int i = 0; i < lines.length && alone < MIN_PAIRS; i++) {
      if ((i == 0 || lines[i - 1].isBlank()) && i + 2 < lines.length && lines[i + 1].isBlank()
          && lines[i + 2].length() >= MIN_TEASER_WORDS * 3 && mayBeHeadline(lines[i].strip())) {
        alone++; // a line alone over a blank line and a teaser's first line
      }
    }
    if (alone < MIN_PAIRS) {
      return null;
    }
    List<int[]> blocks = blocks(lines);
    List<Integer> heads = new ArrayList<>(); // indexes into blocks of each headline that opens a pair
    for (int b = 0; b + 1 < blocks.size(); b++) {
      if (isHeadline(lines, blocks.get(b)) && isTeaser(lines, blocks.get(b + 1))) {
        if (!heads.isEmpty() && heads.get(heads.size() - 1) != b - 2) {
          return null; // the pairs must follow one another; anything else between them is a release's own text
        }
        heads.add(b);
        b++;
      }
    }
    if (heads.size() < MIN_PAIRS) {
      return null;
    }
    int firstLine = blocks.get(heads.get(0))[0];
    for (int i = 0; i < firstLine; i++) {
      String line = lines[i].strip();
      if (line.length() <= 40 && !line.startsWith("date ") && Dates.first(line, 0) != null) {
        return null; // a dated release of its own ("Top Ten News Stories for the Week") that lists its contents
      }
    }
    List<Listing.Item> items = new ArrayList<>();
    String above = String.join("\n", List.of(lines).subList(0, firstLine)).strip();
    boolean aboveIsRelease = false;
    for (int b = 0; b < heads.get(0); b++) {
      aboveIsRelease |= Text.words(String.join(" ", List.of(lines).subList(blocks.get(b)[0], blocks.get(b)[1])))
          >= FIRST_ITEM_WORDS;
    }
    if (aboveIsRelease) {
      items.add(new Listing.Item(above, null));
    }
    for (int k = 0; k < heads.size(); k++) {
      int from = blocks.get(heads.get(k))[0];
      int to = k + 1 < heads.size() ? blocks.get(heads.get(k + 1))[0] : lines.length;
      items.add(new Listing.Item(String.join("\n", List.of(lines).subList(from, to)).strip(), null));
    }
    return items;
  }

  /** The page's blocks as [first line, end line) pairs: runs of non-blank lines. */
  private static List<int[]> blocks(String[] lines) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= lines.length; i++) {
      boolean blank = i == lines.length || lines[i].isBlank();
      if (blank && start >= 0) {
        out.add(new int[] {start, i});
        start = -1;
      } else if (!blank && start < 0) {
        start = i;
      }
    }
    return out;
  }

  private static boolean isHeadline(String[] lines, int[] block) {
    if (block[1] - block[0] != 1) {
      return false;
    }
    String line = lines[block[0]].strip();
    if (!mayBeHeadline(line)) {
      return false; // cheap tests first: most single-line blocks are paragraphs of prose
    }
    int words = Text.words(line);
    return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && !Body.isClutter(line);
  }

  private static boolean mayBeHeadline(String line) {
    return line.length() >= MIN_HEADLINE_WORDS * 3 && line.length() <= MAX_HEADLINE_CHARS
        && Character.isUpperCase(line.charAt(0)) && !Text.endsSentence(line) && !line.endsWith(",");
  }

  private static boolean isTeaser(String[] lines, int[] block) {
    String text = String.join(" ", List.of(lines).subList(block[0], block[1])).strip();
    return Text.words(text) >= MIN_TEASER_WORDS && (Text.endsSentence(text) || Text.words(text) >= 30);
  }
}
