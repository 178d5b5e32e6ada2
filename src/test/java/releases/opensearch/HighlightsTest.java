package releases.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import releases.search.Snippet;

/** Reading OpenSearch's marked-up fragments back into snippets like the embedded index's. */
class HighlightsTest {

  @Test
  void marksBecomeRangesAndWhitespaceFolds() {
    Snippet s = Highlights.snippet("  If \uE000fingerprints\uE001 match\n\n those of   \uE000someone\uE001.");
    assertEquals("If fingerprints match those of someone.", s.text());
    assertEquals(List.of("fingerprints", "someone"), s.matchedText());
  }

  @Test
  void wordsOfAPhraseBecomeOneMatch() {
    Snippet s = Highlights.snippet("The \uE000biometric\uE001 \uE000identification\uE001 \uE000technology\uE001 is"
        + " \uE000information\uE001-\uE000sharing\uE001");
    assertEquals(List.of("biometric identification technology", "information-sharing"), s.matchedText());
  }

  @Test
  void anUnmatchedOpeningIsCutIntoWholeSentences() throws Exception {
    JsonNode hit = OpenSearchClient.JSON.readTree(
        "{\"highlight\":{\"body\":[\"First one here. Second one there. Third is cut sho\"]}}");
    List<Snippet> s = Highlights.of(hit, "body");
    assertEquals(List.of("First one here.", "Second one there.", "Third is cut sho"), s.stream().map(Snippet::text).toList());
    assertEquals(List.of(), s.getFirst().matches());
  }

  @Test
  void patternsMarkedOnTheWordsAsWrittenJoinTheSentencesOfTheField() throws Exception {
    JsonNode hit = OpenSearchClient.JSON.readTree("{\"highlight\":{"
        + "\"body\":[\"\uE000Fingerprints\uE001 go to Texas.\", \"More \uE000fingerprints\uE001.\"],"
        + "\"body.words\":[\"Fingerprints go to \uE000Texas\uE001.\", \"Only \uE000Texan\uE001 here.\"]}}");
    List<Snippet> s = Highlights.of(hit, "body");
    assertEquals(List.of("Fingerprints go to Texas.", "More fingerprints.", "Only Texan here."),
        s.stream().map(Snippet::text).toList());
    assertEquals(List.of("Fingerprints", "Texas"), s.getFirst().matchedText());
    // A pattern alone: its sentences, not the unmarked opening the field gives.
    JsonNode alone = OpenSearchClient.JSON.readTree("{\"highlight\":{\"body\":[\"The opening. Then more.\"],"
        + "\"body.words\":[\"Then \uE000more\uE001.\"]}}");
    assertEquals(List.of("more"), Highlights.of(alone, "body").getFirst().matchedText());
    assertEquals(1, Highlights.of(alone, "body").size());
  }

  @Test
  void aPagePrefersPassagesNotShownAbove() {
    Snippet a = new Snippet("Boilerplate sentence.", List.of());
    Snippet b = new Snippet("Own sentence.", List.of());
    Snippet c = new Snippet("Another own one.", List.of());
    List<List<Snippet>> picked = Highlights.pick(List.of(List.of(a, b), List.of(a, c), List.of(a)));
    assertEquals(List.of(List.of(a, b), List.of(c), List.of(a)), picked);
  }
}
