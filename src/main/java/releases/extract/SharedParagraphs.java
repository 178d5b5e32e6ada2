package releases.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts paragraph fingerprints over a set of releases without an index (for {@code export}): each release's
 * distinct fingerprints go into one growing array, sorted once at the end, so memory is eight bytes a paragraph.
 */
public final class SharedParagraphs {

  /**
   * A paragraph is boilerplate when at least this many releases have it: three, the number of seeds that share the
   * agency's closing paragraphs. See docs/boilerplate.md.
   */
  public static final int MIN_RELEASES = 3;

  private long[] prints = new long[1024];
  private int size;

  /** Counts the paragraphs of {@code body}, each once however often the release repeats it. */
  public void add(String body) {
    add(Paragraphs.of(body));
  }

  /** Counts {@code paragraphs} (of one release), each once however often the release repeats it. */
  public void add(List<Paragraphs.Paragraph> paragraphs) {
    Set<Long> mine = new HashSet<>();
    for (Paragraphs.Paragraph p : paragraphs) {
      if (mine.add(p.fingerprint())) {
        if (size == prints.length) {
          prints = Arrays.copyOf(prints, size * 2);
        }
        prints[size++] = p.fingerprint();
      }
    }
  }

  /** The fingerprints of the paragraphs in at least {@link #MIN_RELEASES} of the releases added. */
  public Set<Long> boilerplate() {
    long[] sorted = Arrays.copyOf(prints, size);
    Arrays.sort(sorted);
    Set<Long> out = new HashSet<>();
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      if (j - i >= MIN_RELEASES) {
        out.add(sorted[i]);
      }
      i = j;
    }
    return out;
  }
}
