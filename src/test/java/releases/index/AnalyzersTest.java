package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  static List<String> tokens(Analyzer a, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add((inc.getPositionIncrement() == 1 ? "" : "+" + inc.getPositionIncrement() + ":") + term);
      }
      ts.end();
    }
    return out;
  }

  @Test
  void proseIsStemmedKeepsStopWordsAndSplitsHyphensIntoAdjacentWords() throws IOException {
    assertEquals(List.of("ic", "us", "of", "the", "inform", "share", "capabl"),
        tokens(Fields.ANALYZER, Fields.BODY, "ICE's use of the information-sharing capability"));
    assertEquals(List.of("fingerprint", "fingerprint", "base"), tokens(Fields.ANALYZER, Fields.BODY, "Fingerprints fingerprint-based"));
    assertEquals(List.of("pena"), tokens(Fields.ANALYZER, Fields.TITLE, "Peña"));
  }

  @Test
  void namesAreLowerCasedButNotStemmed() throws IOException {
    assertEquals(List.of("daniel", "d", "roberts"), tokens(Fields.ANALYZER, Fields.OFFICIAL, "Daniel D. Roberts"));
    assertEquals(List.of("st", "louis", "city"), tokens(Fields.ANALYZER, Fields.COUNTY, "St. Louis City"));
  }
}
