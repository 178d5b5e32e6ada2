package releases.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;

/**
 * A wildcard ({@code te?as}, {@code ?ingerprints}, {@code fingerprints*}) over a stemmed field, matched against the
 * words as written rather than their stems. The index holds stems only ("texa", "fingerprint"), so a term matches
 * when the pattern matches the stem itself or the stem with one of the endings Porter's stemmer removes put back.
 * That is a close reading, not an exact one: it may take in a word whose stem ends like another's.
 *
 * <p>The endings are folded into the pattern's automaton once (a state accepts when one of the endings leads from it
 * to an accepting state), so the terms are matched by intersecting one automaton with the term dictionary, as
 * Lucene's own wildcards are, rather than by running the pattern on every term.
 */
public final class StemmedWildcardQuery extends AutomatonQuery {

  /** What Porter's stemmer most often takes off, or turns into "i" ("agencies" to "agenc i"). */
  private static final List<String> ENDINGS = List.of("", "s", "es", "e", "ed", "ing", "er", "ers", "ly", "ion", "ions",
      "ation", "ations", "ment", "ments", "ness", "y", "ies", "al", "ally", "ize", "izes", "ized", "ive", "ity", "ful");

  private final String pattern;

  public StemmedWildcardQuery(String field, String pattern) {
    super(new Term(field, pattern), stems(WildcardQuery.toAutomaton(new Term(field, pattern), QueryLimits.DETERMINIZE_WORK)),
        false, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    this.pattern = pattern;
  }

  /** The pattern as typed. */
  public String pattern() {
    return pattern;
  }

  /** The automaton accepting every string that, with one of the endings after it, the pattern accepts. */
  static Automaton stems(Automaton words) {
    Automaton d = words.isDeterministic() ? words : Operations.determinize(words, QueryLimits.DETERMINIZE_WORK);
    Automaton out = new Automaton();
    for (int s = 0; s < d.getNumStates(); s++) {
      out.createState();
    }
    Transition t = new Transition();
    for (int s = 0; s < d.getNumStates(); s++) {
      out.setAccept(s, acceptsAnEnding(d, s));
      int n = d.initTransition(s, t);
      for (int i = 0; i < n; i++) {
        d.getNextTransition(t);
        out.addTransition(s, t.dest, t.min, t.max);
      }
    }
    out.finishState();
    return out;
  }

  private static boolean acceptsAnEnding(Automaton d, int from) {
    for (String ending : ENDINGS) {
      int s = from;
      for (int i = 0; i < ending.length() && s >= 0; i++) {
        s = d.step(s, ending.charAt(i));
      }
      if (s >= 0 && d.isAccept(s)) {
        return true;
      }
    }
    return false;
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
