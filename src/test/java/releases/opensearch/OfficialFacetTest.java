package releases.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import releases.UserException;
import releases.search.Officials.Official;

/** The official facet's requests and the reading of its answers, written as OpenSearch gives them. */
class OfficialFacetTest {

  private static final Official RAPP = new Official("Marc Rapp", List.of("Marc Rapp", "Rapp, Marc", "Marc A. Rapp"), 9);
  private static final Official MOCNY = new Official("Robert Mocny", List.of("Robert Mocny"), 3);

  private static JsonNode agg(String buckets, long other, String merged) throws IOException {
    return OpenSearchClient.JSON.readTree("{\"values\":{\"sum_other_doc_count\":" + other + ",\"buckets\":[" + buckets
        + "]}" + (merged == null ? "" : ",\"merged\":{\"buckets\":" + merged + "}") + "}");
  }

  private static String bucket(String form, int n) {
    return "{\"key\":\"" + form + "\",\"doc_count\":" + n + "}";
  }

  @Test
  void anOfficialOfSeveralFormsCountsEachReleaseOnce() throws Exception {
    // 5 + 4 releases by form, but 2 of them write both forms: the filter over all forms counts 7.
    JsonNode first = agg(bucket("Marc Rapp", 5) + "," + bucket("Rapp, Marc", 4) + "," + bucket("Robert Mocny", 3), 0,
        "{\"Marc Rapp\":{\"doc_count\":7}}");
    Map<String, Integer> values = OfficialFacet.values(first, List.of(RAPP, MOCNY), p -> {
      throw new AssertionError("one partition holds a few forms");
    });
    assertEquals(Map.of("Marc Rapp", 7, "Robert Mocny", 3), values);
    ObjectNode aggs = OpenSearchClient.object();
    OfficialFacet.request(aggs, List.of(RAPP, MOCNY), 0);
    assertEquals("{\"values\":{\"terms\":{\"field\":\"official.raw\",\"size\":10000}},\"merged\":{\"filters\":{\"filters\":"
        + "{\"Marc Rapp\":{\"terms\":{\"official.raw\":[\"Marc Rapp\",\"Rapp, Marc\",\"Marc A. Rapp\"]}}}}}}",
        aggs.toString());
  }

  @Test
  void manyFormsAreReadPartitionByPartitionAndACutPartitionIsRefused() throws Exception {
    List<Official> many = new ArrayList<>(List.of(RAPP, MOCNY));
    for (int i = 0; i < OfficialFacet.PAGE; i++) {
      many.add(new Official(String.format("Person %05d", i), List.of(String.format("Person %05d", i)), 1));
    }
    assertEquals(3, OfficialFacet.partitions(many));
    ObjectNode later = OpenSearchClient.object();
    OfficialFacet.request(later, many, 2);
    assertEquals("{\"values\":{\"terms\":{\"field\":\"official.raw\",\"size\":10000,"
        + "\"include\":{\"partition\":2,\"num_partitions\":3}}}}", later.toString());
    List<Integer> asked = new ArrayList<>();
    Map<String, Integer> values = OfficialFacet.values(agg(bucket("Marc Rapp", 5), 0, "{\"Marc Rapp\":{\"doc_count\":5}}"),
        many, p -> {
          asked.add(p);
          return agg(bucket("Person 0000" + p, 1) + "," + bucket("Robert Mocny", 3), 0, null);
        });
    assertEquals(List.of(1, 2), asked);
    assertEquals(Map.of("Marc Rapp", 5, "Robert Mocny", 3, "Person 00001", 1, "Person 00002", 1), values);
    assertThrows(UserException.class, () -> OfficialFacet.values(agg(bucket("Marc Rapp", 5), 12, null), many, p -> null));
  }
}
