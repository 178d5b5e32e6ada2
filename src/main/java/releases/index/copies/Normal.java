package releases.index.copies;

import java.util.Arrays;

/**
 * The normal form copy detection compares: lower case, every run of digits one {@code #}, punctuation dropped,
 * words split on whitespace. A reissue that changes a number or a comma is then the same text. A word is known by
 * the {@link String#hashCode} its normal form would have, and its length.
 */
public final class Normal {

  // What an ASCII char is to the normal form: dropped, a word break, a digit, or a letter (its lower case).
  private static final byte DROP = 0, BREAK = 1, DIGIT = 2;
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = Character.isDigit(c) ? DIGIT
          : Character.isLetter(c) ? (byte) Character.toLowerCase(c)
          : Character.isWhitespace(c) ? BREAK
          : DROP;
    }
  }

  private Normal() {}

  /**
   * The words of {@code text} in normal form, each as its {@link String#hashCode} (high 32 bits) and its length in
   * chars (low 32 bits), without making a string of any word: every
   * release indexed is signed from these.
   */
  public static long[] wordKeys(String text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int count = 0;
    int hash = 0;
    int length = 0;
    char last = 0;
    for (int i = 0, n = text.length(); i < n; ) {
      char ch = text.charAt(i);
      int kind;
      int c;
      if (ch < 128) {
        i++;
        c = ch;
        kind = ASCII[ch];
      } else {
        c = text.codePointAt(i);
        i += Character.charCount(c);
        kind = Character.isDigit(c) ? DIGIT : Character.isLetter(c) ? 3 : Character.isWhitespace(c) ? BREAK : DROP;
      }
      if (kind == DROP) {
        continue;
      }
      if (kind == BREAK) {
        if (length > 0) {
          if (count == out.length) {
            out = Arrays.copyOf(out, count * 2);
          }
          out[count++] = key(hash, length);
          hash = 0;
          length = 0;
        }
        continue;
      }
      if (kind == DIGIT) {
        if (length == 0 || last != '#') {
          hash = 31 * hash + '#';
          length++;
          last = '#';
        }
        continue;
      }
      int lower = ch < 128 ? kind : Character.toLowerCase(c);
      if (Character.isBmpCodePoint(lower)) {
        hash = 31 * hash + lower;
        length++;
        last = (char) lower;
      } else {
        last = Character.lowSurrogate(lower);
        hash = 31 * (31 * hash + Character.highSurrogate(lower)) + last;
        length += 2;
      }
    }
    if (length > 0) {
      if (count == out.length) {
        out = Arrays.copyOf(out, count + 1);
      }
      out[count++] = key(hash, length);
    }
    return Arrays.copyOf(out, count);
  }

  private static long key(int hash, int length) {
    return ((long) hash << 32) | length;
  }

  /** The {@link String#hashCode} of a word of {@link #wordKeys}. */
  public static int hashOf(long key) {
    return (int) (key >>> 32);
  }

  /** The length of a word of {@link #wordKeys}. */
  public static int lengthOf(long key) {
    return (int) key;
  }
}
