package releases.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release body cut into its paragraphs (blank-line separated, as {@code show} prints them), each with a 64-bit
 * fingerprint of its normalised text: the key by which boilerplate and what is new are found across a corpus.
 */
public final class Paragraphs {

  /** One paragraph: its text as the body writes it, where it sits in the body, and its fingerprint. */
  public record Paragraph(String text, int start, int end, long fingerprint) {}

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

  private Paragraphs() {}

  /** The non-blank paragraphs of {@code body}, in order. */
  public static List<Paragraph> of(String body) {
    List<Paragraph> out = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(body);
    int from = 0;
    while (m.find()) {
      add(out, body, from, m.start());
      from = m.end();
    }
    add(out, body, from, body.length());
    return out;
  }

  private static void add(List<Paragraph> out, String body, int from, int to) {
    while (from < to && Character.isWhitespace(body.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      String text = body.substring(from, to);
      out.add(new Paragraph(text, from, to, fingerprint(text)));
    }
  }

  /**
   * The fingerprint of {@code text}'s normalised form: lower case, whitespace collapsed, each run of digits one
   * {@code #} (a count or a date that changes from one release to the next still matches), punctuation dropped.
   */
  public static long fingerprint(String text) {
    return hash(normalise(text));
  }

  /**
   * The fingerprint of a quote: as {@link #fingerprint} but keeping every digit, since a quote that gives another
   * number is another statement; said "verbatim" means these words, in any case and punctuation.
   */
  public static long quoteFingerprint(String text) {
    return hash(normalise(text, true));
  }

  /** The normalised form {@link #fingerprint} hashes. */
  public static String normalise(String text) {
    return normalise(text, false);
  }

  private static String normalise(String text, boolean digits) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else if (Character.isDigit(c) && !digits) {
        char last = sb.isEmpty() ? 0 : sb.charAt(sb.length() - 1);
        if (space) {
          sb.append(' ');
        } else if (last == '#') {
          continue; // "12,200" is one number: punctuation inside it was dropped
        }
        space = false;
        sb.append('#');
      } else if (Character.isLetterOrDigit(c)) {
        if (space) {
          sb.append(' ');
        }
        space = false;
        sb.appendCodePoint(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** FNV-1a over the chars, then a 64-bit finaliser so that near texts land far apart. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
