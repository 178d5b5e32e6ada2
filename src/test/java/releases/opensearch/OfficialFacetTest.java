package releases.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import releases.search.Officials.Official;

/** Reading the official facet's pages of forms and its merged counts, from answers written as OpenSearch gives them. */
class OfficialFacetTest {

  private static final List<Official> OFFICIALS = List.of(
      new Official("Marc Rapp", List.of("Marc Rapp", "Rapp, Marc", "Marc A. Rapp"), 9),
      new Official("Robert Mocny", List.of("Robert Mocny"), 3));

  private static JsonNode page(String buckets, String after, String merged) throws java.io.IOException {
    return OpenSearchClient.JSON.readTree("{\"values\":{\"buckets\":[" + buckets + "]"
        + (after == null ? "" : ",\"after_key\":" + after) + "}"
        + (merged == null ? "" : ",\"merged\":{\"buckets\":" + merged + "}") + "}");
  }

  private static String bucket(String form, int n) {
    return "{\"key\":{\"form\":\"" + form + "\"},\"doc_count\":" + n + "}";
  }

  @Test
  void anOfficialOfSeveralFormsCountsEachReleaseOnceAndEveryPageIsRead() throws Exception {
    StringBuilder full = new StringBuilder();
    for (int i = 0; i < OfficialFacet.PAGE; i++) {
      full.append(i == 0 ? "" : ",").append(bucket(String.format("Person %05d", i), 1));
    }
    full.append(",").append(bucket("Marc Rapp", 5));
    // 5 + 4 releases by form, but 2 of them write both forms: the filter over all forms counts 7.
    JsonNode first = page(full.toString(), "{\"form\":\"Marc Rapp\"}", "{\"Marc Rapp\":{\"doc_count\":7}}");
    List<JsonNode> asked = new ArrayList<>();
    Map<String, Integer> values = OfficialFacet.values(first, OFFICIALS, after -> {
      asked.add(after);
      return page(bucket("Rapp, Marc", 4) + "," + bucket("Robert Mocny", 3), null, null);
    });
    assertEquals(List.of("{\"form\":\"Marc Rapp\"}"), asked.stream().map(JsonNode::toString).toList());
    assertEquals(7, values.get("Marc Rapp"));
    assertEquals(3, values.get("Robert Mocny"));
    assertEquals(OfficialFacet.PAGE + 2, values.size());
  }

  @Test
  void aShortPageIsTheLast() throws Exception {
    JsonNode only = page(bucket("Robert Mocny", 3), "{\"form\":\"Robert Mocny\"}", null);
    Map<String, Integer> values = OfficialFacet.values(only, OFFICIALS, after -> {
      throw new AssertionError("no page after a short one");
    });
    assertEquals(Map.of("Robert Mocny", 3), values);
  }
}
