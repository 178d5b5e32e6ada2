package releases.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Remembers the stems a stemmer gave, so that a word seen before is not stemmed again. Words follow Zipf's law:
 * a body of 900 words has a few hundred distinct ones, and the Porter stemmer was 8% of indexing time. One memory
 * serves one analysis chain, which Lucene keeps per thread, so it needs no locking.
 *
 * <p>Wrap a stemmer that leaves keyword-marked tokens alone: {@code memory.after(stemmer(memory.before(in)))}.
 */
final class StemMemory {

  /** Enough for a large vocabulary; past it, new words are stemmed each time rather than remembered. */
  private static final int CAPACITY = 100_000;

  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
  /** The word before stemming, while a token not found in the memory passes through the stemmer. */
  private char[] pending;

  /** Replaces a remembered word by its stem and marks it so that the stemmer passes it by. */
  TokenStream before(TokenStream in) {
    return new TokenFilter(in) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

      @Override
      public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
          return false;
        }
        char[] stem = stems.get(term.buffer(), 0, term.length());
        if (stem != null) {
          term.copyBuffer(stem, 0, stem.length);
          keyword.setKeyword(true);
          pending = null;
        } else {
          pending = Arrays.copyOf(term.buffer(), term.length());
        }
        return true;
      }
    };
  }

  /** Records what the stemmer made of a new word, and clears the mark the first filter set. */
  TokenStream after(TokenStream stemmed) {
    return new TokenFilter(stemmed) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

      @Override
      public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
          return false;
        }
        if (pending != null && stems.size() < CAPACITY) {
          stems.put(pending, Arrays.copyOf(term.buffer(), term.length()));
        }
        pending = null;
        keyword.setKeyword(false);
        return true;
      }
    };
  }
}
