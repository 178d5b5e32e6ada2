package releases.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

  /** The keys of the words of the normal form spelled out by {@link Paragraphs#normalise}. */
  private static long[] expected(String text) {
    String normal = Paragraphs.normalise(text);
    return normal.isEmpty() ? new long[0]
        : Arrays.stream(normal.split(" ")).mapToLong(w -> ((long) w.hashCode() << 32) | w.length()).toArray();
  }

  @Test
  void aNumberIsOneWordAndPunctuationIsDropped() {
    long[] keys = Words.keys("ICE's 12,200 agents-in-training");
    assertEquals(3, keys.length);
    assertEquals("ices".hashCode(), Words.hashOf(keys[0]));
    assertEquals("#".hashCode(), Words.hashOf(keys[1]));
    assertEquals("agentsintraining".length(), Words.lengthOf(keys[2]));
    assertArrayEquals(keys, Words.keys("ices\u00A07\nAGENTS-in'Training"));
  }

  @Test
  void keysAreTheHashCodesAndLengthsOfTheNormalWords() {
    String[] pieces = {"a", "Q", "é", "Σ", "9", "٣", " ", "\n", "\t", "\u00A0", "\u2003", ".", "'", "#",
        "\uD835\uDC00", "\uD801\uDC00", "\uD83D\uDE00", "İ"};
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertArrayEquals(expected(text), Words.keys(text), text);
    }
  }
}
