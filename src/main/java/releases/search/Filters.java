package releases.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import releases.UserException;
import releases.index.Fields;

/** Turns a request's filters into queries: the date range, and one query per facet dimension it narrows. */
final class Filters {

  private Filters() {}

  /** The date range, or null when the request has none. */
  static Query dates(SearchRequest r) {
    if (r.from() == null && r.to() == null) {
      return null;
    }
    long first = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
    long last = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
    return LongField.newRangeQuery(Fields.DATE, first, last);
  }

  /**
   * Filters keyed by the facet dimension they narrow, so that drill sideways can count each dimension as if its
   * own filter were lifted. Several values of one option match any of them.
   */
  static Map<String, Query> byDimension(SearchRequest r, Query officials) {
    Map<String, Query> out = new LinkedHashMap<>();
    if (!r.states().isEmpty()) {
      out.put(Fields.DIM_STATE, KeywordField.newSetQuery(Fields.STATE, r.states().stream().map(BytesRef::new).toList()));
    }
    if (officials != null) {
      out.put(Fields.DIM_OFFICIAL, officials);
    }
    if (!r.counties().isEmpty()) {
      out.put(Fields.DIM_COUNTY, anyName(Fields.COUNTY, r.counties(), "--county"));
    }
    return out;
  }

  /** Releases quoting any written form of the given officials, by the exact names the official facet counts. */
  static Query officials(List<Officials.Official> chosen) {
    List<BytesRef> forms = ByOfficial.forms(chosen).stream().map(BytesRef::new).toList();
    return KeywordField.newSetQuery(Fields.OFFICIAL_NAME, forms);
  }

  /** Releases naming the county {@code name}, as {@code --county} matches it. */
  static Query county(String name) {
    return anyName(Fields.COUNTY, List.of(name), "--county");
  }

  /** "Rapp" finds Marc Rapp and "marc rapp" finds him too: each name is a phrase of its words, in any case. */
  private static Query anyName(String field, List<String> names, String option) {
    QueryBuilder builder = new QueryBuilder(Fields.ANALYZER);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String name : names) {
      Query q = builder.createPhraseQuery(field, name);
      if (q == null) {
        throw UserException.usage(option + " '" + name + "' has no words to match");
      }
      any.add(q, BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }
}
