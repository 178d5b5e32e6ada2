package releases.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A word-level diff of two texts (Myers' algorithm, from java-diff-utils): the texts are cut into words and the
 * runs of white space between them, and the changes are runs of words deleted, inserted or replaced.
 */
public final class WordDiff {

  /** What a run of the first text became in the second. */
  public enum Kind { SAME, DELETE, INSERT, CHANGE }

  /**
   * One run: {@code from} is the first text's words (empty for an insert), {@code to} the second's (empty for a
   * delete); {@code word} is the index of the run's first word in the first text.
   */
  public record Part(Kind kind, int word, String from, String to) {
    public Part {
      Objects.requireNonNull(kind, "kind");
    }
  }

  private WordDiff() {}

  /** The runs that turn {@code a} into {@code b}, in order; runs of {@link Kind#SAME} included. */
  public static List<Part> of(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    List<AbstractDelta<String>> deltas = DiffUtils.diff(x, y).getDeltas();
    List<Part> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> d : deltas) {
      int pos = d.getSource().getPosition();
      if (pos > at) {
        out.add(new Part(Kind.SAME, words(x, 0, at), join(x, at, pos), join(x, at, pos)));
      }
      String from = String.join("", d.getSource().getLines());
      String to = String.join("", d.getTarget().getLines());
      Kind kind = d.getType() == DeltaType.DELETE ? Kind.DELETE : d.getType() == DeltaType.INSERT ? Kind.INSERT
          : Kind.CHANGE;
      out.add(new Part(kind, words(x, 0, pos), from, to));
      at = pos + d.getSource().size();
    }
    if (at < x.size()) {
      out.add(new Part(Kind.SAME, words(x, 0, at), join(x, at, x.size()), join(x, at, x.size())));
    }
    return out;
  }

  /** Only the changes: the runs that are not {@link Kind#SAME}. */
  public static List<Part> changes(List<Part> parts) {
    return parts.stream().filter(p -> p.kind() != Kind.SAME).toList();
  }

  /** Words and the white space between them, each a token, so that joining the tokens gives the text back. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || Character.isWhitespace(text.charAt(i)) != Character.isWhitespace(text.charAt(start))) {
        out.add(text.substring(start, i));
        start = i;
      }
    }
    return out;
  }

  private static int words(List<String> tokens, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).isBlank()) {
        n++;
      }
    }
    return n;
  }

  private static String join(List<String> tokens, int from, int to) {
    return String.join("", tokens.subList(from, to));
  }
}
