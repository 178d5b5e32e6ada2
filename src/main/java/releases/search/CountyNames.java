package releases.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import releases.UserException;
import releases.index.Fields;
import releases.index.States;

/** {@code --county NAME} checked against the counties the index knows, refused with the closest ones as {@code --state} is. */
final class CountyNames {

  private CountyNames() {}

  /** Refuses {@code typed} when no release names such a county, with up to three close county names. */
  static void check(IndexSearcher searcher, String typed, Query matching) throws IOException {
    if (searcher.count(matching) > 0) {
      return;
    }
    String k = typed.toLowerCase(Locale.ROOT).strip();
    int limit = Math.max(2, k.length() / 3);
    List<Map.Entry<String, Integer>> near = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.COUNTY_NAME);
    if (terms != null) {
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String value = t.utf8ToString();
        int comma = value.indexOf(", ");
        String county = (comma < 0 ? value : value.substring(0, comma)).toLowerCase(Locale.ROOT);
        int d = Math.min(States.distance(k, county), States.distance(k, value.toLowerCase(Locale.ROOT)));
        if (d <= limit) {
          near.add(Map.entry(value, d));
        }
      }
    }
    List<String> names = near.stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(3).map(Map.Entry::getKey).toList();
    throw UserException.usage("no release names a county '" + releases.Echo.of(typed) + "'"
        + (names.isEmpty() ? "; `releases facets county --all` lists them" : "; did you mean " + String.join(", ", names) + "?"));
  }
}
