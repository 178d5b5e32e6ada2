package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.index.Fields;
import releases.search.Officials.Official;
import releases.search.SearchSupport;

/**
 * The official facet on OpenSearch, counted as the embedded index counts it: every written form of a name counted
 * (a composite aggregation paged to the end, so no form is left out), and each official written in several ways
 * counted once per release by a filter over all of its forms, before the top N is taken. Summing the forms' counts
 * instead would count twice a release that writes one person's name two ways.
 */
final class OfficialFacet {

  /** Forms read per request; a larger corpus takes more requests, never a cut. */
  static final int PAGE = 10_000;
  private static final String FIELD = Fields.OFFICIAL + ".raw";

  private OfficialFacet() {}

  /** Adds to {@code aggs} the counting of one page of forms after {@code after} (null for the first page). */
  static void request(ObjectNode aggs, List<Official> officials, JsonNode after) {
    ObjectNode composite = aggs.putObject("values").putObject("composite").put("size", PAGE);
    composite.putArray("sources").addObject().putObject("form").putObject("terms").put("field", FIELD);
    if (after != null) {
      composite.set("after", after);
      return;
    }
    ObjectNode filters = OpenSearchClient.object();
    for (Official o : officials) {
      if (o.forms().size() > 1) {
        filters.set(o.name(), Requests.terms(FIELD, o.forms()));
      }
    }
    if (!filters.isEmpty()) {
      aggs.putObject("merged").putObject("filters").set("filters", filters);
    }
  }

  /** Where the next page of forms starts, or null when {@code agg} held the last one. */
  static JsonNode next(JsonNode agg) {
    JsonNode values = agg.path("values");
    JsonNode after = values.path("after_key");
    return after.isMissingNode() || after.isNull() || values.path("buckets").size() < PAGE ? null : after;
  }

  /** Adds the counts by form of one page's {@code agg} to {@code byForm}. */
  static void read(JsonNode agg, Map<String, Integer> byForm) {
    for (JsonNode b : agg.path("values").path("buckets")) {
      byForm.put(b.path("key").path("form").asText(), b.path("doc_count").asInt());
    }
  }

  /**
   * Releases per official: the forms' counts under the canonical names, and for an official of several forms the
   * releases holding any of them, read from the first page's {@code agg}.
   */
  static Map<String, Integer> merged(Map<String, Integer> byForm, JsonNode firstAgg, List<Official> officials) {
    Map<String, Integer> out = new LinkedHashMap<>(SearchSupport.mergedOfficials(byForm, officials));
    JsonNode exact = firstAgg.path("merged").path("buckets");
    for (Official o : officials) {
      JsonNode b = exact.path(o.name());
      if (o.forms().size() > 1 && b.isObject()) {
        out.computeIfPresent(o.name(), (name, summed) -> b.path("doc_count").asInt());
      }
    }
    return out;
  }

  /** Every page after the first, each asked for with {@code page} (the search's query and this dimension's filter). */
  interface Pages {
    JsonNode after(JsonNode after) throws IOException;
  }

  /** The facet's values: the first page's counts, then every further page's, then the merge. */
  static Map<String, Integer> values(JsonNode firstAgg, List<Official> officials, Pages pages) throws IOException {
    Map<String, Integer> byForm = new LinkedHashMap<>();
    JsonNode agg = firstAgg;
    while (true) {
      read(agg, byForm);
      JsonNode after = next(agg);
      if (after == null) {
        break;
      }
      agg = pages.after(after);
    }
    return merged(byForm, firstAgg, officials);
  }
}
