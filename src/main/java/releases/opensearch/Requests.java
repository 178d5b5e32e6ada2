package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import releases.UserException;
import releases.index.Fields;
import releases.search.SearchRequest;
import releases.search.SortOrder;

/** Pieces of OpenSearch request bodies that several searches share. */
final class Requests {

  /** OpenSearch's default {@code index.max_result_window}: how deep from + size may reach. */
  static final int WINDOW = 10_000;

  private Requests() {}

  /** {@code bool} with scoring clauses {@code must} and non-scoring {@code filter}; match_all when both are empty. */
  static ObjectNode bool(List<ObjectNode> must, List<ObjectNode> filter) {
    ObjectNode out = OpenSearchClient.object();
    if (must.isEmpty() && filter.isEmpty()) {
      out.putObject("match_all");
      return out;
    }
    ObjectNode b = out.putObject("bool");
    must.forEach(b.withArray("must")::add);
    filter.forEach(b.withArray("filter")::add);
    return out;
  }

  static ObjectNode terms(String field, Collection<String> values) {
    ObjectNode out = OpenSearchClient.object();
    ArrayNode a = out.putObject("terms").putArray(field);
    values.forEach(a::add);
    return out;
  }

  /** Any of {@code names}, each as a phrase of its words, analysed by the field's own analyser. */
  static ObjectNode anyPhrase(String field, List<String> names, String option) {
    ObjectNode out = OpenSearchClient.object();
    ArrayNode should = out.putObject("bool").putArray("should");
    for (String name : names) {
      if (!name.codePoints().anyMatch(Character::isLetterOrDigit)) {
        throw UserException.usage(option + " '" + name + "' has no words to match");
      }
      should.addObject().putObject("match_phrase").put(field, name);
    }
    return out;
  }

  /** The paging, ordering and counting part of a search: exact totals and scores even when sorted by date. */
  static ObjectNode page(SearchRequest r, SortOrder order) {
    if (r.limit() > 0 && r.offset() >= WINDOW) {
      throw UserException.usage("--offset " + r.offset() + " is too deep for OpenSearch, which pages through the first "
          + WINDOW + " hits only; narrow the query instead");
    }
    int size = (int) Math.max(0, Math.min(r.limit(), (long) WINDOW - r.offset()));
    ObjectNode req = OpenSearchClient.object().put("from", Math.min(r.offset(), WINDOW)).put("size", size)
        .put("track_total_hits", true).put("track_scores", true);
    if (order != SortOrder.RELEVANCE) {
      ArrayNode sort = req.putArray("sort");
      // Undated documents go last either way, as in the embedded index.
      sort.addObject().putObject(Fields.DATE).put("order", order == SortOrder.DATE ? "asc" : "desc").put("missing", "_last");
      sort.addObject().put("_score", "desc");
      sort.addObject().put(Fields.ID, "asc");
    }
    return req;
  }

  /** Every written speaker name in the quotes index with its number of quotes, paged through a composite aggregation. */
  static Map<String, Integer> speakerCounts(Indexes indexes) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode req = OpenSearchClient.object().put("size", 0);
      ObjectNode composite = req.putObject("aggs").putObject("speakers").putObject("composite").put("size", 5000);
      composite.putArray("sources").addObject().putObject(Fields.SPEAKER).putObject("terms").put("field", Fields.SPEAKER);
      if (after != null) {
        composite.set("after", after);
      }
      JsonNode agg = indexes.client().call("POST", "/" + indexes.quotes() + "/_search", req)
          .path("aggregations").path("speakers");
      JsonNode buckets = agg.path("buckets");
      if (buckets.isEmpty()) {
        return out;
      }
      buckets.forEach(b -> out.put(b.path("key").path(Fields.SPEAKER).asText(), b.path("doc_count").asInt()));
      after = agg.path("after_key");
      if (after.isMissingNode()) {
        return out;
      }
    }
  }
}
