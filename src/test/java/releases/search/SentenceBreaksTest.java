package releases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static List<String> sentences(String text) {
    BreakIterator b = new SentenceBreaks();
    b.setText(text);
    List<String> out = new ArrayList<>();
    int start = b.first();
    for (int end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
      out.add(text.substring(start, end).strip());
    }
    return out;
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertEquals(List.of(
            "ST. LOUIS, Mo. - U.S. Immigration and Customs Enforcement began in St. Louis City on Tuesday.",
            "\"We act,\" said John P. Torres.",
            "Is it done?",
            "Yes!"),
        sentences("ST. LOUIS, Mo. - U.S. Immigration and Customs Enforcement began in St. Louis City on Tuesday. "
            + "\"We act,\" said John P. Torres. Is it done? Yes!"));
  }

  @Test
  void aClosingQuoteStaysWithItsSentenceAndABlankLineEndsOne() {
    assertEquals(List.of("\"We will.\"", "Then more", "A new paragraph."),
        sentences("\"We will.\" Then more\n\nA new paragraph."));
  }

  @Test
  void decimalsAndWebAddressesAreNotBoundaries() {
    assertEquals(List.of("It cost 2.5 million at ice.gov today.", "Done."),
        sentences("It cost 2.5 million at ice.gov today. Done."));
  }

  @Test
  void followsTheBreakIteratorContract() {
    String text = "One two. Three four. Five.";
    BreakIterator b = new SentenceBreaks();
    b.setText(text);
    assertEquals(0, b.first());
    assertEquals(text.length(), b.last());
    assertEquals(9, b.following(0));
    assertEquals(9, b.current());
    assertEquals(21, b.following(9));
    assertEquals(BreakIterator.DONE, b.following(text.length()));
    assertEquals(9, b.preceding(21));
    assertEquals(0, b.preceding(5));
    assertEquals(BreakIterator.DONE, b.preceding(0));
    assertTrue(b.isBoundary(9));
    assertFalse(b.isBoundary(10));
    assertEquals(21, b.current());
    assertThrows(IllegalArgumentException.class, () -> b.following(text.length() + 1));
    b.first();
    assertEquals(21, b.next(2));
    assertEquals(9, b.previous());
    assertEquals(BreakIterator.DONE, b.next(5));
  }

  @Test
  void offsetsFollowACharacterIteratorThatDoesNotStartAtZero() {
    String text = "xxOne. Two.";
    BreakIterator b = new SentenceBreaks();
    b.setText(new StringCharacterIterator(text, 2, text.length(), 2));
    assertEquals(2, b.first());
    assertEquals(7, b.next());
    assertEquals(text.length(), b.next());
  }

  @Test
  void emptyTextHasOneBoundary() {
    BreakIterator b = new SentenceBreaks();
    b.setText("");
    assertEquals(0, b.first());
    assertEquals(BreakIterator.DONE, b.next());
  }
}
