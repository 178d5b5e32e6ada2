package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.UserException;
import releases.index.Fields;
import releases.search.Officials.Official;
import releases.search.SearchSupport;

/**
 * The official facet on OpenSearch, counted as the embedded index counts it: every written form of a name counted
 * (a terms aggregation over as many partitions as the forms need, so no form is left out), and each official
 * written in several ways counted once per release by a filter over all of its forms, before the top N is taken.
 * Summing the forms' counts instead would count twice a release that writes one person's name two ways.
 *
 * <p>Not a composite aggregation: OpenSearch accepts one under the filter that counts a facet sideways, but
 * then counts the whole index, ignoring that filter.
 */
final class OfficialFacet {

  /** Forms read per partition; the partitions are chosen to hold about half as many, so none is cut. */
  static final int PAGE = 10_000;
  private static final String FIELD = Fields.OFFICIAL + ".raw";

  private OfficialFacet() {}

  /** Partitions of the forms of {@code officials} to read: one for any realistic corpus. */
  static int partitions(List<Official> officials) {
    long forms = officials.stream().mapToLong(o -> o.forms().size()).sum();
    return (int) Math.max(1, (2 * forms + PAGE - 1) / PAGE);
  }

  /** Adds to {@code aggs} the counting of partition {@code p} of the forms; the first also counts merged officials. */
  static void request(ObjectNode aggs, List<Official> officials, int p) {
    ObjectNode terms = aggs.putObject("values").putObject("terms").put("field", FIELD).put("size", PAGE);
    int partitions = partitions(officials);
    if (partitions > 1) {
      terms.putObject("include").put("partition", p).put("num_partitions", partitions);
    }
    if (p > 0) {
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

  /** Adds the counts by form of one partition's {@code agg} to {@code byForm}; refuses a partition that was cut. */
  static void read(JsonNode agg, Map<String, Integer> byForm) {
    if (agg.path("values").path("sum_other_doc_count").asLong() > 0) {
      throw UserException.failure("the official facet has more written names than OpenSearch returned in one "
          + "partition; count it on the embedded index");
    }
    for (JsonNode b : agg.path("values").path("buckets")) {
      byForm.put(b.path("key").asText(), b.path("doc_count").asInt());
    }
  }

  /**
   * Releases per official: the forms' counts under the canonical names, and for an official of several forms the
   * releases holding any of them, read from the first partition's {@code agg}.
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

  /** Asks for partition {@code p} (after the first) with the search's query and this dimension's filter. */
  interface Partitions {
    JsonNode partition(int p) throws IOException;
  }

  /** The facet's values: the first partition's counts, then every further partition's, then the merge. */
  static Map<String, Integer> values(JsonNode firstAgg, List<Official> officials, Partitions more) throws IOException {
    Map<String, Integer> byForm = new LinkedHashMap<>();
    read(firstAgg, byForm);
    for (int p = 1; p < partitions(officials); p++) {
      read(more.partition(p), byForm);
    }
    return merged(byForm, firstAgg, officials);
  }
}
