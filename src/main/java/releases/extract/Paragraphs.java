package releases.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A release body cut into its paragraphs (blank-line separated, as {@code show} prints them), each with a 64-bit
 * fingerprint of its normalised text: the key by which boilerplate and what is new are found across a corpus.
 */
public final class Paragraphs {

  /** One paragraph: its text as the body writes it, where it sits in the body, and its fingerprint. */
  public record Paragraph(String text, int start, int end, long fingerprint) {}

  private Paragraphs() {}

  /** The non-blank paragraphs of {@code body}, in order. */
  public static List<Paragraph> of(String body) {
    List<Paragraph> out = new ArrayList<>();
    int from = 0;
    // A separator is a line break, blanks on the line, another line break, and any whitespace after it.
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      int j = i + 1;
      while (j < body.length() && isBlank(body.charAt(j))) {
        j++;
      }
      if (j == body.length() || body.charAt(j) != '\n') {
        continue;
      }
      add(out, body, from, i);
      j++;
      while (j < body.length() && isSpace(body.charAt(j))) {
        j++;
      }
      from = j;
      i = j - 1;
    }
    add(out, body, from, body.length());
    return out;
  }

  /** Blank inside a line, as the regex {@code [ \t\x0B\f\r]}. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The regex {@code \s}. */
  private static boolean isSpace(char c) {
    return isBlank(c) || c == '\n';
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
    return fingerprint(text, false);
  }

  /**
   * The fingerprint of a quote: as {@link #fingerprint} but keeping every digit, since a quote that gives another
   * number is another statement; said "verbatim" means these words, in any case and punctuation.
   */
  public static long quoteFingerprint(String text) {
    return fingerprint(text, true);
  }

  // What an ASCII char is to the normal form: dropped, a space, a digit, or a letter (its lower case).
  private static final byte DROP = 0, SPACE = 1, DIGIT = 2;
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : Character.isDigit(c) ? DIGIT
          : Character.isLetter(c) ? (byte) Character.toLowerCase(c)
          : DROP;
    }
  }

  /**
   * The hash of {@link #normalise}'s form of {@code text}, made as that form is, one char at a time, without
   * building it: paragraphs are fingerprinted for every release indexed or exported.
   */
  private static long fingerprint(String text, boolean digits) {
    long h = 0xcbf29ce484222325L;
    boolean empty = true;
    boolean space = false;
    char last = 0;
    for (int i = 0, n = text.length(); i < n; ) {
      char ch = text.charAt(i);
      int c;
      int kind;
      if (ch < 128) {
        i++;
        c = ch;
        kind = ASCII[ch];
      } else {
        c = text.codePointAt(i);
        i += Character.charCount(c);
        kind = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
            : Character.isDigit(c) ? DIGIT
            : Character.isLetterOrDigit(c) ? 3
            : DROP;
      }
      if (kind == DROP) {
        continue;
      }
      if (kind == SPACE) {
        space = !empty;
        continue;
      }
      if (kind == DIGIT && !digits) {
        if (space) {
          h = (h ^ ' ') * 0x100000001b3L;
        } else if (last == '#') {
          continue;
        }
        space = false;
        h = (h ^ '#') * 0x100000001b3L;
        last = '#';
        empty = false;
        continue;
      }
      if (space) {
        h = (h ^ ' ') * 0x100000001b3L;
      }
      space = false;
      int lower = ch < 128 && kind != DIGIT ? kind : Character.toLowerCase(c);
      if (Character.isBmpCodePoint(lower)) {
        h = (h ^ lower) * 0x100000001b3L;
        last = (char) lower;
      } else {
        h = (h ^ Character.highSurrogate(lower)) * 0x100000001b3L;
        last = Character.lowSurrogate(lower);
        h = (h ^ last) * 0x100000001b3L;
      }
      empty = false;
    }
    return finish(h);
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
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
