package releases.index.copies;

import java.util.ArrayList;
import java.util.List;

/**
 * The normal form copy detection compares: lower case, every run of digits one {@code #}, punctuation dropped,
 * words split on whitespace. A reissue that changes a number or a comma is then the same text.
 */
public final class Normal {

  private Normal() {}

  /** The words of {@code text} in normal form. */
  public static String[] words(String text) {
    List<String> out = new ArrayList<>(text.length() / 6 + 1);
    StringBuilder word = new StringBuilder(16);
    for (int i = 0, n = text.length(); i < n; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isDigit(c)) {
        if (word.isEmpty() || word.charAt(word.length() - 1) != '#') {
          word.append('#');
        }
      } else if (Character.isLetter(c)) {
        word.appendCodePoint(Character.toLowerCase(c));
      } else if (Character.isWhitespace(c)) {
        flush(word, out);
      }
      // anything else (punctuation, symbols) is dropped inside the word it touches
    }
    flush(word, out);
    return out.toArray(String[]::new);
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (!word.isEmpty()) {
      out.add(word.toString());
      word.setLength(0);
    }
  }
}
