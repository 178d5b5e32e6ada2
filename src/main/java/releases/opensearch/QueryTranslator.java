package releases.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.StringJoiner;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import releases.UserException;
import releases.index.Fields;

/**
 * Turns a query parsed by the tool's own parser into OpenSearch query DSL. Parsing stays local, so both backends
 * accept the same syntax, report the same errors and resolve {@code state:} and {@code date:} alike; the terms
 * arrive already analysed and are sent as exact terms against fields analysed the same way.
 */
final class QueryTranslator {

  private QueryTranslator() {}

  static ObjectNode translate(Query q) {
    return switch (q) {
      case BooleanQuery b -> bool(b);
      case BoostQuery b -> b.getBoost() == 1f ? translate(b.getQuery()) : boosted(translate(b.getQuery()), b.getBoost());
      case ConstantScoreQuery c -> wrap("constant_score", OpenSearchClient.object().set("filter", translate(c.getQuery())));
      case IndexOrDocValuesQuery i -> translate(i.getIndexQuery());
      case IndexSortSortedNumericDocValuesRangeQuery i -> translate(i.getFallbackQuery());
      case MatchAllDocsQuery m -> wrap("match_all", OpenSearchClient.object());
      case MatchNoDocsQuery m -> wrap("match_none", OpenSearchClient.object());
      case TermQuery t -> onField("term", t.getTerm().field(), OpenSearchClient.object().put("value", t.getTerm().text()));
      case PhraseQuery p -> phrase(p);
      case TermInSetQuery t -> terms(t);
      case PointRangeQuery p -> dateRange(p);
      case PrefixQuery p -> onField("prefix", p.getPrefix().field(), OpenSearchClient.object().put("value", p.getPrefix().text()));
      case WildcardQuery w -> onField("wildcard", w.getTerm().field(), OpenSearchClient.object().put("value", w.getTerm().text()));
      case RegexpQuery r -> onField("regexp", r.getRegexp().field(), OpenSearchClient.object().put("value", r.getRegexp().text()));
      case FuzzyQuery f -> fuzzy(f);
      case TermRangeQuery r -> termRange(r);
      default -> throw UserException.usage("bad query: this kind of query (" + q.getClass().getSimpleName()
          + ") is not supported on OpenSearch; rephrase it or search the embedded index");
    };
  }

  private static ObjectNode bool(BooleanQuery b) {
    ObjectNode body = OpenSearchClient.object();
    boolean positive = false;
    for (BooleanClause c : b.clauses()) {
      String occur = switch (c.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      positive |= c.occur() != BooleanClause.Occur.MUST_NOT;
      body.withArray(occur).add(translate(c.query()));
    }
    // Lucene matches nothing with prohibited clauses only; OpenSearch would match everything else.
    if (!positive) {
      return wrap("match_none", OpenSearchClient.object());
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      body.put("minimum_should_match", b.getMinimumNumberShouldMatch());
    }
    return wrap("bool", body);
  }

  private static ObjectNode boosted(ObjectNode inner, float boost) {
    ObjectNode body = OpenSearchClient.object();
    body.withArray("must").add(inner);
    body.put("boost", boost);
    return wrap("bool", body);
  }

  /** The terms were analysed by the parser; a whitespace analyser keeps them as they are and in order. */
  private static ObjectNode phrase(PhraseQuery p) {
    Term[] terms = p.getTerms();
    if (terms.length == 0) {
      return wrap("match_none", OpenSearchClient.object());
    }
    StringJoiner words = new StringJoiner(" ");
    for (Term t : terms) {
      words.add(t.text());
    }
    ObjectNode body = OpenSearchClient.object().put("query", words.toString()).put("analyzer", "whitespace");
    if (p.getSlop() > 0) {
      body.put("slop", p.getSlop());
    }
    return onField("match_phrase", terms[0].field(), body);
  }

  private static ObjectNode terms(TermInSetQuery t) {
    ArrayNode values = OpenSearchClient.JSON.createArrayNode();
    try {
      BytesRefIterator it = t.getBytesRefIterator();
      for (BytesRef b = it.next(); b != null; b = it.next()) {
        values.add(b.utf8ToString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The official's written forms are the keyword sub-field of the official field there.
    String field = t.getField().equals(Fields.OFFICIAL_NAME) ? Fields.OFFICIAL + ".raw" : t.getField();
    return wrap("terms", OpenSearchClient.object().set(field, values));
  }

  /** The only point field is the date, held as an epoch day locally and as a calendar date in OpenSearch. */
  private static ObjectNode dateRange(PointRangeQuery p) {
    if (!p.getField().equals(Fields.DATE) || p.getNumDims() != 1) {
      throw new IllegalArgumentException("unexpected point query on " + p.getField());
    }
    long lo = LongPoint.decodeDimension(p.getLowerPoint(), 0);
    long hi = LongPoint.decodeDimension(p.getUpperPoint(), 0);
    ObjectNode body = OpenSearchClient.object();
    if (lo != Long.MIN_VALUE) {
      body.put("gte", LocalDate.ofEpochDay(lo).toString());
    }
    if (hi != Long.MAX_VALUE) {
      body.put("lte", LocalDate.ofEpochDay(hi).toString());
    }
    return onField("range", Fields.DATE, body);
  }

  static ObjectNode dateRange(LocalDate from, LocalDate to) {
    ObjectNode body = OpenSearchClient.object();
    if (from != null) {
      body.put("gte", from.toString());
    }
    if (to != null) {
      body.put("lte", to.toString());
    }
    return onField("range", Fields.DATE, body);
  }

  private static ObjectNode fuzzy(FuzzyQuery f) {
    ObjectNode body = OpenSearchClient.object().put("value", f.getTerm().text()).put("fuzziness", f.getMaxEdits())
        .put("prefix_length", f.getPrefixLength()).put("transpositions", f.getTranspositions());
    return onField("fuzzy", f.getTerm().field(), body);
  }

  private static ObjectNode termRange(TermRangeQuery r) {
    ObjectNode body = OpenSearchClient.object();
    if (r.getLowerTerm() != null) {
      body.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
    }
    if (r.getUpperTerm() != null) {
      body.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
    }
    return onField("range", r.getField(), body);
  }

  /** {@code {type: {field: body}}}. */
  private static ObjectNode onField(String type, String field, ObjectNode body) {
    return wrap(type, OpenSearchClient.object().set(field, body));
  }

  /** {@code {type: body}}. */
  private static ObjectNode wrap(String type, ObjectNode body) {
    ObjectNode out = OpenSearchClient.object();
    out.set(type, body);
    return out;
  }
}
