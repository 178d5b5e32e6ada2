package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written scans in {@link Text} answer as the plain JDK calls they stand in for. */
class TextTest {

  private static final List<String> NEEDLES = List.of(") Sheriff", ") County Sheriff", "County of ", " County",
      " Counties", " counties", " Parish", "wire", "WIRE", "PRWEB", "/PRWeb", "/CNW/", "/3BL");

  /** Random text over the needles' own pieces, so that near misses and overlaps are common. */
  private static String text(Random random) {
    String[] pieces = {" ", "County", "counties", ")", "(", " of ", "Sheriff", "wire", "WI", "RE", "/", "PRW", "eb", "3BL",
        "CNW", "x", "Parish", "\n", "\u2019"};
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  @Test
  void indexOfFindsWhatStringIndexOfFinds() {
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      String text = text(random);
      for (String needle : NEEDLES) {
        int from = random.nextInt(text.length() + 2) - 1;
        assertEquals(text.indexOf(needle, from), Text.indexOf(text, needle, from), needle + " in " + text + " from " + from);
        assertEquals(text.contains(needle), Text.holds(text, needle), needle + " in " + text);
      }
    }
  }

  @Test
  void wordsAndDigitsCountAsTheirDefinitions() {
    Random random = new Random(7);
    String alphabet = "ab 1 \u00A0x9 ";
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int words = (int) java.util.Arrays.stream(s.split(" ")).filter(w -> !w.isEmpty()).count();
      assertEquals(words, Text.words(s), s);
      assertEquals(Math.min(words, 4), Text.wordsUpTo(s, 3), s);
      assertEquals(s.chars().anyMatch(c -> c >= '0' && c <= '9'), Text.hasDigit(s), s);
    }
  }

  @Test
  void letterInAnswersForEitherCaseOfTheFirstLettersOnly() {
    int bits = Text.firstLetterBits(List.of("updated", "last", "reviewed"));
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean expected = "ulrULR".indexOf(c) >= 0;
      assertEquals(expected, Text.letterIn(bits, (char) c), "char " + c);
    }
  }
}
