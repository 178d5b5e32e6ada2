package releases.index.copies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalTest {

  /** The normal form spelled out word by word, as strings: what the keys must be the hash codes and lengths of. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isDigit(c)) {
        if (word.isEmpty() || word.charAt(word.length() - 1) != '#') {
          word.append('#');
        }
      } else if (Character.isLetter(c)) {
        word.appendCodePoint(Character.toLowerCase(c));
      } else if (Character.isWhitespace(c) && !word.isEmpty()) {
        out.add(word.toString());
        word.setLength(0);
      }
    });
    if (!word.isEmpty()) {
      out.add(word.toString());
    }
    return out;
  }

  private static long[] expected(String text) {
    return words(text).stream().mapToLong(w -> ((long) w.hashCode() << 32) | w.length()).toArray();
  }

  @Test
  void keysAreTheHashCodesAndLengthsOfTheNormalWords() {
    assertArrayEquals(expected("ICE's 12,200 agents-in-training"), Normal.wordKeys("ICE's 12,200 agents-in-training"));
    assertArrayEquals(expected("ices 0 agentsintraining"), Normal.wordKeys("ICE's 12,200 agents-in-training"));
    String[] pieces = {"a", "Q", "é", "Σ", "9", "٣", " ", "\n", "\t", "\u00A0", "\u2003", ".", "'", "#",
        "\uD835\uDC00", "\uD801\uDC00", "\uD83D\uDE00", "İ"};
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertArrayEquals(expected(text), Normal.wordKeys(text), text);
    }
  }
}
