package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotesTest {

  private static List<Quote> quotes(String... paragraphs) {
    return Quotes.extract(List.of(paragraphs));
  }

  private static Quote only(String... paragraphs) {
    List<Quote> q = quotes(paragraphs);
    assertEquals(1, q.size(), q.toString());
    return q.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "\"We act.\" said Secure Communities Acting Assistant Director Marc Rapp.|Marc Rapp|Acting Assistant Director|Secure Communities",
    "\"We act,\" said Acting Secure Communities Executive Director Marc Rapp.|Marc Rapp|Acting Executive Director|Secure Communities",
    "\"We act,\" said US-VISIT Director Robert Mocny.|Robert Mocny|Director|US-VISIT",
    "\"We act,\" said Daniel D. Roberts, assistant director of the FBI's Criminal Justice Information Services Division.|Daniel D. Roberts|Assistant Director|FBI's Criminal Justice Information Services Division",
    "\"We act,\" said the Assistant Director of the FBI's CJIS Division Daniel D. Roberts.|Daniel D. Roberts|Assistant Director|FBI's CJIS Division",
    "\"We act,\" Sheriff Ray Loera said.|Ray Loera|Sheriff|-",
    "\"We act.\" Special Agent in Charge Vernon Pickett.|Vernon Pickett|Special Agent in Charge|-",
    "\"We act.\" said Lorna Battaglia, deputy director.|Lorna Battaglia|Deputy Director|-",
    "Sheriff Odell Brannigan, who spoke first, said, \"We act.\"|Odell Brannigan|Sheriff|-",
    "\"We act,\" said U.S. Attorney William J. Hochul, Jr.|William J. Hochul Jr.|U.S. Attorney|-",
    "\"We act,\" said U.S. Attorney William J. Hochul Jr.|William J. Hochul Jr.|U.S. Attorney|-",
    "\"We act,\" said Sen. Marguerite Stoltz.|Marguerite Stoltz|Sen.|-",
    "\"We act,\" said Sheriff Clement Vasquez of Spokane County.|Clement Vasquez|Sheriff|Spokane County",
    "\"We act,\" according to Gov. Rosalind Achebe.|Rosalind Achebe|Gov.|-",
    "\"We act,\" said Special Agent in Charge Luis P. Ortega, of the agency's office in Reno.|Luis P. Ortega|Special Agent in Charge|agency's office in Reno",
    "\"We act,\" said Rapp, Secure Communities acting assistant director.|Rapp|Acting Assistant Director|Secure Communities",
    "\"We act,\" said the county sheriff, Opal Whitcombe.|Opal Whitcombe|Sheriff|county",
    "\"We act,\" said Mary Ann Whitcombe.|Mary Ann Whitcombe|-|-",
    "\"We act,\" said Mary Ann Whitcombe, deputy director.|Mary Ann Whitcombe|Deputy Director|-",
    "\"We act,\" Mary Ann Whitcombe said.|Mary Ann Whitcombe|-|-",
    "\"We act,\" said Director Mary Ann Whitcombe.|Mary Ann Whitcombe|Director|-",
    "\"We act,\" said ICE Director Mary Ann Whitcombe.|Mary Ann Whitcombe|Director|ICE",
    "\"We act,\" said ICE Director Ann Whitcombe.|Ann Whitcombe|Director|ICE",
    "\"We act,\" said U.S. Attorney Karen L. Whitlow of the Central District of Illinois.|Karen L. Whitlow|U.S. Attorney|Central District of Illinois",
    "\"We act,\" said Karen L. Whitlow of the Central District of Illinois.|Karen L. Whitlow|-|Central District of Illinois",
    "\"We act,\" U.S. Attorney B. Todd Lindahl said.|B. Todd Lindahl|U.S. Attorney|-",
    "\"We act,\" said Director J. Whitcombe.|J. Whitcombe|Director|-",
    "Agency spokeswoman Lorna Dankworth told reporters, \"We act.\"|Lorna Dankworth|Spokeswoman|Agency",
    "According to Miguel Urrutia, special agent in charge in Reno, \"We act.\"|Miguel Urrutia|Special Agent in Charge|Reno",
    "\"We act,\" Sheriff Ray Loera warned.|Ray Loera|Sheriff|-",
    "\"We act,\" said Gen. Oscar Naranjo-Vidal, director of the Colombian National Police.|Oscar Naranjo-Vidal|Director|Colombian National Police",
    "\"We act,\" said Deputy Director Juan de la Cruz.|Juan de la Cruz|Deputy Director|-",
    "\"We act,\" said Sean O'Malley-Brandt, assistant field office director.|Sean O'Malley-Brandt|Assistant Field Office Director|-",
  })
  void splitsEveryAttributionForm(String paragraph, String speaker, String role, String org) {
    Quote q = only(paragraph);
    assertEquals(speaker, q.speaker());
    assertEquals(role, q.role());
    assertEquals(org, q.organization());
    assertEquals("We act", q.text().replaceAll("[.,]$", ""));
  }

  @Test
  void aSentenceCutByItsAttributionIsJoinedWhole() {
    Quote q = only("\"We are,\" said Director Julian Ashcombe, \"committed to stopping it.\"");
    assertEquals("Julian Ashcombe", q.speaker());
    assertEquals("We are committed to stopping it.", q.text());
  }

  @Test
  void aPronounBeforeTheQuoteGoesOnWithTheLastSpeaker() {
    Quote q = only("\"First part,\" said Director Julian Ashcombe. He added: \"Second part.\"");
    assertEquals("Julian Ashcombe", q.speaker());
    assertEquals("First part. Second part.", q.text());
    List<Quote> two = quotes("\"First part,\" said Director Julian Ashcombe.", "She added, \"Second part.\"");
    assertEquals(2, two.size(), two.toString());
    assertEquals("Julian Ashcombe", two.get(1).speaker());
  }

  @Test
  void aQuotedSentenceThatEndsTheReleasesOwnSentenceIsTheSubjectsWords() {
    Quote q = only("Sheriff Phil Ward said the program \"lets us find dangerous offenders sooner.\"");
    assertEquals("Phil Ward", q.speaker());
    assertEquals("Sheriff", q.role());
    assertEquals("lets us find dangerous offenders sooner.", q.text());
  }

  @Test
  void quotedNamesAndScareQuotesInTheReleasesOwnSentencesAreNotQuotes() {
    assertEquals(List.of(), quotes("Director Julian Ashcombe said the \"Secure Communities\" program works."));
    assertEquals(List.of(), quotes("Director Julian Ashcombe said the so-called \"catch and release\" era is over."));
    assertEquals(List.of(), quotes("Officials said the suspect, known as \"Tiny,\" fled to Mexico last year."));
  }

  @Test
  void aTitleInAPlaceKeepsTheTitleAsTheRole() {
    Quote q = only("\"We act,\" said Ramona Ortiz, field office director in San Juan.");
    assertEquals("Field Office Director", q.role());
    assertEquals("San Juan", q.organization());
    q = only("\"We act,\" said Luis Ortega, special agent in charge in Reno.");
    assertEquals("Special Agent in Charge", q.role());
  }

  @Test
  void aPronounIsNeverAName() {
    assertEquals(null, Names.parse("He"));
    assertEquals(null, Names.parse("they"));
  }

  @Test
  void sentencesAfterTheAttributionBelongToTheSameQuote() {
    Quote q = only("\"First part,\" said Director Julian Ashcombe. \"Second part.\" \"Third part.\"");
    assertEquals("First part. Second part. Third part.", q.text());
  }

  @Test
  void aQuotedParagraphRightAfterAQuoteContinuesIt() {
    List<Quote> q = quotes(
        "\"One,\" said Director Julian Ashcombe of the academy.",
        "\"Two and three and four.\"",
        "Officers graduated on Friday.",
        "\"Not a continuation of anything at all.\"");
    assertEquals(1, q.size(), q.toString());
    assertEquals("One. Two and three and four.", q.get(0).text());
  }

  @Test
  void surnamesResolveToTheFullNameIntroducedBefore() {
    List<Quote> q = quotes(
        "ICE Director Julian Ashcombe spoke to new officers.",
        "\"You will rise to it,\" said Director Ashcombe.",
        "\"We need you,\" Ashcombe said.");
    assertEquals(2, q.size());
    q.forEach(x -> assertEquals("Julian Ashcombe", x.speaker()));
    assertEquals("Director", q.get(1).role());
  }

  @Test
  void twoSpeakersInOneParagraphAreKeptApart() {
    List<Quote> q = quotes("\"Mine,\" said Sheriff Ann Lee. Mayor Bo Diaz added, \"Yours.\"");
    assertEquals(2, q.size());
    assertEquals("Ann Lee", q.get(0).speaker());
    assertEquals("Bo Diaz", q.get(1).speaker());
    assertEquals("Yours.", q.get(1).text());
  }

  @Test
  void programNamesAliasesScareQuotesAndApostrophesAreNotQuotes() {
    assertTrue(quotes(
        "Pima County joined \"Secure Communities,\" the program that checks fingerprints.",
        "Hector Ruiz, aka \"Charlie,\" was arrested. ICE's officers took him.",
        "Such people are not \"criminal aliens.\" Those are only people convicted of a crime.",
        "\"Secure Communities\" now covers the county.").isEmpty());
  }

  @Test
  void anUnnamedSpeakerGivesNoQuote() {
    assertTrue(quotes("\"We act,\" an agency spokesman said.", "\"We act,\" the agency said.").isEmpty());
  }

  @Test
  void openQuoteCountsQuoteMarks() {
    assertTrue(Quotes.openQuote("\"One,\" said X. \"Two"));
    assertTrue(!Quotes.openQuote("\"One,\" said X."));
  }

  @Test
  void heSaidBeforeAnyQuoteGoesToThePersonWhoseReportedSpeechComesFirst() {
    List<Quote> q = quotes(
        "In his first report to the harbor committee, new harbor master Oren Talby said he would bring the patrol boats home.",
        "\"We are bringing our boats back, and we will look after Fenwick first,\" he said.",
        "\"They need to buy their own,\" he added.");
    assertEquals(List.of("Oren Talby", "Oren Talby"), q.stream().map(Quote::speaker).toList());
    assertEquals(List.of(), quotes("\"We will look after Fenwick first,\" he said."), "nobody named: nobody to give it to");
  }
}
