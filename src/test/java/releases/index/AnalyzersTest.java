package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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
  void rememberedStemsAreThePorterStemmersOwn() throws IOException {
    Analyzer plain = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new PorterStemFilter(
            new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)))));
      }
    };
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f);
        List<String> expected = tokens(plain, Fields.BODY, text);
        // Twice: the second pass takes every stem from memory, and the chain is reused between the two.
        assertEquals(expected, tokens(Fields.ANALYZER, Fields.BODY, text), f.toString());
        assertEquals(expected, tokens(Fields.ANALYZER, Fields.BODY, text), f.toString());
      }
    }
  }

  @Test
  void namesAreLowerCasedButNotStemmed() throws IOException {
    assertEquals(List.of("daniel", "d", "roberts"), tokens(Fields.ANALYZER, Fields.OFFICIAL, "Daniel D. Roberts"));
    assertEquals(List.of("st", "louis", "city"), tokens(Fields.ANALYZER, Fields.COUNTY, "St. Louis City"));
  }
}
