package releases.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analysis chains of the index: stemmed English prose and unstemmed names (and both at once to highlight). */
final class Analyzers {

  /** Keeps the phrases of different values of a multi-valued field (two officials) from matching across them. */
  private static final int VALUE_GAP = 100;

  private Analyzers() {}

  /**
   * StandardTokenizer splits "information-sharing" into two adjacent tokens, so the phrase "information sharing"
   * matches it. No stop words are removed: phrases such as "removal of aliens" then match exactly, and the
   * corpus is small enough that the extra postings cost little.
   */
  static Analyzer english() {
    return chain(true);
  }

  /** The stemmed chain, with each word also kept as written at the same position (for the highlighter). */
  static Analyzer englishAndWords() {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream words = new KeywordRepeatFilter(words(source, false));
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(new PorterStemFilter(words)));
      }
    };
  }

  /** Names are matched word by word, case- and accent-insensitively, but never stemmed ("Mocny" stays "mocny"). */
  static Analyzer names() {
    return chain(false);
  }

  /** Standard tokens, possessives dropped, lower case, accents folded; Porter stemming for prose only. */
  private static Analyzer chain(boolean stem) {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, words(source, stem));
      }
    };
  }

  private static TokenStream words(StandardTokenizer source, boolean stem) {
    TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    if (!stem) {
      return s;
    }
    StemMemory memory = new StemMemory();
    return memory.after(new PorterStemFilter(memory.before(s)));
  }

  /** What every chain here shares: query words normalised as indexed words are, and a gap between values. */
  private abstract static class Chain extends Analyzer {
    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String field) {
      return VALUE_GAP;
    }
  }
}
