package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import releases.UserException;

/** The REST calls the tool makes to one OpenSearch node, JSON in and out; every failure becomes one line for the user. */
public final class OpenSearchClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String url;

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
  }

  public String url() {
    return url;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** True when {@code path} answers 200, false on 404. */
  public boolean exists(String path) throws IOException {
    Response res = send("HEAD", path, null, null);
    if (res.status() == 404) {
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
    Response res = send(method, path, body, type);
    check(method, path, res);
    return res.body().isEmpty() ? object() : JSON.readTree(res.body());
  }

  private record Response(int status, String body) {}

  /**
   * One request. HttpURLConnection rather than java.net.http: a command makes a handful of calls, and the
   * newer client's set-up (TLS context included, even for plain HTTP) costs more start-up time than they take.
   */
  private Response send(String method, String path, String body, String type) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url + path).toURL().openConnection();
    try {
      c.setConnectTimeout(10_000);
      c.setReadTimeout(300_000);
      c.setRequestMethod(method);
      if (body != null) {
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", type);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        c.setFixedLengthStreamingMode(bytes.length);
        try (OutputStream out = c.getOutputStream()) {
          out.write(bytes);
        }
      }
      int status = c.getResponseCode();
      // Read to the end and closed, the connection goes back to the pool for the next call.
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        return new Response(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (ConnectException | SocketTimeoutException | UnknownHostException e) {
      throw UserException.failure("cannot reach OpenSearch at " + url + "; is it running? (set it with --url or RELEASES_URL)");
    }
  }

  private void check(String method, String path, Response res) throws IOException {
    if (res.status() < 300) {
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
        + res.status() + "): " + reason);
  }
}
