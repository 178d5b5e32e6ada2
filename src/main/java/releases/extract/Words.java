package releases.extract;

import java.util.Arrays;

/**
 * The normal form in which texts are compared, for boilerplate and for copies: lower case, every run of digits one
 * {@code #}, punctuation dropped, words split on whitespace (no-break spaces too). A reissue that changes a number
 * or a comma is then the same text. A word is known by a key: the {@link String#hashCode} its normal form would
 * have (high 32 bits) and its length in chars (low 32 bits). Keys are made while scanning, without making a string
 * of any word: every release indexed or exported is scanned once.
 */
public final class Words {

  // What an ASCII char is to the normal form: dropped, a word break, a digit, or a letter (its lower case).
  private static final byte DROP = 0, BREAK = 1, DIGIT = 2, OTHER_LETTER = 3;
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = (byte) kind(c);
    }
  }

  private Words() {}

  private static int kind(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return BREAK;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    if (Character.isLetter(c)) {
      return c < 128 ? Character.toLowerCase(c) : OTHER_LETTER;
    }
    return DROP;
  }

  /** The keys of the words of {@code text}, in order. */
  public static long[] keys(String text) {
    Keys out = new Keys(text.length() / 5);
    out.scan(text, 0, text.length());
    return out.toArray();
  }

  /** The {@link String#hashCode} of the word of {@code key}. */
  public static int hashOf(long key) {
    return (int) (key >>> 32);
  }

  /** The length of the word of {@code key}. */
  public static int lengthOf(long key) {
    return (int) key;
  }

  /** A growing list of keys, scanned range by range (a body paragraph by paragraph). */
  static final class Keys {
    private long[] keys;
    private int size;

    Keys(int capacity) {
      keys = new long[Math.max(16, capacity)];
    }

    int size() {
      return size;
    }

    long get(int i) {
      return keys[i];
    }

    long[] toArray() {
      return Arrays.copyOf(keys, size);
    }

    /** Adds the keys of the words of {@code text} between {@code from} and {@code to}. */
    void scan(String text, int from, int to) {
      int hash = 0;
      int length = 0;
      char last = 0;
      for (int i = from; i < to; ) {
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
          kind = kind(c);
        }
        if (kind >= 'a') { // an ASCII letter, in lower case: most chars
          hash = 31 * hash + kind;
          length++;
          last = (char) kind;
        } else if (kind == BREAK) {
          if (length > 0) {
            add(hash, length);
            hash = 0;
            length = 0;
          }
        } else if (kind == DIGIT) {
          if (length == 0 || last != '#') {
            hash = 31 * hash + '#';
            length++;
            last = '#';
          }
        } else if (kind == OTHER_LETTER) {
          int lower = Character.toLowerCase(c);
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
        // anything else (punctuation, symbols) is dropped inside the word it touches
      }
      if (length > 0) {
        add(hash, length);
      }
    }

    private void add(int hash, int length) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = ((long) hash << 32) | length;
    }
  }
}
