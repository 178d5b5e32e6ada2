package releases.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * A wildcard ({@code te?as}, {@code ?ingerprints}, {@code fingerprints*}) over a stemmed field, matched against the
 * words as written rather than their stems. The index holds stems only ("texa", "fingerprint"), so a term matches
 * when the pattern matches the stem itself or the stem with one of the endings Porter's stemmer removes put back.
 * That is a close reading, not an exact one: it may take in a word whose stem ends like another's.
 */
public final class StemmedWildcardQuery extends MultiTermQuery {

  /** What Porter's stemmer most often takes off, or turns into "i" ("agencies" to "agenc i"). */
  private static final List<String> ENDINGS = List.of("", "s", "es", "e", "ed", "ing", "er", "ers", "ly", "ion", "ions",
      "ation", "ations", "ment", "ments", "ness", "y", "ies", "al", "ally", "ize", "izes", "ized", "ive", "ity", "ful");

  private final String pattern;
  private final CharacterRunAutomaton matcher;
  /** The pattern's literal start, less the few letters a stem may lose: the terms before it cannot match. */
  private final String seek;

  public StemmedWildcardQuery(String field, String pattern) {
    super(field, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    this.pattern = pattern;
    this.matcher = new CharacterRunAutomaton(
        WildcardQuery.toAutomaton(new Term(field, pattern), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    int literal = 0;
    while (literal < pattern.length() && "*?\\".indexOf(pattern.charAt(literal)) < 0) {
      literal++;
    }
    this.seek = pattern.substring(0, Math.max(0, Math.min(literal, literal - 4)));
  }

  /** The pattern as typed. */
  public String pattern() {
    return pattern;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    BytesRef start = new BytesRef(seek);
    return new FilteredTermsEnum(terms.iterator()) {
      {
        setInitialSeekTerm(start);
      }

      @Override
      protected AcceptStatus accept(BytesRef term) {
        if (!org.apache.lucene.util.StringHelper.startsWith(term, start)) {
          return AcceptStatus.END;
        }
        String stem = term.utf8ToString();
        for (String ending : ENDINGS) {
          if (matcher.run(stem + ending)) {
            return AcceptStatus.YES;
          }
        }
        return AcceptStatus.NO;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(getField())) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return (getField().equals(field) ? "" : getField() + ":") + pattern;
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && ((StemmedWildcardQuery) o).getField().equals(getField())
        && ((StemmedWildcardQuery) o).pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return classHash() ^ getField().hashCode() ^ pattern.hashCode();
  }
}
