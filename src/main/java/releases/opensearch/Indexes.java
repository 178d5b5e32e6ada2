package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import releases.UserException;

/**
 * The two OpenSearch indexes of a corpus, releases and quotes, named from one prefix: created with explicit
 * mappings and analysers, and recognised by the schema version kept in their mapping's metadata.
 */
public record Indexes(OpenSearchClient client, String releases, String quotes) {

  /** Bumped whenever the mappings change; indexes of another version are rebuilt by {@code index}. */
  static final int SCHEMA = 4;
  public static final String DEFAULT_PREFIX = "releases";

  /** The indexes named {@code prefix} and {@code prefix-quotes}. */
  public static Indexes of(OpenSearchClient client, String prefix) {
    String p = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix.strip();
    if (!p.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw UserException.usage("bad OpenSearch index name '" + prefix + "': use lower-case letters, digits, '-', '_' or '.'");
    }
    return new Indexes(client, p, p + "-quotes");
  }

  /** True when both indexes exist with this version's mappings. */
  public boolean current() throws IOException {
    JsonNode m = mappings();
    return schema(m, releases) == SCHEMA && schema(m, quotes) == SCHEMA;
  }

  /** True when both indexes exist, whatever their version. */
  public boolean exist() throws IOException {
    JsonNode m = mappings();
    return m.has(releases) && m.has(quotes);
  }

  /** Deletes both indexes (when present) and creates them empty. */
  void recreate() throws IOException {
    for (String name : new String[] {releases, quotes}) {
      if (client.exists("/" + name)) {
        client.call("DELETE", "/" + name, null);
      }
    }
    create(releases, "releases.json");
    create(quotes, "quotes.json");
  }

  /** Makes what was indexed visible to searches. */
  void refresh() throws IOException {
    client.call("POST", "/" + releases + "," + quotes + "/_refresh", null);
  }

  /** The mappings of whichever of the two indexes exist, in one request. */
  private JsonNode mappings() throws IOException {
    return client.get("/" + releases + "," + quotes + "/_mapping?ignore_unavailable=true&allow_no_indices=true");
  }

  private static int schema(JsonNode mappings, String index) {
    return mappings.path(index).path("mappings").path("_meta").path("schema").asInt(-1);
  }

  /**
   * One primary shard keeps relevance statistics, and so scores and orders, the same as the embedded index;
   * a replica on another node, when the cluster has one, carries the load and survives a node.
   */
  private void create(String index, String mappingResource) throws IOException {
    ObjectNode body = OpenSearchClient.object();
    ObjectNode settings = body.putObject("settings");
    settings.putObject("index").put("number_of_shards", 1).put("auto_expand_replicas", "0-1")
        .put("max_result_window", 10_000);
    settings.set("analysis", resource("analysis.json"));
    ObjectNode mappings = (ObjectNode) resource(mappingResource);
    mappings.putObject("_meta").put("schema", SCHEMA);
    body.set("mappings", mappings);
    client.call("PUT", "/" + URLEncoder.encode(index, StandardCharsets.UTF_8) + "?wait_for_active_shards=1", body);
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = Indexes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return OpenSearchClient.JSON.readTree(in);
    }
  }
}
