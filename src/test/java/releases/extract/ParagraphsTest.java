package releases.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

  @Test
  void splitsOnBlankLinesAndKeepsWhereEachParagraphSits() {
    String body = "First line\nsame paragraph.\n\n  \nSecond.\n\n\nThird.  ";
    List<Paragraphs.Paragraph> ps = Paragraphs.of(body);
    assertEquals(List.of("First line\nsame paragraph.", "Second.", "Third."),
        ps.stream().map(Paragraphs.Paragraph::text).toList());
    ps.forEach(p -> assertEquals(p.text(), body.substring(p.start(), p.end())));
    assertEquals(List.of(), Paragraphs.of("  \n\n "));
  }

  @Test
  void numbersCaseSpacingAndPunctuationDoNotChangeAFingerprint() {
    long a = Paragraphs.fingerprint("ICE is using this capability in 632 jurisdictions in 32 states.");
    assertEquals(a, Paragraphs.fingerprint("ICE is using this capability in 1,210 jurisdictions\nin 41  states"));
    assertEquals(a, Paragraphs.fingerprint("ice IS using this capability, in 7 jurisdictions in 2 states!"));
    assertNotEquals(a, Paragraphs.fingerprint("ICE is using this capability in 632 counties in 32 states."));
    assertEquals("ices is using #", Paragraphs.normalise("ICE's  is\nusing 12,200."));
  }

  @Test
  void aQuoteWithAnotherNumberIsAnotherQuote() {
    assertNotEquals(Paragraphs.quoteFingerprint("We removed 41 aliens."), Paragraphs.quoteFingerprint("We removed 32 aliens."));
    assertEquals(Paragraphs.quoteFingerprint("We removed 41 aliens."), Paragraphs.quoteFingerprint("we removed  41 aliens"));
  }

  /** Chars that each take another branch of the split or the normal form, ASCII and not, surrogate pairs too. */
  private static final String[] PIECES = {"a", "Z", "é", "Ä", "7", "٣", " ", "\n", "\r", "\t", "\u000B", "\f",
      "\u00A0", "\u2003", "\u001F", ",", "'", "#", "-", "\uD835\uDC00", "\uD801\uDC00", "\uD83D\uDE00", "İ", "ß"};

  @Test
  void oneCutGivesEachParagraphsFingerprintAndTheBodysWords() {
    Random random = new Random(16);
    for (int n = 0; n < 20_000; n++) {
      String body = randomText(random, 1 + random.nextInt(40));
      Paragraphs.Cut cut = Paragraphs.cut(body);
      for (Paragraphs.Paragraph p : cut.paragraphs()) {
        assertEquals(Paragraphs.fingerprint(p.text()), p.fingerprint(), p.text());
      }
      assertArrayEquals(Words.keys(body), cut.words(), body);
    }
  }

  @Test
  void splitsAsTheBlankLineExpressionDoes() {
    Pattern blankLine = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    Random random = new Random(17);
    for (int n = 0; n < 20_000; n++) {
      String body = randomText(random, random.nextInt(30));
      List<String> expected = new ArrayList<>();
      Matcher m = blankLine.matcher(body);
      int from = 0;
      while (m.find()) {
        expected.add(body.substring(from, m.start()).strip());
        from = m.end();
      }
      expected.add(body.substring(from).strip());
      expected.removeIf(String::isEmpty);
      assertEquals(expected, Paragraphs.of(body).stream().map(Paragraphs.Paragraph::text).toList(), body);
    }
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
