package releases.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A release body cut into its paragraphs (blank-line separated, as {@code show} prints them), each with a 64-bit
 * fingerprint of its words in {@link Words}' normal form: the key by which boilerplate and what is new are found
 * across a corpus.
 */
public final class Paragraphs {

  /** One paragraph: its text as the body writes it, where it sits in the body, and its fingerprint. */
  public record Paragraph(String text, int start, int end, long fingerprint) {}

  /**
   * A body's paragraphs and the {@link Words} keys of all its words, from one scan: the index needs both of every
   * release (the paragraphs for boilerplate, the words for its copy signature).
   */
  public record Cut(List<Paragraph> paragraphs, long[] words) {}

  private Paragraphs() {}

  /** The non-blank paragraphs of {@code body}, in order. */
  public static List<Paragraph> of(String body) {
    return cut(body).paragraphs();
  }

  /** The paragraphs of {@code body} and the keys of its words. */
  public static Cut cut(String body) {
    List<Paragraph> out = new ArrayList<>();
    Words.Keys words = new Words.Keys(body.length() / 5);
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
      add(out, words, body, from, i);
      j++;
      while (j < body.length() && isSpace(body.charAt(j))) {
        j++;
      }
      from = j;
      i = j - 1;
    }
    add(out, words, body, from, body.length());
    return new Cut(out, words.toArray());
  }

  /** Blank inside a line, as the regex {@code [ \t\x0B\f\r]}. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The regex {@code \s}. */
  private static boolean isSpace(char c) {
    return isBlank(c) || c == '\n';
  }

  private static void add(List<Paragraph> out, Words.Keys words, String body, int from, int to) {
    while (from < to && Character.isWhitespace(body.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      int first = words.size();
      words.scan(body, from, to);
      out.add(new Paragraph(body.substring(from, to), from, to, fingerprint(words, first, words.size())));
    }
  }

  /**
   * The fingerprint of {@code text}'s words in normal form (lower case, each run of digits one {@code #},
   * punctuation dropped): a count or a date that changes from one release to the next still matches.
   */
  public static long fingerprint(String text) {
    Words.Keys words = new Words.Keys(text.length() / 5);
    words.scan(text, 0, text.length());
    return fingerprint(words, 0, words.size());
  }

  private static long fingerprint(Words.Keys words, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h = (h ^ words.get(i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return finish(h);
  }

  /**
   * The fingerprint of a quote: its normal form as {@link #normalise} gives it, but keeping every digit, since a
   * quote that gives another number is another statement; said "verbatim" means these words, in any case and
   * punctuation.
   */
  public static long quoteFingerprint(String text) {
    return hash(normalise(text, true));
  }

  /** The normal form, spelled out: the words whose keys {@link #fingerprint} hashes, one space apart. */
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
