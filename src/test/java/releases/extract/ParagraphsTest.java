package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
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
}
