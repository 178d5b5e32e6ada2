package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyTest {

  private static List<String> paragraphs(String text) {
    return Body.paragraphs(Text.blocks(Text.normalize(text)));
  }

  @Test
  void hardWrappedLinesAreJoinedAndParagraphsKept() {
    assertEquals(List.of("One sentence that was wrapped here.", "Two."),
        paragraphs("One sentence that\nwas wrapped here.\n\nTwo.\n"));
  }

  @Test
  void pageBreaksInTheMiddleOfASentenceAreMended() {
    assertEquals(List.of("He said the agency would act soon."), paragraphs("He said the agency\n\nwould act soon.\n"));
    assertEquals(List.of("\"Additionally, ICE and the FBI are working together.\""),
        paragraphs("\"Additionally, ICE and the\n\nFBI are working together.\"\n"));
    assertEquals(List.of("\"Q,\" said Daniel D. Roberts, director."),
        paragraphs("\"Q,\" said Daniel D.\n\nRoberts, director.\n"));
  }

  @Test
  void aNameOrAnAttributionCutByAPageBreakIsMended() {
    assertEquals(List.of("\"We go,\" said Acting Director Marc Rapp. \"More.\""),
        paragraphs("\"We go,\" said Acting Director Marc\n\nRapp. \"More.\"\n"));
    assertEquals(List.of("\"The work continues.\" said Sheriff Opal Whitcombe."),
        paragraphs("\"The work continues.\"\n\nsaid Sheriff Opal Whitcombe.\n"));
    assertEquals(2, paragraphs("The agency listed these counties:\n\nbarton and cedar.\n").size());
  }

  @Test
  void aNewQuotedParagraphIsNotAPageBreak() {
    assertEquals(2, paragraphs("\"One,\" said X. \"Two.\n\n\"Three.\"\n").size());
  }

  @Test
  void linksAreReducedToTheirTextAndClutterIsDropped() {
    String text = """
        [Skip Navigation](#)

        Share | Print | E-mail

        See the [list of charges](http://www.ice.gov/charges.htm) for details (<http://x.gov/a>).

        ![ICE seal](http://www.ice.gov/seal.gif)

        You may also visit us on Facebook (<http://www.facebook.com/wwicegov>), or access this news release on your [mobile device](#).

        -- ICE --

        Updated: 01/08/2021
        """;
    assertEquals(List.of("See the list of charges for details."), paragraphs(text));
  }

  @Test
  void markdownLinksAndImagesAreReducedByHand() {
    assertEquals("News Room \\(http://www.ice.gov/news/\\) \u00BB Releases",
        Text.links("[News Room \\(http://www.ice.gov/news/\\)](http://www.ice.gov/news/) \u00BB [Releases](http://x/r/)"));
    assertEquals("see  the list here", Text.links("see ![ICE seal](http://x/seal.gif) the [list](http://x/l) here"));
    assertEquals("[not a link] (x y)", Text.links("[not a link] (x y)"));
    assertEquals("[[[(((", Text.links("[[[((("));
    assertEquals("or access it on your mobile device.", Text.links("or access it on your [mobile device](#)."));
  }

  @Test
  void clutterLinesAreRecognised() {
    assertTrue(Body.isClutter("News Releases"));
    assertTrue(Body.isClutter("Official Website of the Department of Homeland Security"));
    assertTrue(Body.isClutter("Report Crimes: Email or Call 1-866-DHS-2-ICE"));
    assertTrue(Body.isClutter("United States flag"));
    assertTrue(Body.isClutter("Home » News » Releases"));
    assertTrue(Body.isClutter("Saved from: http://www.ice.gov/news/releases/0807/080711losangeles.htm"));
    assertTrue(Body.isClutter("Archived at https://web.archive.org/web/2010/http://www.ice.gov/pi/news/x.htm"));
    assertTrue(Body.isClutter("I.C.E. News Release"));
    assertTrue(Body.isClutter("Share on Facebook"));
    assertTrue(Body.isClutter("Facebook Twitter Email Print"));
    assertTrue(Body.isClutter("Posted by admin at 8:31 PM"));
    assertFalse(Body.isClutter("Posted by newsdesk on April 26, 2011"));
    assertFalse(Body.isClutter("Print shop owner charged"));
    assertTrue(Body.isClutter("View all news releases"));
    assertFalse(Body.isClutter("Search warrants were served at three homes."));
    assertFalse(Body.isClutter("Banner year for ICE arrests in Ohio"));
    assertFalse(Body.isClutter("Counterfeit flag sellers arrested"));
  }

  @Test
  void textNormalisesQuotesSpacesAndStrayApostrophes() {
    assertEquals("\"Q,\" he said. ICE's agents", Text.inline(Text.normalize("\u201CQ,\u201D  he said. ICE\"s agents")));
    assertEquals("Jefferson City", Text.titleCase("JEFFERSON CITY"));
    assertEquals("St. Louis", Text.titleCase("ST. LOUIS"));
    assertEquals("McAllen", Text.titleCase("MCALLEN"));
    assertEquals("Isle of Palms", Text.titleCase("ISLE OF PALMS"));
    assertEquals("O'Fallon", Text.titleCase("O'FALLON"));
    assertEquals("Dayton", Text.titleCase("Dayton"));
  }

  @Test
  void shortLinesAnswerAlikeWhetherRememberedOrNot() {
    List<String> furniture = List.of("Skip to main content", "Share this page", "Newsroom", "Tweet");
    List<String> text = List.of("Officers met on Tuesday.", "Mayor Ada Holm", "Read the full report");
    for (int round = 0; round < 2; round++) {
      furniture.forEach(line -> assertTrue(Body.isClutter(line), line));
      text.forEach(line -> assertFalse(Body.isClutter(line), line));
    }
    // More distinct short lines than are kept: the store empties and refills, and the answers stay the same.
    for (int i = 0; i < 20_000; i++) {
      assertFalse(Body.isClutter("Line " + i + " of the corpus"));
    }
    furniture.forEach(line -> assertTrue(Body.isClutter(line), line));
    text.forEach(line -> assertFalse(Body.isClutter(line), line));
  }
}
