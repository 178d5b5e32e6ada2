package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import releases.UserException;

/** The REST calls the tool makes to one OpenSearch node, JSON in and out; every failure becomes one line for the user. */
public final class OpenSearchClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String url;
  private final HttpClient http;

  /** @param url the base address of any node of the cluster, e.g. {@code http://127.0.0.1:9200} */
  public OpenSearchClient(String url) {
    String u = url.strip().replaceAll("/+$", "");
    try {
      URI uri = URI.create(u);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw UserException.usage("bad --url '" + url + "': use http://HOST:PORT");
    }
    this.url = u;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public String url() {
    return url;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** True when {@code path} answers 200, false on 404. */
  public boolean exists(String path) throws IOException {
    HttpResponse<String> res = send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    if (res.statusCode() == 404) {
      return false;
    }
    check("HEAD", path, res);
    return true;
  }

  public JsonNode get(String path) throws IOException {
    return call("GET", path, null);
  }

  /** {@code method} on {@code path} with a JSON body (or none when null); the parsed answer. */
  public JsonNode call(String method, String path, JsonNode body) throws IOException {
    return call(method, path, body == null ? null : JSON.writeValueAsString(body), "application/json");
  }

  /** A bulk request of newline-delimited actions and documents. */
  JsonNode bulk(String ndjson) throws IOException {
    return call("POST", "/_bulk", ndjson, "application/x-ndjson");
  }

  private JsonNode call(String method, String path, String body, String type) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5)).header("Content-Type", type)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> res = send(b);
    check(method, path, res);
    return res.body().isEmpty() ? object() : JSON.readTree(res.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws IOException {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw UserException.failure("cannot reach OpenSearch at " + url + "; is it running? (set it with --url or RELEASES_URL)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for OpenSearch at " + url, e);
    }
  }

  private void check(String method, String path, HttpResponse<String> res) throws IOException {
    if (res.statusCode() < 300) {
      return;
    }
    String reason = res.body();
    try {
      JsonNode error = JSON.readTree(res.body()).path("error");
      JsonNode cause = error.path("root_cause").path(0);
      JsonNode top = cause.isMissingNode() ? error : cause;
      if (top.has("reason")) {
        reason = top.path("type").asText() + ": " + top.path("reason").asText();
      }
    } catch (IOException e) {
      // Not JSON: the body as it came is the best explanation there is.
    }
    reason = reason == null || reason.isBlank() ? "no details" : reason.lines().findFirst().orElse("").strip();
    throw UserException.failure("OpenSearch at " + url + " refused " + method + " " + path + " (HTTP "
        + res.statusCode() + "): " + reason);
  }

  private URI uri(String path) {
    return URI.create(url + path);
  }
}
